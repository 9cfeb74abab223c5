package org.kiosque.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A comment as a reader sent it, with what the checks need to know about the sender.
 *
 * @param stamp the signed time the form was shown
 * @param trap the honeypot field: people leave it empty
 * @param readerId the signed-in reader, if any
 * @param at when it arrived
 */
public record Submission(long articleId, @Nullable Long parentId, String name, String email, String body,
		String address, String stamp, String trap, @Nullable Long readerId, Instant at) {
}
