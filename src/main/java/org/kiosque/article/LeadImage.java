package org.kiosque.article;

import org.jspecify.annotations.Nullable;
import org.kiosque.media.PictureRef;

/**
 * The photo at the top of an article. The picture itself may be missing (a dispatch often
 * brings only the caption); the page then prints the caption without a broken image.
 *
 * @param url an address given by an older import, read as it is; {@code null} for none
 * @param caption the caption of this use of the picture, also its {@code alt} text
 * @param credit the credit of this use
 * @param pictureId the library's picture, {@code null} for none
 * @param picture what the pages need of that picture, once read from the library;
 * {@code null} before, or when there is none
 * @param webp whether the library serves WebP renditions beside the JPEG ones
 */
public record LeadImage(@Nullable String url, @Nullable String caption, @Nullable String credit,
		@Nullable Long pictureId, @Nullable PictureRef picture, boolean webp) {

	/**
	 * The lead photo's {@code sizes}: the main column's width (site.css: 72rem page,
	 * 18rem aside and 2rem gap from 60rem; 1rem margins), so that the browser fetches the
	 * rendition that fills it.
	 */
	public static final String ARTICLE_SIZES = "(min-width: 72rem) 50rem, (min-width: 60rem) calc(100vw - 22rem), calc(100vw - 2rem)";

	/** A teaser's {@code sizes}: half the main column from 40rem (two teasers a row). */
	public static final String TEASER_SIZES = "(min-width: 72rem) 25rem, (min-width: 60rem) calc(50vw - 11rem), (min-width: 40rem) calc(50vw - 2rem), calc(100vw - 2rem)";

	/** A lead image without a picture from the library. */
	public LeadImage(@Nullable String url, @Nullable String caption, @Nullable String credit) {
		this(url, caption, credit, null, null, false);
	}

	/** No image, no caption. */
	public static LeadImage none() {
		return new LeadImage(null, null, null);
	}

	/** Whether a picture is shown: one from the library, or an older address. */
	public boolean hasPicture() {
		return picture != null || (url != null && !url.isBlank());
	}

	public boolean isEmpty() {
		return !hasPicture() && (caption == null || caption.isBlank());
	}

	/** The picture's {@code alt} text: the caption, blank when there is none. */
	public String alt() {
		return caption == null ? "" : caption;
	}

	/** This image with the library's picture read. */
	LeadImage with(@Nullable PictureRef found, boolean webp) {
		return new LeadImage(url, caption, credit, pictureId, found, webp);
	}

}
