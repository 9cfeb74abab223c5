package org.kiosque.comment;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;
import org.kiosque.site.FormProblems;
import org.kiosque.web.FormToken;

/**
 * Everything the comment section under an article prints.
 *
 * @param count {@code 3 commentaires}
 * @param notice a message after an action (held, reported, deleted), or null
 * @param replyTo the comment the form answers, or null
 * @param problems what was wrong with the refused form, as sentences
 * @param csrf the page's token, for the comment form and each comment's buttons
 */
public record ThreadView(Labels labels, long articleId, String articlePath, String count, List<CommentView> comments,
		boolean open, @Nullable String notice, Form form, @Nullable CommentView replyTo, FormProblems.Shown problems,
		FormToken csrf) {

	/** The form's values; {@code stamp} is the signed time it was shown. */
	public record Form(String name, String email, String body, @Nullable Long parentId, String stamp,
			boolean signedIn) {
	}

	public @Nullable String error(String field) {
		return problems.get(field);
	}
}
