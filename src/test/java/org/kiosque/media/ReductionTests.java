package org.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.kiosque.media.Inspection.Format;

/**
 * A large original made smaller for its master: read in bands (never whole), averaged so
 * that fine detail turns to its mean instead of a moiré, the same pixels as if it were
 * read whole, turned upright, and subsampled as it is decoded only while at least twice
 * the pixels wanted are left. Real PNG and JPEG files, made with ImageIO.
 */
class ReductionTests {

	@Test
	void fineStripesBecomeTheirMeanGreyNotBlackOrWhite() {
		// One-pixel black and white columns, reduced 2.5 times: a sample of every second
		// or third pixel would be all black or all white; the footprints' means are 102
		// and 153 (two or three fifths white).
		int width = 1000;
		Reduction reduction = new Reduction(width, 10, 400, 4);
		int[] row = new int[width];
		for (int x = 0; x < width; x++) {
			row[x] = (x % 2 == 1) ? 0xFFFFFF : 0;
		}
		for (int y = 0; y < 10; y++) {
			reduction.accept(row, 0);
		}
		BufferedImage reduced = reduction.result();
		for (int y = 0; y < 4; y++) {
			for (int x = 0; x < 400; x++) {
				int rgb = reduced.getRGB(x, y);
				assertThat((rgb >> 8) & 0xFF).as("(%d, %d)", x, y).isBetween(100, 155);
				assertThat(rgb & 0xFF).isEqualTo((rgb >> 16) & 0xFF);
			}
		}
	}

	@Test
	void aPictureReadInBandsHasThePixelsOfThePictureReadWhole() throws Exception {
		// 3000 × 2000: 6 megapixels, read in two bands; no seam where they meet.
		BufferedImage drawn = PictureFiles.redOverBlue(3000, 2000);
		Graphics2D g = drawn.createGraphics();
		for (int i = 0; i < 60; i++) {
			g.setColor(new Color(i * 4, 255 - i * 4, (i * 37) % 256));
			g.fillOval(i * 50, (i * 97) % 1900, 120, 120);
		}
		g.dispose();
		byte[] jpeg = PictureFiles.jpeg(drawn, false);
		assertThat(3000 * 2000).isGreaterThan(Darkroom.BAND_PIXELS);
		BufferedImage banded = Darkroom.reduced(jpeg, original(Format.JPEG, 3000, 2000, 1), 1234, 822);

		BufferedImage whole = ImageIO.read(new ByteArrayInputStream(jpeg));
		Reduction reduction = new Reduction(3000, 2000, 1234, 822);
		int[] row = new int[3000];
		for (int y = 0; y < 2000; y++) {
			whole.getRGB(0, y, 3000, 1, row, 0, 3000);
			reduction.accept(row, 0);
		}
		BufferedImage expected = reduction.result();
		assertThat(banded.getWidth()).isEqualTo(1234);
		assertThat(banded.getHeight()).isEqualTo(822);
		for (int y = 0; y < 822; y++) {
			for (int x = 0; x < 1234; x++) {
				assertThat(banded.getRGB(x, y)).as("(%d, %d)", x, y).isEqualTo(expected.getRGB(x, y));
			}
		}
	}

	@Test
	void aPictureStoredOnItsSideComesOutUprightWhateverItsSubsampling() throws Exception {
		// Stored 4000 × 2400 with four coloured quarters, orientation 6 (turn a quarter
		// clockwise): upright it is 2400 × 4000, the stored top left (red) at the top
		// right.
		byte[] png = PictureFiles.png(PictureFiles.quarters(4000, 2400));
		for (int[] wanted : new int[][] { { 1800, 3000 }, { 600, 1000 } }) {
			BufferedImage upright = Darkroom.reduced(png, original(Format.PNG, 4000, 2400, 6), wanted[0], wanted[1]);
			assertThat(upright.getWidth()).isEqualTo(wanted[0]);
			assertThat(upright.getHeight()).isEqualTo(wanted[1]);
			int w = upright.getWidth();
			int h = upright.getHeight();
			assertThat(upright.getRGB(w / 4, h / 4) & 0xFFFFFF).as("top left: stored bottom left, blue")
				.isEqualTo(0x0000FF);
			assertThat(upright.getRGB(3 * w / 4, h / 4) & 0xFFFFFF).as("top right: stored top left, red")
				.isEqualTo(0xFF0000);
			assertThat(upright.getRGB(3 * w / 4, 3 * h / 4) & 0xFFFFFF).as("bottom right: stored top right, green")
				.isEqualTo(0x00FF00);
			assertThat(upright.getRGB(w / 4, 3 * h / 4) & 0xFFFFFF).as("bottom left: stored bottom right, yellow")
				.isEqualTo(0xFFFF00);
		}
	}

	@Test
	void anOriginalIsSubsampledOnlyWhileTwiceThePixelsWantedAreLeft() {
		// The 24-megapixel photo's master (3072 × 2048): decoded whole, read in bands.
		assertThat(Darkroom.subsampling(6000, 4000, 3072, 2048)).isEqualTo(1);
		// 50 megapixels (8700 × 5800) to 3072 × 2048: 8700 / 2 = 4350 is still more than
		// twice 2048 high but not twice 3072 wide.
		assertThat(Darkroom.subsampling(8700, 5800, 3072, 2048)).isEqualTo(1);
		assertThat(Darkroom.subsampling(12000, 8000, 3072, 2048)).isEqualTo(1);
		assertThat(Darkroom.subsampling(12288, 8192, 3072, 2048)).isEqualTo(2);
		// The sizes in the stored orientation (the next test's, turned).
		assertThat(Darkroom.subsampling(4000, 2400, 1000, 600)).isEqualTo(2);
		assertThat(Darkroom.subsampling(4000, 2400, 3000, 1800)).isEqualTo(1);
	}

	private static Darkroom.Original original(Format format, int storedWidth, int storedHeight, int orientation) {
		boolean quarter = orientation >= 5;
		PictureRef ref = new PictureRef(1, "0123456789abcdef", quarter ? storedHeight : storedWidth,
				quarter ? storedWidth : storedHeight, 500, 500);
		return new Darkroom.Original(ref, format, storedWidth, storedHeight, orientation, Rights.NONE);
	}

}
