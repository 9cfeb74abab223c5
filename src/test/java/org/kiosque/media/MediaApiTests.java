package org.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
 * as the library's form (one table, {@link RefusedUploads}), leaving nothing behind; an
 * upload without a file part at all asks for one.
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

	@ParameterizedTest(name = "{0}")
	@MethodSource("org.kiosque.media.RefusedUploads#all")
	void refusedAsTheLibraryRefusesIt(RefusedUploads file) throws Exception {
		long before = count();
		ApiClient.Answer answer = api.upload("/api/admin/media", file.name(), file.bytes().make(), Map.of());
		assertThat(answer.status()).as(answer.body()).isEqualTo(file.status());
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.json().get("detail").asString()).contains(file.sentence());
		assertThat(count()).as("nothing stored").isEqualTo(before);
	}

	@Test
	void anUploadWithoutAFileAsksForOne() {
		long before = count();
		ApiClient.Answer answer = api.upload("/api/admin/media", null, new byte[0], Map.of("caption", "Rien"));
		assertThat(answer.status()).as(answer.body()).isEqualTo(422);
		assertThat(answer.body()).contains("Choisissez un fichier");
		assertThat(count()).isEqualTo(before);
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM picture").query(Long.class).single();
	}

}
