package org.kiosque.article;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of the content API's article list, newest first.
 *
 * @param page the page's number from 1 when asked for by {@code page}, {@code null} when
 * asked for by {@code cursor}
 * @param next the cursor of the following page, {@code null} on the last
 */
record ContentArticleList(List<ContentArticle> articles, @Nullable Integer page, int size, boolean hasNext,
		@Nullable String next) {
}
