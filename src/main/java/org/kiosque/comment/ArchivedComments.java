package org.kiosque.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.CleanText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments written elsewhere, before the newspaper moved in (WordPress, Ghost): filed
 * under their article as they stood there, with their thread, date, author and standing,
 * past every check a new comment meets (they were moderated there already). Nothing is
 * announced: no moderator digest, no mail to the author.
 */
@Service
public class ArchivedComments {

	/** The most a stored comment holds (column {@code comment.body}). */
	public static final int MAX_LENGTH = 4000;

	private final CommentRepository comments;

	ArchivedComments(CommentRepository comments) {
		this.comments = comments;
	}

	/** Where an archived comment stood on the old site. */
	public enum Standing {

		/** Public. */
		APPROVED(CommentStatus.APPROVED),

		/** Held for moderation: waits in the moderation queue. */
		HELD(CommentStatus.PENDING),

		/** Marked spam: kept, never shown. */
		SPAM(CommentStatus.SPAM),

		/** Thrown away (WordPress's trash): kept as rejected, never shown. */
		REJECTED(CommentStatus.REJECTED);

		private final CommentStatus status;

		Standing(CommentStatus status) {
			this.status = status;
		}

	}

	/**
	 * Files one comment. Joins the caller's transaction.
	 * @param parentId the comment it answers (an id this method returned), or
	 * {@code null}
	 * @param authorName cut to 80 characters; blank: "Anonyme"
	 * @param authorEmail cut to 254 characters; never printed
	 * @param body the text as plain text (the comment feature prints it escaped), cut to
	 * {@link #MAX_LENGTH} characters
	 * @return the comment's id
	 */
	@Transactional
	public long file(long articleId, @Nullable Long parentId, String authorName, String authorEmail, String body,
			Standing standing, Instant writtenAt) {
		String text = cut(CleanText.lines(body), MAX_LENGTH);
		return comments.insert(articleId, parentId, null, name(authorName), cut(authorEmail.strip(), 254), text,
				Signatures.fingerprint(text), standing.status, "", false, writtenAt);
	}

	/**
	 * Rewrites a filed comment's text and standing, when the old site's copy changed.
	 * Joins the caller's transaction.
	 */
	@Transactional
	public void refile(long id, String body, Standing standing, Instant now) {
		String text = cut(CleanText.lines(body), MAX_LENGTH);
		comments.editBody(id, text, Signatures.fingerprint(text), now);
		comments.setStatus(id, standing.status, now);
	}

	private static String name(String name) {
		String clean = CleanText.line(name).strip();
		return cut(clean.isEmpty() ? "Anonyme" : clean, 80);
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

}
