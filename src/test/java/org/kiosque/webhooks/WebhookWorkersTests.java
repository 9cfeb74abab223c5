package org.kiosque.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleLedger;
import org.kiosque.comment.ApprovedCommentsForTests;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several workers on one database (as several nodes are): besides the application's own
 * sender, two more drain the outbox side by side the whole time, and still every event of
 * every kind reaches the receiver exactly once, in one attempt. Meant for PostgreSQL (the
 * database of several nodes); runs on H2 too.
 */
@KiosqueTest
class WebhookWorkersTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Hooks hooks;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ArticleLedger ledger;

	private long hookId;

	private Receiver receiver;

	@AfterEach
	void removeHook() {
		hooks.delete(hookId);
		receiver.close();
	}

	@Test
	void eachEventIsDeliveredOnceWhateverTheNumberOfWorkers() throws Exception {
		receiver = new Receiver();
		Hooks.Registered hook = hooks
			.register(receiver.url("/deux-noeuds"),
					List.of("article.published", "article.updated", "article.unpublished", "comment.approved"), null)
			.registered();
		hookId = hook.id();
		AtomicBoolean stop = new AtomicBoolean();
		List<Thread> workers = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			WebhookSender other = new WebhookSender(jdbc, context.getBean(HookRepository.class),
					context.getBean(Courier.class), context.getBean(WebhookSettings.class), Clock.systemUTC(),
					new SimpleMeterRegistry());
			workers.add(Thread.ofPlatform().name("second-node-" + i).start(() -> {
				while (!stop.get()) {
					other.drain();
					Thread.onSpinWait();
				}
			}));
		}
		List<Long> articles = new ArrayList<>();
		try {
			Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
			for (int i = 0; i < 3; i++) {
				Browser.Page done = editor.get("/newsroom/articles/new")
					.submit(editor, "form#editor", Map.of("headline", "Deux rédactions, un envoi " + System.nanoTime(),
							"body", "Texte.", "action", "publish"));
				assertThat(done.status()).isEqualTo(303);
				long id = Long.parseLong(done.location().replaceAll("^/newsroom/articles/([0-9]+).*$", "$1"));
				articles.add(id);
				Browser.Page saved = editor.get("/newsroom/articles/" + id)
					.submit(editor, "form#editor", Map.of("body", "Texte revu.", "action", "save"));
				assertThat(saved.status()).isEqualTo(303);
				ApprovedCommentsForTests.postAndApprove(context, port, ledger.find(id).orElseThrow().path(), "Léa",
						"Un commentaire " + i);
				Browser.Page gone = editor.get("/newsroom/articles/" + id)
					.submit(editor, "form#editor", Map.of("action", "unpublish"));
				assertThat(gone.status()).isEqualTo(303);
			}
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(jdbc.sql("""
						SELECT COUNT(*) FROM webhook_deliveries WHERE hook_id = ? AND state <> 'DELIVERED'""")
					.param(hookId)
					.query(Long.class)
					.single()).isZero());
		}
		finally {
			stop.set(true);
			for (Thread worker : workers) {
				worker.join();
			}
		}
		List<Receiver.Received> ours = articles.stream()
			.flatMap(id -> WebhookDeliveryTests.ofArticle(receiver, id).stream())
			.toList();
		Map<String, Long> perEvent = ours.stream()
			.collect(Collectors.groupingBy(r -> WebhookDeliveryTests.json(r).path("id").asString(),
					Collectors.counting()));
		assertThat(perEvent).as("each event received once").allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
		assertThat(
				ours.stream().collect(Collectors.groupingBy(r -> r.header("X-Kiosque-Event"), Collectors.counting())))
			.containsExactlyInAnyOrderEntriesOf(Map.of("article.published", 3L, "article.updated", 3L,
					"comment.approved", 3L, "article.unpublished", 3L));
		assertThat(jdbc.sql("SELECT attempts FROM webhook_deliveries WHERE hook_id = ?")
			.param(hookId)
			.query(Integer.class)
			.list()).hasSize(12).allMatch(n -> n == 1);
	}

}
