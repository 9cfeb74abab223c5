package org.kiosque.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The search index: {@code kiosque.search.*}. How soon it hears of changes is the change
 * log's {@code kiosque.changes.poll-interval}.
 *
 * @param commitInterval how often changes to the index are written to disk (a Lucene
 * commit, an fsync); searches see a change at once, and changes not yet committed when
 * the server dies are read again from the change log at the next start
 */
@ConfigurationProperties("kiosque.search")
public record SearchSettings(@DefaultValue("PT30S") Duration commitInterval) {

	public SearchSettings {
		if (commitInterval.isNegative() || commitInterval.isZero()) {
			throw new IllegalArgumentException("kiosque.search.commit-interval must be positive");
		}
	}

}
