package org.kiosque.media;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A picture's page in the media library.
 *
 * @param details the picture
 * @param preview the address of the preview (the whole picture, at most 960 wide)
 * @param previewWidth the preview's width, in pixels
 * @param previewHeight the preview's height, in pixels
 * @param renditions every rendition's address, by crop
 * @param uses where it is used
 * @param notice what was just done, or {@code null}
 * @param problem why the last action was refused, or {@code null}
 * @param uploaded when, in words
 */
public record PictureView(PictureDetails details, String preview, int previewWidth, int previewHeight,
		List<CropLinks> renditions, List<PictureUses.Use> uses, @Nullable String notice, @Nullable String problem,
		String uploaded) {

	/** A crop's label and its renditions' addresses. */
	public record CropLinks(String label, List<String> links) {
	}

	/** The page's address. */
	public String path() {
		return MediaLibrary.PATH + "/" + details.id();
	}

}
