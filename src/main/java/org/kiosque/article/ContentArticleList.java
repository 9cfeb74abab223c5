package org.kiosque.article;

import java.util.List;

/**
 * One page of the content API's article list, newest first; {@code page} counts from 1.
 */
record ContentArticleList(List<ContentArticle> articles, int page, int size, boolean hasNext) {
}
