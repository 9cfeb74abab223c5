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
 * the server dies are read again from the change log at the next start; a whole rebuild
 * commits as often, with how far it got, and goes on from there if cut short
 * @param rebuildBatch how many articles a whole rebuild reads at a time (one query for
 * the articles, one for their tags, one for their corrections): larger pages make fewer
 * round trips, each held in memory while it is indexed
 */
@ConfigurationProperties("kiosque.search")
public record SearchSettings(@DefaultValue("PT30S") Duration commitInterval, @DefaultValue("1000") int rebuildBatch) {

	public SearchSettings {
		if (commitInterval.isNegative() || commitInterval.isZero()) {
			throw new IllegalArgumentException("kiosque.search.commit-interval must be positive");
		}
		if (rebuildBatch < 1) {
			throw new IllegalArgumentException("kiosque.search.rebuild-batch must be at least 1");
		}
	}

}
