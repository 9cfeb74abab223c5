package org.kiosque.article;

import java.util.List;

/** One page of a list of articles, newest first. */
public record ArticlePage(List<ArticleTeaser> items, int page, int size, boolean hasNext) {

	public boolean hasPrevious() {
		return page > 1;
	}
}
