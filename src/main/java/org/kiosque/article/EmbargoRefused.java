package org.kiosque.article;

import java.time.Instant;

/**
 * Thrown by a {@link Newsdesk} write that a person asked for and that would make an
 * embargoed article public, or schedule it, before its embargo. Nothing was written; the
 * caller's transaction must not go on as if it had been (the desk rolls it back and shows
 * the editor why).
 */
public class EmbargoRefused extends RuntimeException {

	private final long articleId;

	private final Instant until;

	public EmbargoRefused(long articleId, Instant until) {
		super("Article " + articleId + " is embargoed until " + until);
		this.articleId = articleId;
		this.until = until;
	}

	/** The article refused. */
	public long articleId() {
		return articleId;
	}

	/** Its embargo: the first instant it may be public. */
	public Instant until() {
		return until;
	}

}
