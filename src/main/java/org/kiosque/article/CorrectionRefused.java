package org.kiosque.article;

/**
 * A correction that was not recorded, and why, as a key of the message bundles (French
 * and English), ready for {@code FormProblems.of("correction", refused.messageKey())}.
 * Thrown inside the caller's transaction, so the edit it came with is not saved either.
 */
public class CorrectionRefused extends RuntimeException {

	private final String messageKey;

	CorrectionRefused(String messageKey, String why) {
		super(why);
		this.messageKey = messageKey;
	}

	/**
	 * One of {@code correction.refused.empty}, {@code correction.refused.too-long},
	 * {@code correction.refused.not-published} (a draft, a scheduled article, an article
	 * published later than now, or no such article).
	 */
	public String messageKey() {
		return messageKey;
	}

}
