package org.kiosque.comment;

import org.kiosque.web.PageChange;

/**
 * A comment became visible to readers: approved by an editor, or published at once
 * (post-moderation).
 */
public record CommentApproved(long commentId, long articleId) implements PageChange {
}
