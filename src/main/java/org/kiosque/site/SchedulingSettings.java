package org.kiosque.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Background jobs: {@code kiosque.scheduling.*}.
 *
 * @param enabled whether this process runs scheduled jobs and delivery workers; off in
 * one-shot commands
 */
@ConfigurationProperties("kiosque.scheduling")
public record SchedulingSettings(@DefaultValue("true") boolean enabled) {
}
