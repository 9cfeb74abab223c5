package org.kiosque.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.kiosque.comment.CommentPolicy;
import org.kiosque.media.Pictures;
import org.kiosque.newsletter.NewsletterPolicy;
import org.kiosque.site.CleanText;
import org.kiosque.site.EmailAddress;
import org.kiosque.site.FormProblems;
import org.kiosque.site.SiteDefaults;
import org.kiosque.site.SiteSettings;
import org.springframework.stereotype.Component;

/**
 * The settings' values as the form shows them (text), their defaults, and the rules a
 * value typed on the form answers to, with what is saved for it.
 * <ul>
 * <li>name: 1 to {@value #MAX_NAME} characters; tagline: at most {@value #MAX_TAGLINE}
 * <li>logo: the id of a picture of the media library; empty for none
 * <li>public address: an absolute {@code http} or {@code https} URL with a host and
 * nothing after it (no path but {@code /}, no query or fragment, no user), saved without
 * the final {@code /}
 * <li>language {@code fr} or {@code en}; time zone: an IANA region id the JDK knows
 * ({@link ZoneId#getAvailableZoneIds}), offsets refused
 * <li>newsletter sender: an e-mail address ({@link EmailAddress}), or empty for
 * {@code newsletter@} the site's domain
 * <li>edition hour 0 to 23 (saved as {@code HH:00}); moderation {@code pre} or
 * {@code post}; threads open 1 to {@value #MAX_DAYS} days (saved as ISO-8601
 * {@code P30D})
 * </ul>
 */
@Component
class SettingValues {

	static final int MAX_NAME = 100;

	static final int MAX_TAGLINE = 300;

	static final int MAX_DAYS = 3650;

	static final List<String> LANGUAGES = List.of("fr", "en");

	static final List<String> MODERATIONS = List.of("pre", "post");

	/** Region ids, sorted: the time zones offered. */
	static final List<String> ZONES = zones();

	private final SiteSettings site;

	private final NewsletterPolicy newsletter;

	private final CommentPolicy comments;

	private final Pictures pictures;

	SettingValues(SiteSettings site, NewsletterPolicy newsletter, CommentPolicy comments, Pictures pictures) {
		this.site = site;
		this.pictures = pictures;
		this.newsletter = newsletter;
		this.comments = comments;
	}

	/** Each setting's value in force, as the form shows it. */
	Map<Setting, String> current() {
		Map<Setting, String> values = new EnumMap<>(Setting.class);
		values.put(Setting.NAME, site.name());
		values.put(Setting.TAGLINE, site.tagline());
		values.put(Setting.LOGO, site.logo().map(String::valueOf).orElse(""));
		values.put(Setting.BASE_URL, withoutSlash(site.baseUrl().toString()));
		values.put(Setting.LOCALE, site.locale().getLanguage());
		values.put(Setting.TIME_ZONE, site.timeZone().getId());
		values.put(Setting.NEWSLETTER_FROM, newsletter.from());
		values.put(Setting.EDITION_HOUR, String.valueOf(newsletter.editionTime().getHour()));
		values.put(Setting.MODERATION, comments.moderation());
		values.put(Setting.CLOSE_AFTER_DAYS, String.valueOf(comments.closeAfter().toDays()));
		return values;
	}

	/** Each setting's default (the property's value), as the form shows it. */
	Map<Setting, String> defaults() {
		SiteDefaults d = site.defaults();
		Map<Setting, String> values = new EnumMap<>(Setting.class);
		values.put(Setting.NAME, d.name());
		values.put(Setting.TAGLINE, d.tagline());
		values.put(Setting.LOGO, "");
		values.put(Setting.BASE_URL, withoutSlash(d.baseUrl().toString()));
		values.put(Setting.LOCALE, d.locale().getLanguage());
		values.put(Setting.TIME_ZONE, d.timeZone().getId());
		values.put(Setting.NEWSLETTER_FROM, newsletter.defaultFrom());
		values.put(Setting.EDITION_HOUR, String.valueOf(newsletter.defaultEditionTime().getHour()));
		values.put(Setting.MODERATION, comments.defaultModeration());
		values.put(Setting.CLOSE_AFTER_DAYS, String.valueOf(comments.defaultCloseAfter().toDays()));
		return values;
	}

	/**
	 * What the form asks to change: the settings whose typed value differs from the one
	 * in force, by saved name, with the value to save; or the problems, by field, when
	 * any typed value breaks its rule (then nothing is to be saved).
	 * @param typed form field to typed text; a missing field is left as it is
	 */
	Changes read(Map<String, String> typed) {
		Map<Setting, String> current = current();
		FormProblems problems = new FormProblems();
		Map<String, String> changes = new LinkedHashMap<>();
		for (Setting setting : Setting.values()) {
			String text = typed.get(setting.field());
			if (text == null) {
				continue;
			}
			String value = CleanText.line(text).strip();
			if (value.equals(current.get(setting))) {
				continue;
			}
			String problem = problem(setting, value);
			if (problem != null) {
				problems.add(setting.field(), problem);
			}
			else {
				changes.put(setting.savedAs(), saved(setting, value));
			}
		}
		return problems.isEmpty() ? new Changes(changes, problems) : new Changes(Map.of(), problems);
	}

	/** The message key of what is wrong with {@code value}, or {@code null}. */
	private @Nullable String problem(Setting setting, String value) {
		return switch (setting) {
			case LOGO ->
				value.isEmpty() || value.matches("\\d{1,18}") && pictures.find(Long.parseLong(value)).isPresent() ? null
						: "settings.problem.logo";
			case NAME -> value.isEmpty() ? "settings.problem.name-empty"
					: value.length() > MAX_NAME ? "settings.problem.name-long" : null;
			case TAGLINE -> value.length() > MAX_TAGLINE ? "settings.problem.tagline-long" : null;
			case BASE_URL -> publicAddress(value) ? null : "settings.problem.base-url";
			case LOCALE -> LANGUAGES.contains(value) ? null : "settings.problem.locale";
			case TIME_ZONE -> ZONES.contains(value) ? null : "settings.problem.time-zone";
			case NEWSLETTER_FROM -> value.isEmpty() || EmailAddress.parse(value) instanceof EmailAddress.Valid ? null
					: "settings.problem.newsletter-from";
			case EDITION_HOUR -> number(value, 0, 23) ? null : "settings.problem.edition-hour";
			case MODERATION -> MODERATIONS.contains(value) ? null : "settings.problem.moderation";
			case CLOSE_AFTER_DAYS -> number(value, 1, MAX_DAYS) ? null : "settings.problem.close-after-days";
		};
	}

	/** What is saved for a value that passed its rule. */
	private static String saved(Setting setting, String value) {
		return switch (setting) {
			case BASE_URL -> withoutSlash(value);
			case NEWSLETTER_FROM ->
				value.isEmpty() ? "" : ((EmailAddress.Valid) EmailAddress.parse(value)).address().value();
			case EDITION_HOUR -> LocalTime.of(Integer.parseInt(value), 0).toString();
			case CLOSE_AFTER_DAYS -> Duration.ofDays(Integer.parseInt(value)).toString();
			default -> value;
		};
	}

	/** An absolute http(s) URL with a host and no path, query, fragment or user. */
	static boolean publicAddress(String value) {
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			String path = uri.getRawPath();
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
					&& !uri.getHost().isBlank() && uri.getRawUserInfo() == null && uri.getRawQuery() == null
					&& uri.getRawFragment() == null && (path == null || path.isEmpty() || path.equals("/"));
		}
		catch (URISyntaxException e) {
			return false;
		}
	}

	private static boolean number(String value, int min, int max) {
		if (!value.matches("\\d{1,5}")) {
			return false;
		}
		int n = Integer.parseInt(value);
		return n >= min && n <= max;
	}

	private static String withoutSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	private static List<String> zones() {
		Set<String> regions = new TreeSet<>();
		for (String id : ZoneId.getAvailableZoneIds()) {
			// Regions only (Europe/Paris, Africa/Dakar): not fixed offsets or old
			// aliases.
			if (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
				regions.add(id);
			}
		}
		return List.copyOf(regions);
	}

	/**
	 * @param changes saved name to the value to save, empty when there are problems
	 * @param problems by form field
	 */
	record Changes(Map<String, String> changes, FormProblems problems) {
	}

}
