package org.kiosque.comment;

import java.time.Instant;

/**
 * A comment readers can see, as other features may tell of it (no e-mail, no address).
 *
 * @param author the name it is signed with
 * @param excerpt the start of its text, plain, at most {@link ApprovedComments#EXCERPT}
 * characters
 * @param fromNewsroom whether the newsroom wrote it (a reply)
 */
public record ApprovedComment(long id, long articleId, String author, String excerpt, boolean fromNewsroom,
		Instant createdAt) {
}
