package org.kiosque.article;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What {@code /corrections} prints: one page of corrections, newest first, and its paging
 * links.
 *
 * @param previousUrl the newer page, if any
 * @param nextUrl the older page, if any
 */
public record CorrectionList(List<Item> items, @Nullable String previousUrl, @Nullable String nextUrl) {

	/**
	 * One correction.
	 *
	 * @param dated "Correctif du 30 novembre 2026"
	 * @param datetime the same moment for {@code <time datetime>}
	 */
	public record Item(String headline, String path, String dated, String datetime, String text) {
	}
}
