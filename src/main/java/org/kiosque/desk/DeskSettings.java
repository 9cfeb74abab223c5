package org.kiosque.desk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The writing desk: {@code kiosque.desk.*}.
 *
 * @param previewValidity how long a shared preview link ({@code /preview/…}) opens the
 * article without an account; a link cannot be withdrawn before, so keep it short
 * @param wordsPerMinute the reading speed behind the reading time the editor shows: 200
 * by default, near the 195 words a minute measured for French texts read silently
 * (Trauzettel-Klosinski et al., IReST, 2012; English: 228)
 * @param heartbeat how often an open editor tells the server it is still open; someone
 * whose editor missed three is no longer named to the others ("Aussi ouvert par")
 */
@ConfigurationProperties("kiosque.desk")
public record DeskSettings(@DefaultValue("48h") Duration previewValidity, @DefaultValue("200") int wordsPerMinute,
		@DefaultValue("20s") Duration heartbeat) {

	public DeskSettings {
		if (previewValidity.isNegative() || previewValidity.isZero()) {
			throw new IllegalArgumentException("kiosque.desk.preview-validity must be positive");
		}
		if (wordsPerMinute < 1) {
			throw new IllegalArgumentException("kiosque.desk.words-per-minute must be at least 1");
		}
		if (heartbeat.compareTo(Duration.ofSeconds(1)) < 0 || heartbeat.compareTo(Duration.ofMinutes(10)) > 0) {
			throw new IllegalArgumentException("kiosque.desk.heartbeat must be between 1s and 10m");
		}
	}

}
