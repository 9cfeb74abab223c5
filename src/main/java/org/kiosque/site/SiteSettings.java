package org.kiosque.site;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The newspaper's identity and locale, live: what an admin saved in the newsroom
 * ({@link SavedSettings}, shared by every node) or else the property
 * ({@link SiteDefaults}, {@code kiosque.site.*}). Every reader asks at each use, never
 * keeps a copy, so that a change shows at once on this node and within
 * {@code kiosque.cache.settings-ttl} on the others.
 * <p>
 * A saved value that no longer parses (never written by the settings page, which checks
 * it) is ignored for the property's.
 */
@Component
public class SiteSettings {

	/** The name of each setting in {@code site_settings}. */
	public static final String NAME = "site.name";

	public static final String TAGLINE = "site.tagline";

	public static final String BASE_URL = "site.base-url";

	public static final String LOCALE = "site.locale";

	public static final String TIME_ZONE = "site.time-zone";

	/** The logo: a picture id of the media library; no property, none by default. */
	public static final String LOGO = "site.logo";

	private final SiteDefaults defaults;

	private final Function<String, Optional<String>> saved;

	@Autowired
	public SiteSettings(SiteDefaults defaults, SavedSettings saved) {
		this.defaults = defaults;
		this.saved = saved::value;
	}

	/** Fixed settings, nothing saved: for what runs without a database (unit tests). */
	public SiteSettings(String name, String tagline, URI baseUrl, Locale locale, ZoneId timeZone) {
		this(new SiteDefaults(name, tagline, baseUrl, locale, timeZone), Map.of());
	}

	private SiteSettings(SiteDefaults defaults, Map<String, String> saved) {
		this.defaults = defaults;
		this.saved = name -> Optional.ofNullable(saved.get(name));
	}

	/** The properties' values, which apply where nothing is saved. */
	public SiteDefaults defaults() {
		return defaults;
	}

	/** Whether an admin saved {@code setting} (one of this class's names). */
	public boolean savedHere(String setting) {
		return saved.apply(setting).isPresent();
	}

	/** The title in the masthead and in {@code <title>}. */
	public String name() {
		return saved.apply(NAME).orElse(defaults.name());
	}

	/** A one-line description, the home page's meta description. */
	public String tagline() {
		return saved.apply(TAGLINE).orElse(defaults.tagline());
	}

	/** The public address: canonical URLs, feeds, sitemaps, mails, commands. */
	public URI baseUrl() {
		return saved.apply(BASE_URL).flatMap(SiteSettings::uri).orElse(defaults.baseUrl());
	}

	/** {@code fr} or {@code en}: every label, date and number. */
	public Locale locale() {
		return saved.apply(LOCALE).map(Locale::forLanguageTag).orElse(defaults.locale());
	}

	/** The newsroom's time zone: publication times and editions. */
	public ZoneId timeZone() {
		return saved.apply(TIME_ZONE).flatMap(SiteSettings::zone).orElse(defaults.timeZone());
	}

	/**
	 * The logo's picture (an id of the media library), when an admin chose one: the
	 * masthead shows it and the site icons are cut from it.
	 */
	public Optional<Long> logo() {
		return saved.apply(LOGO).filter(id -> id.matches("\\d{1,18}")).map(Long::valueOf);
	}

	/** An absolute URL for a site path such as {@code /article/slug}. */
	public String absolute(String path) {
		String base = baseUrl().toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + path;
	}

	public boolean english() {
		return "en".equals(locale().getLanguage());
	}

	private static Optional<URI> uri(String text) {
		try {
			return Optional.of(URI.create(text));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	private static Optional<ZoneId> zone(String text) {
		try {
			return Optional.of(ZoneId.of(text));
		}
		catch (DateTimeException e) {
			return Optional.empty();
		}
	}

}
