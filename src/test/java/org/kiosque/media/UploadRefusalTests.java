package org.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kiosque.site.DataDirectory;
import org.kiosque.support.CwebpAvailable;
import org.kiosque.support.ExiftoolAvailable;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.RawHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Files that must not become pictures are refused with the right status and a French
 * sentence, and leave nothing behind: a decompression bomb (a small PNG or JPEG declaring
 * 100 000 × 100 000 pixels, refused from its header before any decoding), a text file
 * renamed {@code .jpg}, a file past 25 MB (told on the site's error page before it is
 * sent), an animated GIF, a PNG whose pixels are broken, a JPEG, PNG or GIF cut short, a
 * TIFF (the table {@link RefusedUploads}, which the API's upload shares), a lossless WebP
 * cut short. A whole camera JPEG with a harmless decoder warning and bytes after its end
 * is still taken.
 */
@KiosqueTest
class UploadRefusalTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataDirectory data;

	@TempDir
	Path folder;

	LibraryClient desk;

	@BeforeEach
	void signIn() {
		desk = new LibraryClient(context, port);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.kiosque.media.RefusedUploads#all")
	void refusedThroughTheLibrarysForm(RefusedUploads file) throws Exception {
		long before = count();
		HttpResponse<String> answer = desk.upload(file.name(), file.bytes().make());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(file.status());
		assertThat(answer.body()).contains(file.sentence());
		assertThat(count()).as("nothing stored").isEqualTo(before);
		try (Stream<Path> left = Files.list(data.folder("media/incoming"))) {
			assertThat(left).as("no file left behind").isEmpty();
		}
	}

	@Test
	@ExtendWith(CwebpAvailable.class)
	void aLosslessWebpCutShortIsRefusedAsUnreadable() throws Exception {
		Path png = folder.resolve("source.png");
		Path webp = folder.resolve("source.webp");
		Files.write(png, PictureFiles.png(PictureFiles.grain(900, 600)));
		Process cwebp = new ProcessBuilder(CwebpAvailable.CWEBP.toString(), "-quiet", "-lossless", png.toString(), "-o",
				webp.toString())
			.start();
		assertThat(cwebp.waitFor()).isZero();
		long before = count();

		HttpResponse<String> answer = desk.upload("coupee.webp", RefusedUploads.cutShort(Files.readAllBytes(webp)));

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
		assertThat(answer.body()).contains("illisible ou abîmée");
		assertThat(count()).as("nothing stored").isEqualTo(before);
	}

	@Test
	@ExtendWith(ExiftoolAvailable.class)
	void aWholeCameraJpegWithAHarmlessWarningAndBytesAfterItsEndIsTaken() throws Exception {
		byte[] camera = PictureFiles.exiftool(PictureFiles.jpeg(PictureFiles.redOverBlue(1600, 1000), false), folder,
				"-Make=Canon", "-Model=EOS R6", "-EXIF:Orientation#=1", "-IPTC:Credit=Agence Kiosque",
				"-IPTC:By-line=Amina K.");
		// A few stray bytes before the end marker (the decoder warns "extraneous bytes",
		// the pixels are whole), and some padding after it, as some cameras and
		// transfers leave.
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.write(camera, 0, camera.length - 2);
		file.write(new byte[] { 0x00, 0x00, 0x00 });
		file.write(camera, camera.length - 2, 2);
		file.write(new byte[4096]);
		long before = count();

		HttpResponse<String> answer = desk.upload("appareil.jpg", file.toByteArray());

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
		assertThat(count()).isEqualTo(before + 1);
		assertThat(jdbc.sql("SELECT credit FROM picture WHERE id = ?")
			.param(LibraryClient.uploadedId(answer))
			.query(String.class)
			.single()).isEqualTo("Agence Kiosque");
	}

	@Test
	void aClientThatAsksFirstIsRefusedBeforeSendingTheFile() throws Exception {
		RawHttp.Answer answer = RawHttp.headOnly(port, "POST", MediaLibrary.PATH,
				Map.of("Host", "localhost", "Content-Type", "multipart/form-data; boundary=x", "Content-Length",
						String.valueOf(30 * 1024 * 1024), "Expect", "100-continue", "Accept-Language", "fr", "Accept",
						"text/html,application/xhtml+xml,*/*;q=0.8"));
		assertThat(answer.status()).as("no 100 Continue: the refusal comes first").isEqualTo(413);
		assertThat(answer.header("content-type")).as("the site's error page").startsWith("text/html");
		assertThat(answer.body()).contains("25 Mo au plus").contains("<html lang=\"fr\"");
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM picture").query(Long.class).single();
	}

}
