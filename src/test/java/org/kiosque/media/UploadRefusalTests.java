package org.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files that must not become pictures are refused with the right status and a French
 * sentence, and leave nothing behind: a decompression bomb (a small PNG or JPEG declaring
 * 100 000 × 100 000 pixels, refused from its header before any decoding), a text file
 * renamed {@code .jpg}, a file past 25 MB, an animated GIF, a PNG whose pixels are
 * broken, a TIFF.
 */
@KiosqueTest
class UploadRefusalTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	LibraryClient desk;

	@BeforeEach
	void signIn() {
		desk = new LibraryClient(context, port);
	}

	@Test
	void aSmallPngDeclaringTenBillionPixelsIsRefusedFromItsHeader() throws Exception {
		byte[] bomb = PictureFiles.pngDeclaring(100_000, 100_000);
		assertThat(bomb.length).isLessThan(1000);
		refused("bombe.png", bomb, 413, "trop grande : 50 mégapixels au plus");
	}

	@Test
	void aSmallJpegDeclaringHugeDimensionsIsRefusedFromItsHeader() throws Exception {
		refused("bombe.jpg", PictureFiles.jpegDeclaring(65_000, 65_000), 413, "50 mégapixels au plus");
	}

	@Test
	void aTextFileRenamedJpgIsNotAPicture() throws Exception {
		byte[] text = "Ceci n'est pas une pipe, ni une photo.\n".repeat(50).getBytes(StandardCharsets.UTF_8);
		refused("photo.jpg", text, 415, "n’est pas une image");
	}

	@Test
	void anEmptyFileIsNotAPicture() throws Exception {
		refused("vide.jpg", new byte[0], 415, "n’est pas une image");
	}

	@Test
	void aFormSentWithoutAFileAsksForOne() throws Exception {
		refused("", new byte[0], 422, "Choisissez un fichier");
	}

	@Test
	void aFilePastTwentyFiveMegabytesIsRefused() throws Exception {
		byte[] big = new byte[25 * 1024 * 1024 + 1];
		byte[] jpeg = PictureFiles.jpeg(PictureFiles.redOverBlue(64, 64), false);
		System.arraycopy(jpeg, 0, big, 0, jpeg.length);
		refused("enorme.jpg", big, 413, "trop lourde : 25 Mo au plus");
	}

	@Test
	void aFilePastTheMultipartLimitIsRefusedWithTheSameSentence() throws Exception {
		byte[] huge = new byte[30 * 1024 * 1024];
		byte[] jpeg = PictureFiles.jpeg(PictureFiles.redOverBlue(64, 64), false);
		System.arraycopy(jpeg, 0, huge, 0, jpeg.length);
		refused("immense.jpg", huge, 413, "trop lourde : 25 Mo au plus");
	}

	@Test
	void anAnimatedGifIsRefused() throws Exception {
		refused("anime.gif", animatedGif(), 415, "images animées ne sont pas prises en charge");
	}

	@Test
	void aPngWithBrokenPixelsCannotBeDecoded() throws Exception {
		byte[] png = PictureFiles.png(PictureFiles.redOverBlue(400, 300));
		// Spoil the compressed pixels, keeping the header (and so the checks before
		// decoding) intact.
		for (int i = 80; i < png.length - 20; i += 7) {
			png[i] = (byte) ~png[i];
		}
		refused("abime.png", png, 422, "illisible ou abîmée");
	}

	@Test
	void aTiffIsAnUnsupportedFormat() throws Exception {
		ByteArrayOutputStream tiff = new ByteArrayOutputStream();
		ImageIO.write(PictureFiles.redOverBlue(40, 30), "tiff", tiff);
		refused("scan.tif", tiff.toByteArray(), 415, "format d’image n’est pas pris en charge");
	}

	private void refused(String name, byte[] bytes, int status, String sentence) throws Exception {
		long before = count();
		HttpResponse<String> answer = desk.upload(name, bytes);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(answer.body()).contains(sentence);
		assertThat(count()).as("nothing stored").isEqualTo(before);
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM picture").query(Long.class).single();
	}

	private static byte[] animatedGif() throws Exception {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.prepareWriteSequence(null);
			for (int i = 0; i < 3; i++) {
				var frame = PictureFiles.redOverBlue(40, 30);
				IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame),
						null);
				writer.writeToSequence(new javax.imageio.IIOImage(frame, null, metadata), null);
			}
			writer.endWriteSequence();
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
