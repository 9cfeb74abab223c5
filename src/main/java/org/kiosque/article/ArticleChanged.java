package org.kiosque.article;

/** An article's public form may have changed (edited, unpublished, re-slugged): caches drop it. */
public record ArticleChanged(long articleId) {
}
