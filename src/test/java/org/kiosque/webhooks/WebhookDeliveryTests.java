package org.kiosque.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.comment.ApprovedCommentsForTests;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks over real HTTP, as an admin registers them and a receiving tool sees them: the
 * desk's actions and a comment's approval each reach a receiver (the JDK's HTTP server)
 * once, signed so that the receiver, checking with its own HMAC, trusts them; a receiver
 * failing is tried again and each attempt shows in the newsroom; a receiver that hangs
 * neither slows nor breaks the publication. The test settings allow 127.0.0.1 (refused by
 * default: {@link WebhookAddressTests}).
 */
@KiosqueTest
class WebhookDeliveryTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern HOOK = Pattern.compile("/newsroom/webhooks/([0-9]+)$");

	private static final Pattern ARTICLE = Pattern.compile("^/newsroom/articles/([0-9]+)");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleLedger ledger;

	private final List<Receiver> receivers = new ArrayList<>();

	private final List<Long> hooks = new ArrayList<>();

	private Browser admin;

	@AfterEach
	void removeHooks() {
		// Other test classes share the database: no hook of ours may hear their articles.
		Hooks registered = context.getBean(Hooks.class);
		hooks.forEach(registered::delete);
		receivers.forEach(Receiver::close);
	}

	@Test
	void eachEventReachesTheReceiverOnceSignedWithTheHooksSecret() throws Exception {
		Receiver receiver = receiver();
		Registered hook = register(receiver.url("/kiosque"), "article.published", "article.updated",
				"article.unpublished", "comment.approved");
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		String headline = "La crue de la Garonne " + System.nanoTime();

		long id = newArticle(editor, headline, "publish");
		JsonNode published = awaitEvent(receiver, id, "article.published");
		assertThat(published.path("article").path("headline").asString()).isEqualTo(headline);
		assertThat(published.path("article").path("status").asString()).isEqualTo("published");
		assertThat(published.path("article").path("revision").asInt()).isEqualTo(1);
		assertThat(published.path("article").path("url").asString()).endsWith(ledger.find(id).orElseThrow().path());
		assertThat(Instant.parse(published.path("occurredAt").asString())).isBefore(Instant.now().plusSeconds(1));

		act(editor, id, "save", Map.of("body", "Le fleuve baisse enfin."));
		JsonNode updated = awaitEvent(receiver, id, "article.updated");
		assertThat(updated.path("article").path("revision").asInt()).isEqualTo(2);

		String path = ledger.find(id).orElseThrow().path();
		long comment = ApprovedCommentsForTests.postAndApprove(context, port, path, "Capucine",
				"Merci pour ce suivi de la crue, heure par heure.");
		JsonNode approved = awaitEvent(receiver, id, "comment.approved");
		assertThat(approved.path("comment").path("id").asLong()).isEqualTo(comment);
		assertThat(approved.path("comment").path("author").asString()).isEqualTo("Capucine");
		assertThat(approved.path("comment").path("excerpt").asString()).startsWith("Merci pour ce suivi");

		act(editor, id, "unpublish", Map.of());
		JsonNode unpublished = awaitEvent(receiver, id, "article.unpublished");
		assertThat(unpublished.path("article").path("status").asString()).isEqualTo("unpublished");

		List<Receiver.Received> ours = ofArticle(receiver, id);
		assertThat(ours).extracting(r -> r.header("X-Kiosque-Event"))
			.containsExactly("article.published", "article.updated", "comment.approved", "article.unpublished");
		for (Receiver.Received r : ours) {
			assertThat(r.header("X-Kiosque-Signature")).as("signature of %s", r.text())
				.isEqualTo("sha256=" + hmac(hook.secret(), r.body()));
			assertThat(Long.parseLong(r.header("X-Kiosque-Timestamp")))
				.isBetween(Instant.now().minusSeconds(120).getEpochSecond(), Instant.now().getEpochSecond() + 1);
			assertThat(r.header("Content-Type")).startsWith("application/json");
		}
		assertThat(ours.stream().map(r -> json(r).path("id").asString()).distinct()).hasSize(4);

		Browser.Page page = admin.get("/newsroom/webhooks/" + hook.id());
		assertThat(page.html().select("#attempts tbody tr.succeeded .status").eachText()).contains("200");
		assertThat(page.html().select("#hook-state").text()).contains("en service");
	}

	@Test
	void aFailingReceiverIsTriedAgainAndEveryAttemptShowsInTheNewsroom() throws Exception {
		Receiver receiver = receiver().answering(500);
		Registered hook = register(receiver.url("/en-panne"), "article.published");
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);

		long id = newArticle(editor, "Reprise après panne " + System.nanoTime(), "publish");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(ofArticle(receiver, id)).hasSize(2));
		List<Receiver.Received> tries = ofArticle(receiver, id);
		assertThat(tries.get(1).body()).as("a retry sends the same bytes").isEqualTo(tries.get(0).body());
		assertThat(tries.get(1).header("X-Kiosque-Delivery")).isEqualTo(tries.get(0).header("X-Kiosque-Delivery"));
		assertThat(tries.get(1).header("X-Kiosque-Signature"))
			.isEqualTo("sha256=" + hmac(hook.secret(), tries.get(1).body()));

		// This delivery's rows only: the hook hears every article published meanwhile,
		// other tests' too (one shared application).
		String rows = "#attempts tbody tr[data-delivery=" + tries.get(0).header("X-Kiosque-Delivery") + "]";
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			Browser.Page page = admin.get("/newsroom/webhooks/" + hook.id());
			assertThat(page.html().select(rows + " .status").eachText()).containsExactly("200", "500");
			assertThat(page.html().select(rows + ".failed td").text()).contains("Erreur du récepteur 500");
		});
		assertThat(ofArticle(receiver, id)).as("a delivery that succeeded is not sent again").hasSize(2);
	}

	@Test
	void aReceiverThatHangsNeitherSlowsNorBreaksThePublication() throws Exception {
		Receiver receiver = receiver().hanging();
		Registered hook = register(receiver.url("/lent"), "article.published", "article.updated");
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		String headline = "Publié sans attendre " + System.nanoTime();
		Browser.Page form = editor.get("/newsroom/articles/new");

		long start = System.nanoTime();
		Browser.Page done = form.submit(editor, "form#editor",
				Map.of("headline", headline, "body", "Le texte.", "action", "publish"));
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(done.status()).isEqualTo(303);
		WebhookSettings settings = context.getBean(WebhookSettings.class);
		assertThat(took).as("the publication's answer").isLessThan(settings.timeout());
		long id = idOf(done);
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(new Browser(port).get(ledger.find(id).orElseThrow().path()).status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			Element attempt = admin.get("/newsroom/webhooks/" + hook.id()).html().selectFirst("#attempts tbody tr");
			assertThat(attempt).isNotNull();
			assertThat(attempt.select(".status").text()).isEqualTo("pas de réponse");
			assertThat(attempt.text()).contains("Timed out");
		});
		assertThat(ofArticle(receiver, id)).isNotEmpty();
	}

	@Test
	void anAddressThatIsNotHttpOrNoEventIsRefusedInFrench() {
		admin = StaffSession.signedIn(context, port, Role.ADMIN);
		Browser.Page ftp = postHook("ftp://exemple.fr/depot", "article.published");
		assertThat(ftp.status()).isEqualTo(422);
		assertThat(ftp.html().select("#url-problem").text()).contains("http:// ou https://");
		assertThat(ftp.html().select("#url").val()).isEqualTo("ftp://exemple.fr/depot");

		Browser.Page none = postHook("https://exemple.fr/hook");
		assertThat(none.status()).isEqualTo(422);
		assertThat(none.html().select("#events-problem").text()).contains("au moins un événement");

		Browser.Page editor = StaffSession.signedIn(context, port, Role.EDITOR).get("/newsroom/webhooks");
		assertThat(editor.status()).as("an editor may not see the hooks").isEqualTo(403);
	}

	// --- helpers ---

	record Registered(long id, String secret) {
	}

	private Receiver receiver() throws Exception {
		Receiver receiver = new Receiver();
		receivers.add(receiver);
		return receiver;
	}

	/** Registers a hook through the newsroom's form; its id and the secret shown once. */
	private Registered register(String url, String... events) {
		if (admin == null) {
			admin = StaffSession.signedIn(context, port, Role.ADMIN);
		}
		Browser.Page answer = postHook(url, events);
		assertThat(answer.status()).as("registration: %s", answer.text()).isEqualTo(302);
		Matcher m = HOOK.matcher(answer.location());
		assertThat(m.find()).as(answer.location()).isTrue();
		long id = Long.parseLong(m.group(1));
		hooks.add(id);
		Browser.Page page = admin.get(answer.location());
		String secret = page.html().select("#hook-secret").text();
		assertThat(secret).as("the secret shown once").startsWith("whsec_");
		assertThat(admin.get(answer.location()).html().select("#hook-secret")).as("and only once").isEmpty();
		return new Registered(id, secret);
	}

	private Browser.Page postHook(String url, String... events) {
		Browser.Page form = admin.get("/newsroom/webhooks");
		Element csrf = form.html().selectFirst("form#new-hook input[type=hidden]");
		StringBuilder body = new StringBuilder("url=" + enc(url));
		body.append('&').append(enc(csrf.attr("name"))).append('=').append(enc(csrf.val()));
		for (String event : events) {
			body.append("&events=").append(enc(event));
		}
		return admin.postEncoded("/newsroom/webhooks", body.toString());
	}

	private long newArticle(Browser editor, String headline, String action) {
		Browser.Page done = editor.get("/newsroom/articles/new")
			.submit(editor, "form#editor", Map.of("headline", headline, "body", "Premier texte.", "action", action));
		assertThat(done.status()).as("%s: %s", action, done.text()).isEqualTo(303);
		return idOf(done);
	}

	private void act(Browser editor, long id, String action, Map<String, String> changes) {
		Map<String, String> fields = new java.util.HashMap<>(changes);
		fields.put("action", action);
		Browser.Page done = editor.get("/newsroom/articles/" + id).submit(editor, "form#editor", fields);
		assertThat(done.status()).as("%s: %s", action, done.text()).isEqualTo(303);
	}

	private static long idOf(Browser.Page answer) {
		Matcher m = ARTICLE.matcher(answer.location());
		assertThat(m.find()).as("Location %s", answer.location()).isTrue();
		return Long.parseLong(m.group(1));
	}

	private static JsonNode awaitEvent(Receiver receiver, long articleId, String event) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(ofArticle(receiver, articleId))
				.anyMatch(r -> event.equals(r.header("X-Kiosque-Event"))));
		return ofArticle(receiver, articleId).stream()
			.filter(r -> event.equals(r.header("X-Kiosque-Event")))
			.map(WebhookDeliveryTests::json)
			.findFirst()
			.orElseThrow();
	}

	/** What the receiver got about this article (other tests' articles set aside). */
	static List<Receiver.Received> ofArticle(Receiver receiver, long articleId) {
		return receiver.received().stream().filter(r -> {
			JsonNode body = json(r);
			return body.path("article").path("id").asLong() == articleId
					|| body.path("comment").path("articleId").asLong() == articleId;
		}).toList();
	}

	static JsonNode json(Receiver.Received r) {
		return JSON.readTree(r.text());
	}

	/** The signature as a receiver computes it, with nothing of Kiosque's code. */
	static String hmac(String secret, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		byte[] expected = mac.doFinal(body);
		return HexFormat.of().formatHex(expected);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
