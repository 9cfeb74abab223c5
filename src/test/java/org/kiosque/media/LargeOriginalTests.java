package org.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.ExiftoolAvailable;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A camera's 24-megapixel photo (6000 × 4000, stored on its side, with a GPS position),
 * whose master is read in bands rather than whole: every rendition of every crop is
 * served at its size, upright, without the position.
 */
@KiosqueTest
@ExtendWith(ExiftoolAvailable.class)
class LargeOriginalTests {

	@LocalServerPort
	int port;

	@Autowired
	Pictures pictures;

	@TempDir
	Path folder;

	@Test
	void aTwentyFourMegapixelPhotoOnItsSideIsServedUprightAtEverySize() throws Exception {
		// Stored red, green above blue, yellow; orientation 6 turns it a quarter
		// clockwise: upright 4000 × 6000, blue at the top left, red at the top right.
		byte[] camera = PictureFiles.onItsSideInParis(PictureFiles.quarters(6000, 4000), folder);
		PictureRef ref = pictures.upload("grand.jpg", camera, null);
		assertThat(ref.width()).isEqualTo(4000);
		assertThat(ref.height()).isEqualTo(6000);

		int served = 0;
		for (Crop crop : Crop.values()) {
			for (int width : ref.widths(crop)) {
				String path = ref.rendition(crop, width, Rendition.Format.JPEG).path();
				HttpResponse<byte[]> answer = LibraryClient.fetch(port, path, Map.of());
				assertThat(answer.statusCode()).as(path).isEqualTo(200);
				assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(answer.body()))
					.getDirectoriesOfType(GpsDirectory.class)).as(path).isEmpty();
				BufferedImage shown = ImageIO.read(new ByteArrayInputStream(answer.body()));
				assertThat(shown.getWidth()).as(path).isEqualTo(width);
				assertThat(shown.getHeight()).as(path).isEqualTo(crop.heightAt(width, ref.width(), ref.height()));
				served++;
			}
		}
		assertThat(served).isGreaterThanOrEqualTo(12);

		String full = ref.rendition(Crop.FULL, 2048, Rendition.Format.JPEG).path();
		BufferedImage shown = ImageIO.read(new ByteArrayInputStream(LibraryClient.fetch(port, full, Map.of()).body()));
		int w = shown.getWidth();
		int h = shown.getHeight();
		assertThat(h).isEqualTo(3072);
		assertColour(shown.getRGB(w / 4, h / 4), Color.BLUE);
		assertColour(shown.getRGB(3 * w / 4, h / 4), Color.RED);
		assertColour(shown.getRGB(3 * w / 4, 3 * h / 4), Color.GREEN);
		assertColour(shown.getRGB(w / 4, 3 * h / 4), Color.YELLOW);
	}

	private static void assertColour(int rgb, Color expected) {
		Color c = new Color(rgb);
		assertThat(Math.abs(c.getRed() - expected.getRed()) + Math.abs(c.getGreen() - expected.getGreen())
				+ Math.abs(c.getBlue() - expected.getBlue()))
			.as("%s for %s", c, expected)
			.isLessThan(40);
	}

}
