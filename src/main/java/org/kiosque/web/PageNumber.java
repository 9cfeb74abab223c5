package org.kiosque.web;

import java.util.OptionalInt;

import org.jspecify.annotations.Nullable;

/**
 * The {@code page} query parameter of a listing, checked at the edge: pages are numbered
 * from 1. Whatever is not a page number (text, zero, a negative number, a number too big
 * for an {@code int}, or past the listing's own limit) is no page at all, so a listing
 * answers it as it answers a page past the end.
 */
public final class PageNumber {

	/**
	 * The query parameter of a listing's page of older articles, by keyset
	 * ({@code ?avant=<token>}, "Articles plus anciens").
	 */
	public static final String OLDER_THAN = "avant";

	/**
	 * The query parameter of a listing's page of newer articles, by keyset
	 * ({@code ?apres=<token>}, "Articles plus récents").
	 */
	public static final String NEWER_THAN = "apres";

	/**
	 * Whether the request is for a keyset page of a listing: such a page's articles
	 * change as the newspaper publishes, so search engines are told to leave it out and
	 * follow its links ({@link Unindexed}).
	 */
	public static boolean isKeysetPage(jakarta.servlet.http.HttpServletRequest request) {
		return request.getParameter(OLDER_THAN) != null || request.getParameter(NEWER_THAN) != null;
	}

	private PageNumber() {
	}

	/**
	 * The page asked for: 1 when {@code text} is absent or blank, the number when it is a
	 * whole number (ASCII digits, at most 10 of them) from 1 to {@code max}, otherwise
	 * empty.
	 */
	public static OptionalInt parse(@Nullable String text, int max) {
		if (text == null || text.isBlank()) {
			return OptionalInt.of(1);
		}
		String digits = text.strip();
		if (digits.isEmpty() || digits.length() > 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return OptionalInt.empty();
		}
		long n = Long.parseLong(digits);
		return n >= 1 && n <= max ? OptionalInt.of((int) n) : OptionalInt.empty();
	}

}
