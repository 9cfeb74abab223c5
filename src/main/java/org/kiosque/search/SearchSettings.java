package org.kiosque.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The search index: {@code kiosque.search.*}.
 *
 * @param rebuildInterval how often each node rebuilds its index from the database (other
 * nodes' edits, scheduled articles coming due, imports made by commands)
 * @param commitInterval how often changes to the index are written to disk (a Lucene
 * commit, an fsync); searches see a change at once, and changes not yet committed when
 * the server dies are recovered by a rebuild at the next start
 */
@ConfigurationProperties("kiosque.search")
public record SearchSettings(@DefaultValue("PT10M") Duration rebuildInterval,
		@DefaultValue("PT30S") Duration commitInterval) {

	public SearchSettings {
		if (rebuildInterval.isNegative() || rebuildInterval.isZero()) {
			throw new IllegalArgumentException("kiosque.search.rebuild-interval must be positive");
		}
		if (commitInterval.isNegative() || commitInterval.isZero()) {
			throw new IllegalArgumentException("kiosque.search.commit-interval must be positive");
		}
	}

}
