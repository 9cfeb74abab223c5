package org.kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the mail server unreachable, the site stays up: registration and reset answer
 * their usual page at once, the mail waits in the outbox, {@code /actuator/health} stays
 * UP, and the newsroom says what is wrong. Its own Kiosque, on its own database (so that
 * its sender, which cannot reach SMTP, never takes the shared context's mail), with small
 * per-source limits to check those too.
 */
@KiosqueTest
@DirtiesContext
class MailOutageTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	@DynamicPropertySource
	static void deadMailServer(DynamicPropertyRegistry registry) throws IOException {
		int closed;
		try (ServerSocket socket = new ServerSocket(0)) {
			closed = socket.getLocalPort();
		}
		int port = closed;
		registry.add("spring.mail.port", () -> port);
		String url = System.getProperty("spring.datasource.url", "");
		registry.add("spring.datasource.url", () -> url.startsWith("jdbc:postgresql:") ? url + "_outage"
				: "jdbc:h2:mem:kiosque-mail-outage;DB_CLOSE_DELAY=-1");
		registry.add("kiosque.data-dir", () -> "target/test-data-mail-outage");
		registry.add("kiosque.mail.retry-delay", () -> "1h");
		registry.add("kiosque.mail.per-source", () -> "2");
		registry.add("kiosque.mail.registrations-per-source", () -> "2");
	}

	@Test
	void resetAndRegistrationAnswerAsUsualAndTheMailWaits() {
		String email = "sans-courrier-" + System.nanoTime() + "@exemple.fr";
		var registered = new Browser(port).from("198.51.100.10")
			.submit("/register", "form#register",
					Map.of("email", email, "displayName", "Sans courrier", "password", "une phrase assez longue"));
		assertThat(registered.status()).isEqualTo(200);
		assertThat(registered.text()).contains("Vérifiez votre messagerie");

		var reset = new Browser(port).from("198.51.100.11")
			.submit("/password/forgot", "form#forgot", Map.of("email", email));
		assertThat(reset.status()).isEqualTo(200);
		assertThat(reset.text()).contains("Vérifiez votre messagerie");

		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE state = 'WAITING' AND attempts > 0")
				.query(Long.class)
				.single() >= 1);

		var health = new Browser(port).get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");

		// Metrics are for administrators only.
		var metrics = StaffSession.signedIn(context, port, Role.ADMIN).get("/actuator/prometheus");
		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("kiosque_mail_outbox_waiting").contains("kiosque_mail_outbox_failures");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			var newsroom = StaffSession.signedIn(context, port, Role.EDITOR).get("/newsroom");
			assertThat(newsroom.html().select(".newsroom-alert").text()).contains("Le courrier ne part plus");
		});
	}

	@Test
	void oneSourceRegistersAndMailsAFewTimesOnly() {
		String source = "198.51.100.20";
		long before = waitingMail();
		for (int i = 0; i < 2; i++) {
			var answer = new Browser(port).from(source)
				.submit("/register", "form#register",
						Map.of("email", "source-" + i + "-" + System.nanoTime() + "@exemple.fr", "displayName",
								"Source", "password", "une phrase assez longue"));
			assertThat(answer.status()).isEqualTo(200);
		}
		var third = new Browser(port).from(source)
			.submit("/register", "form#register", Map.of("email", "source-3-" + System.nanoTime() + "@exemple.fr",
					"displayName", "Source", "password", "une phrase assez longue"));
		assertThat(third.status()).isEqualTo(429);

		// Newsletter sign-ups from another source: its third address gets no mail.
		String other = "198.51.100.21";
		long atStart = waitingMail();
		for (int i = 0; i < 3; i++) {
			var answer = new Browser(port).from(other)
				.submit("/newsletter", "form.newsletter-form",
						Map.of("email", "lettre-" + i + "-" + System.nanoTime() + "@exemple.fr"));
			assertThat(answer.status()).isEqualTo(302);
		}
		assertThat(atStart - before).isEqualTo(2);
		assertThat(waitingMail() - atStart).isEqualTo(2);
	}

	private long waitingMail() {
		return jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE state IN ('WAITING', 'SENDING')")
			.query(Long.class)
			.single();
	}

}
