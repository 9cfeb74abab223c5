package org.kiosque.site;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The newspaper's identity and locale as the properties give them:
 * {@code kiosque.site.*}. Only the defaults: every reader asks {@link SiteSettings},
 * where a value an admin saved in the newsroom wins.
 *
 * @param name the title in the masthead and in {@code <title>}
 * @param tagline a one-line description, used as the home page's meta description
 * @param baseUrl the public address, used for canonical URLs, feeds and mails
 * @param locale {@code fr} (default) or {@code en}: every label, date and number
 * @param timeZone the newsroom's time zone: publication times and editions
 */
@ConfigurationProperties("kiosque.site")
public record SiteDefaults(@DefaultValue("Kiosque") String name,
		@DefaultValue("L'actualité, vérifiée et sourcée") String tagline,
		@DefaultValue("http://localhost:8080") URI baseUrl, @DefaultValue("fr") Locale locale,
		@DefaultValue("Europe/Paris") ZoneId timeZone) {
}
