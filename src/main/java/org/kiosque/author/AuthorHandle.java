package org.kiosque.author;

import java.util.OptionalLong;

import org.kiosque.article.Slugs;

/**
 * The last segment of an author page's address: {@code {id}-{slug of the name}}, e.g.
 * {@code 12-marie-curie}. The id finds the account, so two people of one name never share
 * a page; the name keeps the address readable, and when it changes the old address
 * answers 301 to the new one ({@link org.kiosque.web.AddressMoved}).
 */
final class AuthorHandle {

	static final String PREFIX = "/auteur/";

	private AuthorHandle() {
	}

	static String of(long id, String displayName) {
		return id + "-" + Slugs.of(displayName);
	}

	static String path(long id, String displayName) {
		return PREFIX + of(id, displayName);
	}

	/**
	 * The account id a handle starts with (1 to 18 digits, then {@code -} or the end).
	 */
	static OptionalLong id(String handle) {
		int end = handle.indexOf('-');
		String digits = end < 0 ? handle : handle.substring(0, end);
		if (digits.isEmpty() || digits.length() > 18 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(digits));
	}

}
