package org.kiosque.web;

import java.util.List;

/**
 * Pages that are personal whoever asks for them (the reader's account, sign-in, the
 * newsroom), declared as a bean by the feature that owns them: never kept by any cache,
 * even when {@code kiosque.cache.pages.paths} would take them in ({@link PublicPages}).
 *
 * @param patterns Spring path patterns, such as {@code /account/**} (which takes in
 * {@code /account} itself)
 */
public record PrivatePaths(List<String> patterns) {

	public PrivatePaths {
		patterns = List.copyOf(patterns);
	}

	public static PrivatePaths of(String... patterns) {
		return new PrivatePaths(List.of(patterns));
	}

}
