package org.kiosque.reading;

import org.jspecify.annotations.Nullable;

/**
 * A line of the newsroom's most-read table.
 *
 * @param rank 1 for the most read
 * @param articleId the article
 * @param headline its headline, or a placeholder for an article no longer published
 * @param path its public page, null when it is not published
 * @param reads reads in the period
 * @param readsText the same, written the site's way
 */
public record ReadingStatisticsRow(int rank, long articleId, String headline, @Nullable String path, long reads,
		String readsText) {
}
