package org.kiosque.comment;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link CommentCheck} thinks of a submission.
 *
 * @param outcome pass, refuse (the reader sees the form again with {@code messageKey}),
 * spam (stored as spam, the reader is told it awaits moderation) or discard (nothing
 * stored, the reader is told it awaits moderation: robots learn nothing)
 * @param messageKey a {@code comment.*} message for the reader, when refused
 * @param reason for the logs and the moderators
 */
public record Verdict(Outcome outcome, @Nullable String messageKey, String reason) {

	public enum Outcome {

		PASS, REFUSE, SPAM, DISCARD

	}

	private static final Verdict PASS = new Verdict(Outcome.PASS, null, "");

	public static Verdict pass() {
		return PASS;
	}

	public static Verdict refuse(String messageKey, String reason) {
		return new Verdict(Outcome.REFUSE, messageKey, reason);
	}

	public static Verdict spam(String reason) {
		return new Verdict(Outcome.SPAM, null, reason);
	}

	public static Verdict discard(String reason) {
		return new Verdict(Outcome.DISCARD, null, reason);
	}

	public boolean passed() {
		return outcome == Outcome.PASS;
	}
}
