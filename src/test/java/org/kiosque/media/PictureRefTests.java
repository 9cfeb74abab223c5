package org.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The widths a picture is offered at: never upscaled, never short of its own size. */
class PictureRefTests {

	@Test
	void aLargePhotoIsOfferedAtEveryFixedWidth() {
		PictureRef photo = new PictureRef(1, "abcdef12", 6000, 4000, 500, 500);
		assertThat(photo.widths(Crop.FULL)).containsExactly(320, 640, 960, 1280, 1600, 2048);
		assertThat(photo.widths(Crop.CARD)).containsExactly(1200);
		assertThat(photo.srcset(Crop.WIDE, Rendition.Format.JPEG)).startsWith("/media/1/abcdef12/wide-320.jpg 320w, ")
			.endsWith("/media/1/abcdef12/wide-2048.jpg 2048w");
	}

	@Test
	void aPhotoBetweenTwoFixedWidthsIsOfferedAtItsOwnWidthToo() {
		PictureRef photo = new PictureRef(2, "abcdef12", 800, 600, 500, 500);
		assertThat(photo.widths(Crop.FULL)).containsExactly(320, 640, 800);
		// 16:9 from 800×600 keeps the whole width (450 high).
		assertThat(photo.widths(Crop.WIDE)).containsExactly(320, 640, 800);
		assertThat(photo.heightAt(Crop.WIDE, 800)).isEqualTo(450);
		// 1:1 is at most 600 wide.
		assertThat(photo.widths(Crop.SQUARE)).containsExactly(320, 600);
	}

	@Test
	void aSmallPictureIsOfferedAtItsOwnWidthOnly() {
		PictureRef icon = new PictureRef(3, "abcdef12", 200, 100, 500, 500);
		assertThat(icon.widths(Crop.FULL)).containsExactly(200);
		assertThat(icon.widths(Crop.CARD)).containsExactly(190);
	}

	@Test
	void aFixedWidthExactlyIsNotRepeated() {
		assertThat(new PictureRef(4, "abcdef12", 960, 960, 500, 500).widths(Crop.FULL)).containsExactly(320, 640, 960);
	}

}
