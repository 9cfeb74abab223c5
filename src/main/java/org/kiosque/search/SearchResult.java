package org.kiosque.search;

import java.time.Instant;
import java.util.List;

/** One page of answers to a reader's query. */
public record SearchResult(String query, long total, int page, boolean hasNext, List<Hit> hits) {

	/**
	 * @param snippetHtml an excerpt with the matched words in {@code <mark>}; everything
	 * else in it is escaped text; empty when the hit has no excerpt to show
	 */
	public record Hit(long articleId, String headline, String path, Instant publishedAt, String snippetHtml) {
	}
}
