package org.kiosque.article;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which articles the newsroom's list shows; every criterion is optional ({@code null}:
 * any).
 *
 * @param status one status
 * @param sectionSlug one section
 * @param authorId one author's account
 * @param changedFrom changed at or after this instant
 * @param changedBefore changed strictly before this instant
 * @param headline what the headline contains, as typed, letter case ignored
 */
public record LedgerQuery(@Nullable ArticleStatus status, @Nullable String sectionSlug, @Nullable Long authorId,
		@Nullable Instant changedFrom, @Nullable Instant changedBefore, @Nullable String headline) {

	/** Every article. */
	public static LedgerQuery all() {
		return new LedgerQuery(null, null, null, null, null, null);
	}

}
