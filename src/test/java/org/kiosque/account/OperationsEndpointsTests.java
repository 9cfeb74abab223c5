package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kiosque.support.ApiClient;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The actuator: health is public and tells the status only; metrics need an admin's
 * session or an admin's API token (how Prometheus scrapes).
 */
@KiosqueTest
class OperationsEndpointsTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void healthIsPublicAndShowsTheStatusOnly() {
		for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			var health = new Browser(port).get(path);
			assertThat(health.status()).as(path).isEqualTo(200);
			assertThat(health.body()).as(path)
				.contains("\"status\":\"UP\"")
				.doesNotContain("components")
				.doesNotContain("details");
		}
	}

	@Test
	void metricsAreForAdminsSignedIn() {
		for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
				"/actuator/info", "/actuator")) {
			// A scraper without credentials gets 401, not a sign-in page it would parse.
			var stranger = new Browser(port).get(path);
			assertThat(stranger.status()).as("stranger, " + path).isEqualTo(401);
			assertThat(stranger.response().headers().allValues("Set-Cookie")).as("no session for a refusal, " + path)
				.isEmpty();
			assertThat(stranger.body()).doesNotContain("jvm_memory");
			assertThat(StaffSession.signedIn(context, port, Role.EDITOR).get(path).status()).as("editor, " + path)
				.isEqualTo(403);
		}
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		var prometheus = admin.get("/actuator/prometheus");
		assertThat(prometheus.status()).isEqualTo(200);
		assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
		assertThat(admin.get("/actuator/metrics").status()).isEqualTo(200);
	}

	@Test
	void prometheusScrapesWithAnAdminsTokenAndNothingElse() {
		ApiClient scraper = ApiClient.with(context, port, Role.ADMIN);
		ApiClient.Answer metrics = scraper.get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
		assertThat(metrics.response().headers().allValues("Set-Cookie")).as("stateless: no session made").isEmpty();
		assertThat(scraper.get("/actuator/metrics").status()).isEqualTo(200);

		ApiClient.Answer editor = ApiClient.with(context, port, Role.EDITOR).get("/actuator/prometheus");
		assertThat(editor.status()).isEqualTo(403);
		assertThat(editor.body()).doesNotContain("jvm_memory");
		ApiClient.Answer madeUp = new ApiClient(port, ApiTokens.PREFIX + "invente").get("/actuator/prometheus");
		assertThat(madeUp.status()).isEqualTo(401);
		assertThat(madeUp.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
		assertThat(madeUp.body()).contains("inconnu").doesNotContain("jvm_memory");
		// Health stays open to a load balancer, token or not.
		assertThat(scraper.get("/actuator/health").status()).isEqualTo(200);
	}

}
