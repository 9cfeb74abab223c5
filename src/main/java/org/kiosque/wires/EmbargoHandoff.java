package org.kiosque.wires;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.Newsdesk;
import org.springframework.stereotype.Component;

/**
 * The one place the wires hand an item's embargo and editor's note to the article, which
 * enforces them for every writer ({@code docs/embargoes.md}): under an embargo still to
 * come the article is public through no channel, cannot be published by anyone nor
 * scheduled before it, and one filed to be published (a source in mode publish) is
 * scheduled at the embargo's instant, published then exactly once across nodes. The
 * editor's note shows in the newsroom, never on the site. Both join the filing's
 * transaction, so an embargoed item is never public, not even for an instant.
 */
@Component
class EmbargoHandoff {

	private final Newsdesk newsdesk;

	EmbargoHandoff(Newsdesk newsdesk) {
		this.newsdesk = newsdesk;
	}

	/**
	 * Gives the article the item's embargo.
	 * @param embargo the item's embargo, {@code null} for none
	 * @param had whether the version filed before carried one (a version without it lifts
	 * it); false for a new article
	 */
	void handOff(long articleId, @Nullable Instant embargo, boolean had) {
		if (embargo != null || had) {
			newsdesk.embargo(articleId, embargo);
		}
	}

	/** Gives the article the item's editor's note (blank: none). */
	void editorsNote(long articleId, String note) {
		newsdesk.editorsNote(articleId, note);
	}

}
