package org.kiosque.desk;

import org.jspecify.annotations.Nullable;
import org.kiosque.media.Pictures;
import org.springframework.stereotype.Component;

/**
 * Gives a library picture the focal point set in the editor (a click on the picture, or
 * the two numbers typed); every crop of it is then cut around that point.
 */
@Component
class FocalPoints {

	private final Pictures library;

	FocalPoints(Pictures library) {
		this.library = library;
	}

	/**
	 * Moves the focal point of picture {@code pictureId}; a coordinate left {@code null}
	 * keeps the picture's. In thousandths of its width and height.
	 * @return whether it moved (the picture's version, in every address, changed)
	 */
	boolean place(long pictureId, @Nullable Integer x, @Nullable Integer y) {
		return library.find(pictureId).map(ref -> {
			int across = x == null ? ref.focusX() : x;
			int down = y == null ? ref.focusY() : y;
			// Unmoved, the picture keeps its version and every copy readers have cached.
			if (across == ref.focusX() && down == ref.focusY()) {
				return false;
			}
			return library.focus(pictureId, across, down).isPresent();
		}).orElse(false);
	}

}
