package org.kiosque.article;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * What follows every write of an article's row, in the write's transaction: the summary
 * of its months of the archive ({@link ArchiveMonths}: status, publication time, visible
 * modification time) and the copy of its section, status and time on its tags
 * ({@link TagListings}). Each write that changes those columns goes through one of
 * {@link #changing} (an existing article), {@link #added} (a new one) or
 * {@link #addedInBulk} (a batch), which all end in the same step ({@link #follow}), or
 * {@link #touching} (its modification time alone, which only its month summarises):
 * nothing else writes those summaries, so a new write path cannot keep one and forget the
 * other.
 */
@Repository
class ArticleWrites {

	private final ArchiveMonths months;

	private final TagListings tagListings;

	ArticleWrites(ArchiveMonths months, TagListings tagListings) {
		this.months = months;
		this.tagListings = tagListings;
	}

	/**
	 * Runs {@code write}, a change to article {@code articleId}'s row, then, when it
	 * changed the row, what follows: the month the article was counted in before and the
	 * one it is counted in after are counted again, and its tags copy it. Call it inside
	 * the write's transaction.
	 * @param write the change; true when it changed the row (a conditional {@code UPDATE}
	 * may find nothing to change)
	 * @return what {@code write} said
	 */
	boolean changing(long articleId, BooleanSupplier write) {
		YearMonth before = months.monthOf(articleId);
		boolean changed = write.getAsBoolean();
		if (changed) {
			follow(articleId, before);
		}
		return changed;
	}

	/**
	 * Runs {@code write}, a change of article {@code articleId}'s visible modification
	 * time only, then, when it changed the row, counts its month again (the month's
	 * latest change, the sitemap's {@code lastmod}). Its month cannot move and its tags
	 * copy no modification time, so neither is asked again.
	 * @param write the change; true when it changed the row
	 * @return what {@code write} said
	 */
	boolean touching(long articleId, BooleanSupplier write) {
		boolean changed = write.getAsBoolean();
		if (changed) {
			months.recount(months.monthOf(articleId));
		}
		return changed;
	}

	/**
	 * What follows a new article's row ({@code INSERT} done): its month is counted when
	 * it is published. Its tags, written after it, copy the row as it is then
	 * ({@link ArticleRepository#replaceTags}).
	 * @return {@code articleId}
	 */
	long added(long articleId) {
		follow(articleId, null);
		return articleId;
	}

	/**
	 * What follows a batch of new published articles, whose tags were written with their
	 * copies: their publication times {@code publishedAt} are added to their months, one
	 * statement for the batch instead of one count an article.
	 */
	void addedInBulk(List<Instant> publishedAt) {
		months.add(publishedAt);
	}

	/** The one step after an article's row changed: its months, then its tags. */
	private void follow(long articleId, @Nullable YearMonth before) {
		months.recount(before, months.monthOf(articleId));
		tagListings.follow(articleId);
	}

}
