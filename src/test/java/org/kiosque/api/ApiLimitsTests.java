package org.kiosque.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.kiosque.api.AdminApiAccessTests.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.ApiClient;
import org.kiosque.support.KiosqueNode;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.SecondNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The documented limits: a body past 1 MB is refused with 413, a token past its requests
 * per minute with 429 and {@code Retry-After}, another token unaffected; and the count is
 * one for the whole site, whichever node each request reaches.
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

	@Test
	void twoNodesCountATokensRequestsAsOne() {
		// A second node on this run's database (H2 in this JVM, or PostgreSQL), with the
		// same limit (the same test settings): requests alternate between the two.
		KiosqueNode other = SecondNode.beside(context);
		assertThat(other.context.getEnvironment()
			.getProperty("kiosque.api.tokens.requests-per-minute", Integer.class, 300)).isEqualTo(perMinute);
		String token = ApiClient.token(context, Role.CONTRIBUTOR);
		List<ApiClient> nodes = List.of(new ApiClient(port, token), new ApiClient(other.port, token));
		// A minute may turn during a round; the next round then stays within one.
		for (int round = 0; round < 2; round++) {
			long minute = Instant.now().getEpochSecond() / 60;
			int admitted = 0;
			ApiClient.Answer last = null;
			for (int i = 0; i <= 2 * perMinute; i++) {
				last = nodes.get(i % 2).get("/api/admin/tags");
				if (last.status() != 200) {
					break;
				}
				admitted++;
			}
			assertProblem(last, 429);
			if (Instant.now().getEpochSecond() / 60 == minute) {
				// Counted per node, each would have let the limit through: twice as
				// many.
				assertThat(admitted).as("requests admitted on two nodes in one minute").isEqualTo(perMinute);
				return;
			}
			// This minute holds some of the round's requests: the next starts afresh.
			long turned = Instant.now().getEpochSecond() / 60;
			await().atMost(Duration.ofSeconds(61))
				.pollInterval(Duration.ofMillis(200))
				.until(() -> Instant.now().getEpochSecond() / 60 > turned);
		}
		throw new AssertionError("two minutes turned during two rounds");
	}

}
