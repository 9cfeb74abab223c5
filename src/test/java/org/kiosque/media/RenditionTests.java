package org.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.CwebpAvailable;
import org.kiosque.support.ExiftoolAvailable;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Renditions as readers get them: at addresses that never change meaning, cached forever,
 * made once however many ask at the same moment, cut around the focal point; CMYK and
 * progressive JPEGs work; addresses Kiosque does not offer are 404.
 */
@KiosqueTest
class RenditionTests {

	@LocalServerPort
	int port;

	@Autowired
	Pictures pictures;

	@Autowired
	MeterRegistry meters;

	@TempDir
	Path folder;

	@Test
	void aRenditionIsServedImmutableWithItsTypeAndMadeOnceUnderAThrongOfReaders() throws Exception {
		PictureRef ref = pictures.upload("foule.jpg", PictureFiles.jpeg(PictureFiles.redOverBlue(1400, 900), false),
				null);
		String path = ref.rendition(Crop.WIDE, 640, Rendition.Format.JPEG).path();
		double before = made();
		int readers = 16;
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(readers)) {
			for (int i = 0; i < readers; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return LibraryClient.fetch(port, path, Map.of());
				}));
			}
			start.countDown();
			byte[] first = null;
			for (Future<HttpResponse<byte[]>> answer : answers) {
				HttpResponse<byte[]> response = answer.get();
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.headers().firstValue("Cache-Control"))
					.hasValue("public, max-age=31536000, immutable");
				assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
				if (first == null) {
					first = response.body();
				}
				assertThat(response.body()).isEqualTo(first);
			}
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(first));
			assertThat(image.getWidth()).isEqualTo(640);
			assertThat(image.getHeight()).isEqualTo(360);
		}
		assertThat(made() - before).as("made once for %d readers", readers).isEqualTo(1.0);
		// Later readers get the file made then.
		assertThat(LibraryClient.fetch(port, path, Map.of()).statusCode()).isEqualTo(200);
		assertThat(made() - before).isEqualTo(1.0);
	}

	@Test
	void addressesNotOfferedAreNotFound() throws Exception {
		PictureRef ref = pictures.upload("petite.png", PictureFiles.png(PictureFiles.redOverBlue(700, 500)), null);
		assertThat(status(ref.rendition(Crop.FULL, 640, Rendition.Format.JPEG).path())).isEqualTo(200);
		// A width the picture does not offer (never upscaled), another version, another
		// picture, an unknown crop, an encoder this node lacks.
		assertThat(status(ref.rendition(Crop.FULL, 960, Rendition.Format.JPEG).path())).isEqualTo(404);
		assertThat(status(ref.rendition(Crop.FULL, 500, Rendition.Format.JPEG).path())).isEqualTo(404);
		assertThat(status("/media/" + ref.id() + "/00000000deadbeef/full-640.jpg")).isEqualTo(404);
		assertThat(status("/media/999999999/" + ref.version() + "/full-640.jpg")).isEqualTo(404);
		assertThat(status("/media/" + ref.id() + "/" + ref.version() + "/tall-640.jpg")).isEqualTo(404);
		assertThat(status(ref.rendition(Crop.FULL, 640, Rendition.Format.AVIF).path())).isEqualTo(404);
		assertThat(status("/media/" + ref.id() + "/" + ref.version() + "/../../etc/passwd")).isIn(400, 404);
	}

	@Test
	void theCropFollowsTheFocalPointAndTheAddressChangesWithIt() throws Exception {
		PictureRef ref = pictures.upload("panorama.jpg",
				PictureFiles.jpeg(PictureFiles.greenBesideRed(1600, 500), false), null);
		PictureRef left = pictures.focus(ref.id(), 0, 500).orElseThrow();
		assertThat(left.version()).isNotEqualTo(ref.version());
		BufferedImage square = image(left.rendition(Crop.SQUARE, 320, Rendition.Format.JPEG).path());
		assertThat(green(square.getRGB(300, 160))).as("all green on the left").isGreaterThan(150);
		PictureRef right = pictures.focus(ref.id(), 1000, 500).orElseThrow();
		square = image(right.rendition(Crop.SQUARE, 320, Rendition.Format.JPEG).path());
		assertThat(red(square.getRGB(20, 160))).as("all red on the right").isGreaterThan(150);
		assertThat(status(left.rendition(Crop.SQUARE, 320, Rendition.Format.JPEG).path())).as("the old version is gone")
			.isEqualTo(404);
	}

	@Test
	@ExtendWith(ExiftoolAvailable.class)
	void aCmykJpegIsServedInRgb() throws Exception {
		byte[] cmyk = PictureFiles.cmykJpeg(800, 400);
		assertThat(PictureFiles.tags(cmyk, folder)).containsEntry("File:ColorComponents", 4);
		PictureRef ref = pictures.upload("impression.jpg", cmyk, null);
		BufferedImage shown = image(ref.rendition(Crop.FULL, 640, Rendition.Format.JPEG).path());
		assertThat(shown.getColorModel().getNumComponents()).isEqualTo(3);
		// The colours TwelveMonkeys' reader gives the whole file (its ICC conversion),
		// not
		// the ink values read as if they were RGB.
		BufferedImage reference = ImageIO.read(new ByteArrayInputStream(cmyk));
		assertThat(reference.getColorModel().getColorSpace().getType())
			.isNotEqualTo(java.awt.color.ColorSpace.TYPE_CMYK);
		for (int[] at : new int[][] { { 40, 100 }, { 600, 100 } }) {
			int served = shown.getRGB(at[0], at[1]);
			int expected = reference.getRGB(at[0] * 800 / 640, at[1] * 800 / 640);
			assertThat(red(served)).isCloseTo(red(expected), org.assertj.core.data.Offset.offset(30));
			assertThat(green(served)).isCloseTo(green(expected), org.assertj.core.data.Offset.offset(30));
			assertThat(blue(served)).isCloseTo(blue(expected), org.assertj.core.data.Offset.offset(30));
		}
		assertThat(shown.getRGB(40, 100)).as("the two inks differ").isNotEqualTo(shown.getRGB(600, 100));
	}

	@Test
	@ExtendWith(ExiftoolAvailable.class)
	void aProgressiveJpegWorks() throws Exception {
		byte[] progressive = PictureFiles.jpeg(PictureFiles.redOverBlue(1000, 800), true);
		assertThat(PictureFiles.tags(progressive, folder).get("File:EncodingProcess")).isEqualTo(2);
		PictureRef ref = pictures.upload("progressive.jpg", progressive, null);
		BufferedImage shown = image(ref.rendition(Crop.FULL, 960, Rendition.Format.JPEG).path());
		assertThat(shown.getWidth()).isEqualTo(960);
		assertThat(red(shown.getRGB(480, 50))).isGreaterThan(150);
		assertThat(blue(shown.getRGB(480, 700))).isGreaterThan(150);
	}

	@Test
	@ExtendWith(CwebpAvailable.class)
	void aWebpOriginalWorks() throws Exception {
		Path jpeg = folder.resolve("source.jpg");
		Path webp = folder.resolve("source.webp");
		java.nio.file.Files.write(jpeg, PictureFiles.jpeg(PictureFiles.redOverBlue(900, 600), false));
		Process cwebp = new ProcessBuilder(CwebpAvailable.CWEBP.toString(), "-quiet", jpeg.toString(), "-o",
				webp.toString())
			.start();
		assertThat(cwebp.waitFor()).isZero();
		PictureRef ref = pictures.upload("original.webp", java.nio.file.Files.readAllBytes(webp), null);
		assertThat(pictures.details(ref.id()).orElseThrow().mediaType()).isEqualTo("image/webp");
		BufferedImage shown = image(ref.rendition(Crop.WIDE, 640, Rendition.Format.JPEG).path());
		assertThat(shown.getWidth()).isEqualTo(640);
		assertThat(red(shown.getRGB(320, 20))).isGreaterThan(150);
		assertThat(blue(shown.getRGB(320, 340))).isGreaterThan(150);
	}

	@Test
	void webpRenditionsWhenTheEncoderIsThere() throws Exception {
		PictureRef ref = pictures.upload("web.jpg", PictureFiles.jpeg(PictureFiles.redOverBlue(800, 600), false), null);
		String path = ref.rendition(Crop.WIDE, 640, Rendition.Format.WEBP).path();
		HttpResponse<byte[]> answer = LibraryClient.fetch(port, path, Map.of());
		if (!pictures.formats().contains(Rendition.Format.WEBP)) {
			assertThat(answer.statusCode()).isEqualTo(404);
			return;
		}
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("image/webp");
		assertThat(new String(Arrays.copyOfRange(answer.body(), 8, 12))).isEqualTo("WEBP");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(answer.body()));
		assertThat(image.getWidth()).isEqualTo(640);
		assertThat(image.getHeight()).isEqualTo(360);
	}

	private double made() {
		var counter = meters.find("kiosque.media.renditions.made").counter();
		return counter == null ? 0 : counter.count();
	}

	private int status(String path) throws Exception {
		return LibraryClient.fetch(port, path, Map.of()).statusCode();
	}

	private BufferedImage image(String path) throws Exception {
		HttpResponse<byte[]> answer = LibraryClient.fetch(port, path, Map.of());
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		return ImageIO.read(new ByteArrayInputStream(answer.body()));
	}

	private static int red(int rgb) {
		return (rgb >> 16) & 0xFF;
	}

	private static int green(int rgb) {
		return (rgb >> 8) & 0xFF;
	}

	private static int blue(int rgb) {
		return rgb & 0xFF;
	}

}
