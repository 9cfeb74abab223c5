/**
 * Author pages: {@code /auteur/{id}-{name}}, a staff member's byline, portrait (a picture
 * of the media library), short biography and articles; and the link from an article's
 * byline to it ({@link org.kiosque.article.BylineLinks}).
 * <p>
 * Words: an <em>author</em> is a staff account with at least one published article whose
 * byline is exactly its display name; the <em>handle</em> is the last segment of the
 * author page's address, {@code 12-marie-curie}: the account id, then the name's slug.
 */
@NullMarked
package org.kiosque.author;

import org.jspecify.annotations.NullMarked;
