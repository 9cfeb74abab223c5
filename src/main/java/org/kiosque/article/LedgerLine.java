package org.kiosque.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One article in the newsroom's list: no text but its headline.
 *
 * @param sectionName its section's name, or {@code null}
 * @param authorId the account that created it; {@code null} for agency imports
 * @param changedAt when it was last changed
 * @param changedBy who changed it last; {@code null} for imports and schedules
 * @param publishedAt its publication time (to come, when scheduled), or {@code null}
 * @param embargoUntil its embargo (past or to come), or {@code null} for none
 */
public record LedgerLine(long id, String slug, String headline, ArticleStatus status, @Nullable String sectionName,
		@Nullable Long authorId, Instant changedAt, @Nullable Long changedBy, @Nullable Instant publishedAt,
		@Nullable Instant embargoUntil) {

	/** Whether its embargo is still in force at {@code now}. */
	public boolean embargoedAt(Instant now) {
		return embargoUntil != null && embargoUntil.isAfter(now);
	}

}
