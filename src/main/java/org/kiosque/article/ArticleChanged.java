package org.kiosque.article;

import org.kiosque.web.PageChange;

/**
 * An article's public form may have changed (edited, unpublished, re-slugged): caches
 * drop it.
 */
public record ArticleChanged(long articleId) implements PageChange {

	@Override
	public String subject() {
		return Long.toString(articleId);
	}

}
