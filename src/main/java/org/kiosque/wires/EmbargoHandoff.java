package org.kiosque.wires;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.springframework.stereotype.Component;

/**
 * The one place the wires hand an item's embargo and editor's note to the desk. The
 * desk's own enforcement (an article under embargo can be published, scheduled or seen
 * nowhere before its instant, and a source in mode publish has it scheduled at that
 * instant) belongs to the article and desk; until it is there, an embargoed item is filed
 * as a draft, never published, and its embargo shows in the newsroom's wires page.
 */
@Component
class EmbargoHandoff {

	private final Clock clock;

	private final Labels labels;

	private final NewspaperDates dates;

	EmbargoHandoff(Clock clock, Labels labels, NewspaperDates dates) {
		this.clock = clock;
		this.labels = labels;
		this.dates = dates;
	}

	/** Whether an item under this embargo may be published now. */
	boolean mayPublishNow(@Nullable Instant embargo) {
		return embargo == null || !embargo.isAfter(clock.instant());
	}

	/**
	 * Tells the desk the article's embargo ({@code null}: none).
	 * @param publishAtEmbargo whether the source wants it published at the instant
	 */
	void handOff(long articleId, @Nullable Instant embargo, boolean publishAtEmbargo) {
		// Newsdesk.embargo(articleId, embargo) and, for publishAtEmbargo, the desk's
		// schedule action at the instant, once the desk enforces embargoes.
	}

	/** Tells the desk the item's editor's note (blank: none), for the newsroom only. */
	void editorsNote(long articleId, String note) {
		// Newsdesk.editorsNote(articleId, note) once the desk shows editors' notes; until
		// then the note is kept with the item and shown on the wires page.
	}

	/** What the newsroom's wires page says of an embargo still to come; null for none. */
	@Nullable String flag(@Nullable Instant embargo) {
		if (embargo == null || !embargo.isAfter(clock.instant())) {
			return null;
		}
		return labels.get("wiredesk.detail.embargo", dates.dayAndTime(embargo));
	}

}
