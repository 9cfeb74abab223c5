package org.kiosque.api;

import org.jspecify.annotations.Nullable;

/**
 * {@code If-Match} on the publishing API's articles (RFC 9110 §13.1.1, RFC 6585 §3): the
 * ETag of the revision a change was made from ({@code "7"}; weak {@code W/"7"} read the
 * same), or {@code *} for whatever is current.
 */
final class Preconditions {

	/** {@code If-Match: *}: the change stands on the current revision, whatever it is. */
	static final int ANY = -1;

	private Preconditions() {
	}

	/**
	 * The revision number {@code If-Match} names, or {@link #ANY}.
	 * @throws AdminProblem 428 without the header, 400 when it names no revision
	 */
	static int revision(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new AdminProblem(428, "api.admin.problem.if-match-missing");
		}
		String tag = ifMatch.strip();
		if ("*".equals(tag)) {
			return ANY;
		}
		if (tag.startsWith("W/")) {
			tag = tag.substring(2);
		}
		if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
			tag = tag.substring(1, tag.length() - 1);
		}
		if (!tag.matches("[0-9]{1,9}")) {
			throw new AdminProblem(400, "api.admin.problem.if-match-unreadable").with("parameter", "If-Match");
		}
		return Integer.parseInt(tag);
	}

	/** 412: the article moved on; the problem names its current revision. */
	static AdminProblem movedOn(int latest) {
		return new AdminProblem(412, "api.admin.problem.moved-on", latest).with("revision", latest);
	}

}
