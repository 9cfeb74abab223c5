package org.kiosque.comment;

import java.util.Locale;
import java.util.Optional;

/** Where a comment stands. Only {@link #APPROVED} comments are public. */
enum CommentStatus {

	PENDING, APPROVED, SPAM, REJECTED, DELETED;

	static Optional<CommentStatus> parse(String name) {
		try {
			return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
