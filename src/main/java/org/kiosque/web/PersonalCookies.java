package org.kiosque.web;

import java.util.List;

/**
 * Cookies a feature sets that make a request personal, declared as a bean by that
 * feature: a page asked for with one of them is never shared by a cache nor served from
 * the node's copies ({@link PublicPages}). Operators add their own with
 * {@code kiosque.cache.pages.personal-cookies}.
 *
 * @param names the cookie names
 * @param credentials true when a browser carrying one could be signed in with it (a
 * session, a remember-me login): a forged request could ride on it, so its forms need the
 * session's own CSRF token rather than the strangers' daily one
 */
public record PersonalCookies(List<String> names, boolean credentials) {

	public PersonalCookies {
		names = List.copyOf(names);
	}

	/** Cookies that sign a browser in. */
	public static PersonalCookies credentials(String... names) {
		return new PersonalCookies(List.of(names), true);
	}

	/** Cookies that change what a page shows (a held comment), signing nobody in. */
	public static PersonalCookies showing(String... names) {
		return new PersonalCookies(List.of(names), false);
	}

}
