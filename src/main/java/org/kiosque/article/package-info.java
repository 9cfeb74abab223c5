/**
 * Articles, sections and tags, and the public pages that show them.
 * <p>
 * Words: <em>headline</em> (not title), <em>standfirst</em> (the summary under it),
 * <em>byline</em>, <em>source</em> (the wire agency, printed {@code [AA]}), <em>lead
 * image</em> with its caption and credit, <em>slug</em>.
 * {@link org.kiosque.article.ArticleCatalog} is the one query of what the public may see;
 * {@link org.kiosque.article.Newsdesk} writes (imports, and the desk through
 * {@code create(ArticleEdit)} and {@code revise}); the newsroom reads every article,
 * whatever its status, through {@link org.kiosque.article.ArticleLedger}, and previews
 * one with the public page's template through
 * {@link org.kiosque.article.ArticlePreviews}.
 */
@NullMarked
package org.kiosque.article;

import org.jspecify.annotations.NullMarked;
