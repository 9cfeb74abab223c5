package org.kiosque.web;

import java.util.List;
import java.util.Optional;

/**
 * The newspaper's logo, when an admin chose one (a picture of the media library, see
 * {@code org.kiosque.settings}): the masthead shows it instead of the name's text, and
 * the site icons are cut square from it. Without one, the name and its initial
 * ({@link SiteIcon}). Asked at each page: an admin may change it at any time.
 */
public interface SiteLogo {

	/** The logo in force, or empty. */
	Optional<Image> logo();

	/**
	 * The logo cut square at {@code size}×{@code size} pixels, as PNG (the favicon, the
	 * home-screen and the app icons, {@link SiteIcon#PNG_SIZES}); made once per logo and
	 * size, then kept. Empty when there is no logo.
	 */
	default Optional<byte[]> iconPng(int size) {
		return Optional.empty();
	}

	/**
	 * The logo's files, by their site-relative addresses (renditions that never change,
	 * cached a year).
	 *
	 * @param src the masthead's picture, its own proportions
	 * @param width its width, in pixels
	 * @param height its height, in pixels
	 * @param icons square cuts, smallest first (at least one)
	 */
	record Image(String src, int width, int height, List<Icon> icons) {

		/**
		 * The smallest square cut at least {@code size} pixels wide, else the largest.
		 */
		public Icon icon(int size) {
			return icons.stream().filter(i -> i.size() >= size).findFirst().orElse(icons.getLast());
		}

	}

	/**
	 * A square cut of the logo.
	 *
	 * @param src its address
	 * @param size its width and height, in pixels
	 * @param type its media type ({@code image/jpeg})
	 */
	record Icon(String src, int size, String type) {
	}

}
