package org.kiosque.site;

import java.time.Instant;

/**
 * A setting an admin saved in the newsroom: a row of {@code site_settings}.
 *
 * @param name the setting's name, as its property without {@code kiosque.}
 * ({@code site.name}, {@code newsletter.from})
 * @param value its value as text, parsed by whoever reads it
 * @param changedBy the e-mail address of the admin who saved it
 * @param changedAt when
 */
public record SavedSetting(String name, String value, String changedBy, Instant changedAt) {
}
