package org.kiosque.article;

import org.jspecify.annotations.Nullable;

/**
 * The photo at the top of an article. The picture itself may be missing (a dispatch often
 * brings only the caption); the page then prints the caption without a broken image.
 */
public record LeadImage(@Nullable String url, @Nullable String caption, @Nullable String credit) {

	public boolean hasPicture() {
		return url != null && !url.isBlank();
	}

	public boolean isEmpty() {
		return !hasPicture() && (caption == null || caption.isBlank());
	}
}
