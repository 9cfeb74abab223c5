/**
 * What machines read: RSS and Atom feeds, sitemaps, robots.txt. Everything here reads
 * through {@link org.kiosque.article.ArticleCatalog}, the one published-article query.
 */
@NullMarked
package org.kiosque.feed;

import org.jspecify.annotations.NullMarked;
