package org.kiosque.comment;

/**
 * A reader (or the newsroom) posted a comment; {@code published} when readers can already
 * see it.
 */
public record CommentPosted(long commentId, long articleId, boolean published) {
}
