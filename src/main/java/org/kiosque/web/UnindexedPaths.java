package org.kiosque.web;

import java.util.List;

/**
 * Pages search engines must not index though anyone may see them (search results),
 * declared as a bean by the feature that owns them. Private pages ({@link PrivatePaths}:
 * accounts, sign-in, the newsroom) are never indexed either, without saying so twice.
 *
 * @param patterns Spring path patterns, such as {@code /recherche/**}
 */
public record UnindexedPaths(List<String> patterns) {

	public UnindexedPaths {
		patterns = List.copyOf(patterns);
	}

	public static UnindexedPaths of(String... patterns) {
		return new UnindexedPaths(List.of(patterns));
	}

}
