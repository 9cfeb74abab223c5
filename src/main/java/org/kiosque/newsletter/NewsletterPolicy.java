package org.kiosque.newsletter;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.Optional;

import org.kiosque.site.SavedSettings;
import org.springframework.stereotype.Component;

/**
 * The newsletter's settings an admin may change in the newsroom, live: the value saved
 * there ({@link SavedSettings}, shared by every node) or else the property
 * ({@code kiosque.newsletter.from}, {@code kiosque.newsletter.edition-time}). Asked at
 * each use.
 */
@Component
public class NewsletterPolicy {

	/** The names of the settings in {@code site_settings}. */
	public static final String FROM = "newsletter.from";

	public static final String EDITION_TIME = "newsletter.edition-time";

	private final NewsletterSettings settings;

	private final SavedSettings saved;

	NewsletterPolicy(NewsletterSettings settings, SavedSettings saved) {
		this.settings = settings;
		this.saved = saved;
	}

	/**
	 * The sender of every newsletter mail: {@code address} or {@code Name <address>};
	 * empty for {@code newsletter@} the site's domain.
	 */
	public String from() {
		return saved.value(FROM).orElse(settings.from());
	}

	/** The property's sender ({@code kiosque.newsletter.from}), maybe empty. */
	public String defaultFrom() {
		return settings.from();
	}

	/** When the daily edition goes, in the site's time zone. */
	public LocalTime editionTime() {
		return saved.value(EDITION_TIME).flatMap(NewsletterPolicy::time).orElse(settings.editionTime());
	}

	/** The property's time ({@code kiosque.newsletter.edition-time}). */
	public LocalTime defaultEditionTime() {
		return settings.editionTime();
	}

	private static Optional<LocalTime> time(String text) {
		try {
			return Optional.of(LocalTime.parse(text));
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
	}

}
