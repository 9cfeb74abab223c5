package org.kiosque.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosque.api.AdminApiAccessTests.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.ApiClient;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A tool that retries a POST with the same {@code Idempotency-Key} gets the first answer
 * again, not a second article or picture; the same key with another body is refused; keys
 * are the token's own.
 */
@KiosqueTest
class IdempotencyTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRetriedPostReturnsTheFirstAnswerAndMakesNoSecondArticle() {
		ApiClient api = ApiClient.with(context, port, Role.EDITOR);
		String key = "election-" + System.nanoTime();
		String body = "{\"headline\":\"Résultats du premier tour " + key + "\"}";
		ApiClient.Answer first = api.post("/api/admin/articles", body, "Idempotency-Key", key);
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		long before = articles();
		ApiClient.Answer retry = api.post("/api/admin/articles", body, "Idempotency-Key", key);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
		assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
		assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
		assertThat(articles()).isEqualTo(before);
		ApiClient.Answer other = api.post("/api/admin/articles", "{\"headline\":\"Autre chose\"}", "Idempotency-Key",
				key);
		assertProblem(other, 422);
		assertThat(articles()).isEqualTo(before);
		// Another token's key of the same name is its own.
		ApiClient.Answer elsewhere = ApiClient.with(context, port, Role.EDITOR)
			.post("/api/admin/articles", body, "Idempotency-Key", key);
		assertThat(elsewhere.status()).isEqualTo(201);
		assertThat(elsewhere.json().get("id").asLong()).isNotEqualTo(first.json().get("id").asLong());
	}

	@Test
	void aRetriedUploadKeepsOnePicture() {
		ApiClient api = ApiClient.with(context, port, Role.CONTRIBUTOR);
		byte[] png = Pictures.png();
		String key = "photo-" + System.nanoTime();
		ApiClient.Answer first = api.upload("/api/admin/media", "une.png", png, Map.of("caption", "La une"),
				"Idempotency-Key", key);
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		long before = pictures();
		ApiClient.Answer retry = api.upload("/api/admin/media", "une.png", png, Map.of("caption", "La une"),
				"Idempotency-Key", key);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
		assertThat(pictures()).isEqualTo(before);
	}

	@Test
	void aKeyThatIsNoKeyIsRefused() {
		ApiClient api = ApiClient.with(context, port, Role.EDITOR);
		assertProblem(api.post("/api/admin/articles", "{\"headline\":\"x\"}", "Idempotency-Key", "x".repeat(201)), 400);
	}

	private long articles() {
		return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
	}

	private long pictures() {
		return jdbc.sql("SELECT COUNT(*) FROM picture").query(Long.class).single();
	}

}
