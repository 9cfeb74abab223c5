package org.kiosque.comment;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.FormProblems;

/**
 * Everything the comment section under an article prints.
 *
 * @param count {@code 3 commentaires}
 * @param notice a message after an action (held, reported, deleted), or null
 * @param replyTo the comment the form answers, or null
 * @param problems what was wrong with the refused form, as sentences
 */
public record ThreadView(Labels labels, long articleId, String articlePath, String count, List<CommentView> comments,
		boolean open, @Nullable String notice, Form form, @Nullable CommentView replyTo, FormProblems.Shown problems,
		Csrf csrf) {

	/** The form's values; {@code stamp} is the signed time it was shown. */
	public record Form(String name, String email, String body, @Nullable Long parentId, String stamp,
			boolean signedIn) {
	}

	/**
	 * The hidden CSRF field, or empty names when there is no token (never on a real
	 * request).
	 */
	public record Csrf(String parameterName, String token) {
		public boolean present() {
			return !parameterName.isEmpty();
		}
	}

	public @Nullable String error(String field) {
		return problems.get(field);
	}
}
