package org.kiosque.comment;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.kiosque.web.FormToken;
import org.kiosque.web.Labels;

/**
 * Everything the comment section under an article prints.
 *
 * @param count {@code 3 commentaires}
 * @param notice a message after an action (held, reported, deleted), or null
 * @param replyTo the comment the form answers, or null
 * @param errors field to message text
 * @param csrf the page's token, for the comment form and each comment's buttons
 */
public record ThreadView(Labels labels, long articleId, String articlePath, String count, List<CommentView> comments,
		boolean open, @Nullable String notice, Form form, @Nullable CommentView replyTo, Map<String, String> errors,
		FormToken csrf) {

	/** The form's values; {@code stamp} is the signed time it was shown. */
	public record Form(String name, String email, String body, @Nullable Long parentId, String stamp,
			boolean signedIn) {
	}

	public @Nullable String error(String field) {
		return errors.get(field);
	}
}
