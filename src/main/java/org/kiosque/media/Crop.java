package org.kiosque.media;

import org.jspecify.annotations.Nullable;

/**
 * The shapes the pages cut from a picture. Every crop keeps the editor's focal point as
 * near its centre as the picture allows.
 */
public enum Crop {

	/** The whole picture, its own proportions: the article's lead photo. */
	FULL("full", 0, 0),

	/** 16:9, the teasers of the front, section, tag and search pages. */
	WIDE("wide", 16, 9),

	/** 1:1, small teasers and lists. */
	SQUARE("square", 1, 1),

	/**
	 * 1200×630 (about 1.91:1), the sharing card of Open Graph, X and JSON-LD
	 * {@code image}; always made 1200 wide when the picture allows it.
	 */
	CARD("card", 40, 21);

	private final String word;

	private final int across;

	private final int down;

	Crop(String word, int across, int down) {
		this.word = word;
		this.across = across;
		this.down = down;
	}

	/** The crop's word in rendition addresses ({@code wide}). */
	public String word() {
		return this.word;
	}

	/**
	 * The height of this crop at {@code width} pixels, for a picture of
	 * {@code pictureWidth}×{@code pictureHeight} (its own proportion for {@link #FULL}).
	 */
	public int heightAt(int width, int pictureWidth, int pictureHeight) {
		if (this == FULL) {
			return Math.max(1, Math.round((float) width * pictureHeight / pictureWidth));
		}
		return Math.max(1, Math.round((float) width * this.down / this.across));
	}

	/**
	 * The widest this crop can be cut from a picture of that size without upscaling, in
	 * pixels.
	 */
	public int widestIn(int pictureWidth, int pictureHeight) {
		if (this == FULL) {
			return pictureWidth;
		}
		return Math.min(pictureWidth, pictureHeight * this.across / this.down);
	}

	/**
	 * The crop named by {@code word}, or {@code null}.
	 */
	public static @Nullable Crop of(String word) {
		for (Crop crop : values()) {
			if (crop.word.equals(word)) {
				return crop;
			}
		}
		return null;
	}

}
