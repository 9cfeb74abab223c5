package org.kiosque.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A stored comment, as the comment feature knows it (e-mail and address included: never
 * printed).
 */
record Comment(long id, long articleId, @Nullable Long parentId, @Nullable Long readerId, String authorName,
		String authorEmail, String body, CommentStatus status, String ip, boolean fromNewsroom, int reportCount,
		Instant createdAt, @Nullable Instant editedAt) {
}
