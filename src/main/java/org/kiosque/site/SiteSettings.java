package org.kiosque.site;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The newspaper's identity and locale: {@code kiosque.site.*}.
 *
 * @param name the title in the masthead and in {@code <title>}
 * @param tagline a one-line description, used as the home page's meta description
 * @param baseUrl the public address, used for canonical URLs, feeds and mails
 * @param locale {@code fr} (default) or {@code en}: every label, date and number
 * @param timeZone the newsroom's time zone: publication times and editions
 */
@ConfigurationProperties("kiosque.site")
public record SiteSettings(@DefaultValue("Kiosque") String name,
		@DefaultValue("L'actualité, vérifiée et sourcée") String tagline,
		@DefaultValue("http://localhost:8080") URI baseUrl, @DefaultValue("fr") Locale locale,
		@DefaultValue("Europe/Paris") ZoneId timeZone) {

	/** An absolute URL for a site path such as {@code /article/slug}. */
	public String absolute(String path) {
		String base = baseUrl.toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + path;
	}

	public boolean english() {
		return "en".equals(locale.getLanguage());
	}
}
