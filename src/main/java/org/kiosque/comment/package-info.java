/**
 * Reader comments under articles, their moderation and their defences against spam.
 * <p>
 * Words: a <em>comment</em> is written by a reader (or by the newsroom, as a reply); it
 * is <em>pending</em> until an editor approves it (pre-moderation), <em>approved</em>,
 * <em>rejected</em>, <em>spam</em> or <em>deleted</em> by its author. The <em>thread</em>
 * of an article is open or closed. A {@link org.kiosque.comment.CommentCheck} gives a
 * verdict on each submission. Other features see
 * {@link org.kiosque.comment.CommentCounts}, {@link org.kiosque.comment.CommentThreads}
 * and the events {@link org.kiosque.comment.CommentApproved},
 * {@link org.kiosque.comment.CommentsChanged} and
 * {@link org.kiosque.comment.CommentsAnonymised}.
 */
@NullMarked
package org.kiosque.comment;

import org.jspecify.annotations.NullMarked;
