package org.kiosque.comment;

import org.kiosque.web.PageChange;

/**
 * What readers see of an article's comments changed other than by a new comment: one
 * edited, withdrawn, sent back to moderation, anonymised, or the thread closed or
 * reopened.
 *
 * @param articleId the article, or 0 when several may be concerned
 */
public record CommentsChanged(long articleId) implements PageChange {
}
