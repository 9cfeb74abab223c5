package org.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.ApiClient;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code POST /api/admin/media} takes a picture into the library as the library's form
 * does, and refuses what the library refuses, with the same statuses and French sentences
 * as {@link UploadRefusalTests}, leaving nothing behind.
 */
@KiosqueTest
class MediaApiTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	ApiClient api;

	@BeforeEach
	void token() {
		api = ApiClient.with(context, port, Role.CONTRIBUTOR);
	}

	@Test
	void aPictureIsTakenWithItsCaptionAndCredit() throws Exception {
		byte[] jpeg = PictureFiles.jpeg(PictureFiles.redOverBlue(800, 600), false);
		ApiClient.Answer answer = api.upload("/api/admin/media", "port.jpg", jpeg,
				Map.of("caption", "Le port d’Alger au matin", "credit", "Photo : K. L."));
		assertThat(answer.status()).as(answer.body()).isEqualTo(201);
		var picture = answer.json();
		assertThat(picture.get("width").asInt()).isEqualTo(800);
		assertThat(picture.get("height").asInt()).isEqualTo(600);
		assertThat(picture.get("caption").asString()).isEqualTo("Le port d’Alger au matin");
		assertThat(picture.get("credit").asString()).isEqualTo("Photo : K. L.");
		String url = picture.get("url").asString();
		assertThat(url).contains("/media/");
		var listed = api.get("/api/admin/media").json().get("items");
		assertThat(listed.values().stream().map(p -> p.get("id").asLong())).contains(picture.get("id").asLong());
		// The article takes it as its lead picture, with a focal point.
		ApiClient.Answer article = api.post("/api/admin/articles", "{\"headline\":\"Le port\",\"image\":{\"id\":"
				+ picture.get("id").asLong() + ",\"caption\":\"Au matin\",\"focalPoint\":{\"x\":300,\"y\":700}}}");
		assertThat(article.status()).as(article.body()).isEqualTo(201);
		var image = article.json().get("image");
		assertThat(image.get("id").asLong()).isEqualTo(picture.get("id").asLong());
		assertThat(image.get("caption").asString()).isEqualTo("Au matin");
		assertThat(image.get("focalPoint").get("x").asInt()).isEqualTo(300);
	}

	@Test
	void aDecompressionBombIsRefusedFromItsHeader() throws Exception {
		refused("bombe.png", PictureFiles.pngDeclaring(100_000, 100_000), 413, "50 mégapixels au plus");
	}

	@Test
	void aTextFileRenamedJpgIsNotAPicture() {
		byte[] text = "Ceci n'est pas une photo.\n".repeat(50).getBytes(StandardCharsets.UTF_8);
		refused("photo.jpg", text, 415, "n’est pas une image");
	}

	@Test
	void anEmptyFileIsNotAPicture() {
		refused("vide.jpg", new byte[0], 415, "n’est pas une image");
	}

	@Test
	void anUploadWithoutAFileAsksForOne() {
		long before = count();
		ApiClient.Answer answer = api.upload("/api/admin/media", null, new byte[0], Map.of("caption", "Rien"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(422);
		assertThat(answer.body()).contains("Choisissez un fichier");
		assertThat(count()).isEqualTo(before);
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
	void aPngWithBrokenPixelsCannotBeDecoded() throws Exception {
		byte[] png = PictureFiles.png(PictureFiles.redOverBlue(400, 300));
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

	private void refused(String name, byte[] bytes, int status, String sentence) {
		long before = count();
		ApiClient.Answer answer = api.upload("/api/admin/media", name, bytes, Map.of());
		assertThat(answer.status()).as(answer.body()).isEqualTo(status);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.json().get("detail").asString()).contains(sentence);
		assertThat(count()).as("nothing stored").isEqualTo(before);
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM picture").query(Long.class).single();
	}

}
