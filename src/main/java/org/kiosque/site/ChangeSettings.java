package org.kiosque.site;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The change log that tells every node what the others changed:
 * {@code kiosque.changes.*}.
 *
 * @param pollInterval how often a node reads the log's new rows (copies dropped, search
 * index brought up to date): a change made on another node shows within about this
 * @param retention how long rows are kept; a node whose search index is further behind
 * than this (stopped longer) rebuilds it at start
 */
@ConfigurationProperties("kiosque.changes")
public record ChangeSettings(@DefaultValue("1s") Duration pollInterval, @DefaultValue("7d") Duration retention) {

	public ChangeSettings {
		if (pollInterval.isNegative() || pollInterval.isZero()) {
			throw new IllegalArgumentException("kiosque.changes.poll-interval must be positive");
		}
		if (retention.compareTo(Duration.ofHours(1)) < 0) {
			throw new IllegalArgumentException("kiosque.changes.retention must be at least an hour");
		}
	}

}
