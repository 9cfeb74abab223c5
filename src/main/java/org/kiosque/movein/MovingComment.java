package org.kiosque.movein;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.kiosque.comment.ArchivedComments.Standing;

/**
 * A comment as the old site's export holds it.
 *
 * @param originId its id on the old site (unique within the system)
 * @param parentOriginId the id on the old site of the comment it answers, {@code null}
 * for none; the parent must come before it in {@link MovingArticle#comments()}
 * @param authorName as signed (blank: "Anonyme")
 * @param authorEmail never printed; blank allowed
 * @param body plain text (the old site's HTML already made text by the importer)
 * @param standing approved, held, spam or rejected
 * @param writtenAt the instant it was written (UTC)
 */
public record MovingComment(String originId, @Nullable String parentOriginId, String authorName, String authorEmail,
		String body, Standing standing, Instant writtenAt) {

	String fingerprint() {
		return Origins.fingerprint(parentOriginId, authorName, authorEmail, body, standing, writtenAt);
	}

}
