package org.kiosque.article;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Scheduled publication: {@code kiosque.schedule.*}.
 *
 * @param publishCheck how often each node looks for scheduled articles whose time has
 * come; an article goes public at most this long (plus one check's run) after its time.
 * Between 1 s and {@value #LONGEST_SECONDS} s, so that the promise of publication within
 * 60 s holds with room for the other nodes' caches ({@code kiosque.cache.article-ttl})
 */
@ConfigurationProperties("kiosque.schedule")
record ScheduleSettings(@DefaultValue("15s") Duration publishCheck) {

	static final int LONGEST_SECONDS = 30;

	ScheduleSettings {
		if (publishCheck.compareTo(Duration.ofSeconds(1)) < 0
				|| publishCheck.compareTo(Duration.ofSeconds(LONGEST_SECONDS)) > 0) {
			throw new IllegalArgumentException("kiosque.schedule.publish-check must be between 1s and "
					+ LONGEST_SECONDS + "s (scheduled articles are published at most 60 s late), not " + publishCheck);
		}
	}

}
