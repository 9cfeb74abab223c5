package org.kiosque.settings;

import java.util.Optional;

import org.kiosque.comment.CommentPolicy;
import org.kiosque.newsletter.NewsletterPolicy;
import org.kiosque.site.SiteSettings;

/**
 * A setting an admin may change on {@code /newsroom/settings}: its form field, the name
 * it is saved under ({@code site_settings.name}) and its label
 * ({@code settings.field.<field>}).
 */
enum Setting {

	NAME("name", SiteSettings.NAME), TAGLINE("tagline", SiteSettings.TAGLINE), LOGO("logo", SiteSettings.LOGO),
	BASE_URL("base-url", SiteSettings.BASE_URL), LOCALE("locale", SiteSettings.LOCALE),
	TIME_ZONE("time-zone", SiteSettings.TIME_ZONE), NEWSLETTER_FROM("newsletter-from", NewsletterPolicy.FROM),
	EDITION_HOUR("edition-hour", NewsletterPolicy.EDITION_TIME), MODERATION("moderation", CommentPolicy.MODERATION),
	CLOSE_AFTER_DAYS("close-after-days", CommentPolicy.CLOSE_AFTER);

	private final String field;

	private final String savedAs;

	Setting(String field, String savedAs) {
		this.field = field;
		this.savedAs = savedAs;
	}

	/** The form field's name and id. */
	String field() {
		return field;
	}

	/** The name in {@code site_settings}. */
	String savedAs() {
		return savedAs;
	}

	String labelKey() {
		return "settings.field." + field;
	}

	static Optional<Setting> savedAs(String name) {
		for (Setting s : values()) {
			if (s.savedAs.equals(name)) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}

}
