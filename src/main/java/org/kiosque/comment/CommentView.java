package org.kiosque.comment;

import java.util.List;

/**
 * A comment as the article page prints it; never holds the e-mail or the address.
 *
 * @param html the text made safe by {@link CommentText}
 * @param pending shown only to its author, marked as awaiting moderation
 * @param editable its signed-in author may still edit or delete it
 */
public record CommentView(long id, String author, boolean newsroom, String date, String datetime, String html,
		boolean pending, boolean editable, List<CommentView> replies) {

	public String css() {
		return "comment" + (pending ? " comment-pending" : "") + (newsroom ? " comment-newsroom" : "");
	}

	public String anchor() {
		return "commentaire-" + id;
	}
}
