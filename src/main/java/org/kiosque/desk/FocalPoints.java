package org.kiosque.desk;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleLedger;
import org.springframework.stereotype.Component;

/**
 * Gives a library picture the focal point set in the editor (a click on the picture, or
 * the two numbers typed); every crop of it is then cut around that point.
 */
@Component
class FocalPoints {

	private final ArticleLedger ledger;

	FocalPoints(ArticleLedger ledger) {
		this.ledger = ledger;
	}

	/**
	 * Moves the focal point of picture {@code pictureId}; a coordinate left
	 * {@code null} keeps the picture's. In thousandths of its width and height.
	 */
	void place(long pictureId, @Nullable Integer x, @Nullable Integer y) {
		ledger.picture(pictureId).ifPresent(ref -> {
			int across = x == null ? ref.focusX() : x;
			int down = y == null ? ref.focusY() : y;
			if (across != ref.focusX() || down != ref.focusY()) {
				move(pictureId, across, down);
			}
		});
	}

	private void move(long pictureId, int across, int down) {
		// The library's Pictures.focus, once it is merged.
	}

}
