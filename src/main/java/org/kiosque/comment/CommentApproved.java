package org.kiosque.comment;

/** A comment became visible to readers: approved by an editor, or published at once (post-moderation). */
public record CommentApproved(long commentId, long articleId) {
}
