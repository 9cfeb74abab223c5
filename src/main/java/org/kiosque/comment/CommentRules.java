package org.kiosque.comment;

import org.kiosque.site.EmailAddress;
import org.kiosque.site.FormProblems;

/**
 * What a comment's fields must be, written once for posting, for a reader's edit within
 * the edit window and for the newsroom's edits and replies. Texts are judged as given:
 * callers strip them first, as they are stored.
 *
 * @param maxLength the longest text, in Unicode code points
 * @param maxLinks the most address-looking strings a reader's text may hold (see
 * {@link CommentText#links}); negative: no limit
 */
record CommentRules(int maxLength, int maxLinks) {

	/** The longest name, in characters. */
	static final int MAX_NAME = 80;

	/**
	 * A new comment's name, e-mail address and text. The link limit is left to
	 * {@link LinkLimit}, which runs after the anti-spam checks so that a robot's post is
	 * discarded rather than answered.
	 */
	FormProblems submission(String name, String email, String body) {
		FormProblems problems = new FormProblems();
		if (name.isEmpty()) {
			problems.add("name", "comment.error.name-empty");
		}
		else if (name.length() > MAX_NAME) {
			problems.add("name", "comment.error.name-long");
		}
		switch (EmailAddress.parse(email)) {
			case EmailAddress.Blank blank -> problems.add("email", "comment.error.email-empty");
			case EmailAddress.Invalid invalid -> problems.add("email", "comment.error.email-invalid");
			case EmailAddress.Valid valid -> {
			}
		}
		return problems.addAll(text(body));
	}

	/** A reader's new text for their own comment: the text rules and the link limit. */
	FormProblems readerEdit(String body) {
		FormProblems problems = text(body);
		if (problems.isEmpty() && tooManyLinks(body)) {
			problems.add("body", "comment.error.links");
		}
		return problems;
	}

	/**
	 * Any comment's text: not empty, at most {@link #maxLength} code points. The
	 * newsroom's edits and replies answer to this rule alone.
	 */
	FormProblems text(String body) {
		FormProblems problems = new FormProblems();
		if (body.isEmpty()) {
			problems.add("body", "comment.error.body-empty");
		}
		else if (body.codePointCount(0, body.length()) > maxLength) {
			problems.add("body", "comment.error.body-long");
		}
		return problems;
	}

	/** Whether a reader's text holds more links than allowed. */
	boolean tooManyLinks(String body) {
		return maxLinks >= 0 && CommentText.links(body) > maxLinks;
	}

}
