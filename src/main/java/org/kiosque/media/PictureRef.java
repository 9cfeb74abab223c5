package org.kiosque.media;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * A picture of the library as a page needs it: enough to write every rendition's address
 * and the {@code width}/{@code height} attributes without reading the file.
 *
 * @param id the picture's id (table {@code picture})
 * @param version a short hex fingerprint of the pixels and the focal point: it changes
 * whenever what a rendition shows would change, so that addresses can be cached forever
 * @param width the upright picture's width, in pixels
 * @param height the upright picture's height, in pixels
 * @param focusX the focal point across, in thousandths of the width (500: the centre)
 * @param focusY the focal point down, in thousandths of the height (500: the centre)
 */
public record PictureRef(long id, String version, int width, int height, int focusX, int focusY) {

	/**
	 * The widths renditions are made at, in pixels; never more than the picture's own.
	 */
	public static final List<Integer> WIDTHS = List.of(320, 640, 960, 1280, 1600, 2048);

	/** The sharing card's width, in pixels (Open Graph recommends 1200×630). */
	public static final int CARD_WIDTH = 1200;

	/**
	 * The widths this picture offers in that crop, ascending: those of {@link #WIDTHS} it
	 * can fill, or its own widest when it is narrower than all of them. The card is a
	 * single width.
	 */
	public List<Integer> widths(Crop crop) {
		int widest = crop.widestIn(this.width, this.height);
		if (crop == Crop.CARD) {
			return List.of(Math.min(CARD_WIDTH, widest));
		}
		List<Integer> widths = new ArrayList<>();
		for (int w : WIDTHS) {
			if (w <= widest) {
				widths.add(w);
			}
		}
		int largest = WIDTHS.get(WIDTHS.size() - 1);
		if (widest < largest && (widths.isEmpty() || widths.get(widths.size() - 1) < widest)) {
			// Its own width too, between two fixed ones: an 800-pixel photo is not shown
			// at
			// 640 on a wide screen.
			widths.add(widest);
		}
		return widths;
	}

	/** The address of one rendition. */
	public Rendition rendition(Crop crop, int width, Rendition.Format format) {
		return new Rendition(this.id, this.version, crop, width, format);
	}

	/**
	 * The {@code srcset} attribute's value for that crop and format:
	 * {@code /media/7/ab12…/wide-320.jpg 320w, …}.
	 */
	public String srcset(Crop crop, Rendition.Format format) {
		StringJoiner set = new StringJoiner(", ");
		for (int w : widths(crop)) {
			set.add(rendition(crop, w, format).path() + " " + w + "w");
		}
		return set.toString();
	}

	/**
	 * The widest rendition of that crop in JPEG: the {@code src} fallback and the card.
	 */
	public Rendition widest(Crop crop) {
		List<Integer> widths = widths(crop);
		return rendition(crop, widths.get(widths.size() - 1), Rendition.Format.JPEG);
	}

	/** The height of that crop at {@code width}, in pixels. */
	public int heightAt(Crop crop, int width) {
		return crop.heightAt(width, this.width, this.height);
	}

}
