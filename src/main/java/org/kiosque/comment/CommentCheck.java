package org.kiosque.comment;

/**
 * One defence against spam or abuse, asked about every reader's submission before it is
 * stored. Checks are small and independent; a new one (a scoring service such as Akismet)
 * is one more bean. They run in {@link #order()}; the first verdict that is not
 * {@link Verdict#pass()} decides.
 */
public interface CommentCheck {

	Verdict check(Submission submission);

	/** Told once a submission passed every check and was stored (counters, caches). */
	default void stored(Submission submission) {
	}

	default int order() {
		return 100;
	}

}
