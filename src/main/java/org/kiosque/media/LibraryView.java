package org.kiosque.media;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The media library's page.
 *
 * @param query the search as typed
 * @param problem a refused upload's explanation, or {@code null}
 * @param summary how many pictures were found, in words
 * @param pictures this page's pictures
 * @param previousUrl the newer page, or {@code null}
 * @param nextUrl the older page, or {@code null}
 * @param help what the upload takes, with this site's limits
 */
public record LibraryView(String query, @Nullable String problem, String summary, List<Tile> pictures,
		@Nullable String previousUrl, @Nullable String nextUrl, String help) {

	/**
	 * One picture of the grid.
	 *
	 * @param link its page in the library
	 * @param thumbnail a square rendition's address
	 * @param caption its caption (or file name when it has none)
	 * @param credit its credit line
	 * @param size its size in pixels, in words
	 */
	public record Tile(String link, String thumbnail, String caption, String credit, String size) {
	}

}
