package org.kiosque.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kiosque.api.AdminApiAccessTests.assertProblem;

import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.ApiClient;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The documented limits: a body past 1 MB is refused with 413, a token past its requests
 * per minute with 429 and {@code Retry-After}, another token unaffected.
 */
@KiosqueTest
class ApiLimitsTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Value("${kiosque.api.tokens.requests-per-minute:300}")
	int perMinute;

	@Test
	void aBodyPastTheLimitIsRefusedWith413() {
		ApiClient api = ApiClient.with(context, port, Role.EDITOR);
		String body = "{\"headline\":\"Trop long\",\"body\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
		ApiClient.Answer answer = api.post("/api/admin/articles", body);
		assertProblem(answer, 413);
		assertThat(answer.json().get("detail").asString()).matches(".*1.?024 Ko.*");
	}

	@Test
	void aTokenPastItsRateIsToldWhenToComeBack() {
		ApiClient busy = ApiClient.with(context, port, Role.CONTRIBUTOR);
		ApiClient.Answer last = null;
		// Twice the limit at most: a minute may turn during the run.
		for (int i = 0; i <= 2 * perMinute; i++) {
			last = busy.get("/api/admin/tags");
			if (last.status() == 429) {
				break;
			}
			assertThat(last.status()).isEqualTo(200);
		}
		assertProblem(last, 429);
		assertThat(Integer.parseInt(last.header("Retry-After"))).isBetween(1, 60);
		assertThat(ApiClient.with(context, port, Role.CONTRIBUTOR).get("/api/admin/tags").status()).isEqualTo(200);
	}

}
