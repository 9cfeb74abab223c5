package org.kiosque.comment;

import org.kiosque.web.PageChange;

/**
 * What readers see of an article's comments changed other than by a new comment: one
 * edited, withdrawn, sent back to moderation, anonymised, or the thread closed or
 * reopened. Changes across several articles at once have their own event
 * ({@link CommentsAnonymised}).
 *
 * @param articleId the article
 */
public record CommentsChanged(long articleId) implements PageChange {
}
