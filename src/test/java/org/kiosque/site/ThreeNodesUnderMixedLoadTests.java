package org.kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.kiosque.support.DatabaseAvailable;
import org.kiosque.support.KiosqueNode;
import org.kiosque.support.KiosqueProcess;
import org.kiosque.support.Mailbox;
import org.kiosque.support.Nodes;
import org.kiosque.support.StaffSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Three nodes on one PostgreSQL through a mixed load, one of them killed
 * ({@code SIGKILL}) in the middle: readers on every node, comments on every node, an
 * editor whose one session publishes through every node, a scheduled article whose time
 * comes during the load, and an edition of the newsletter mailed by all three while the
 * third is killed. Nothing is done twice and nothing is lost, except what the design
 * accepts and says: the reads the killed node had counted in its last flush interval (at
 * most 1 s of its reads, <a href="../../../../../../docs/design/read-counting.md">read
 * counting</a>) and, for the few editions it had handed to the SMTP server without
 * recording them (at most its {@code workers}), a second copy with the same
 * {@code Message-ID} (<a href="../../../../../../docs/newsletter.md">newsletter</a>).
 * <p>
 * Two nodes run in the test JVM (their beans seed the load), the third in a JVM of its
 * own, because only a process dies without running a line more: closing an application
 * context, even without its shutdown hook, still stops its lifecycles (the last read
 * flush among them).
 */
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
class ThreeNodesUnderMixedLoadTests {

	static final int SUBSCRIBERS = 60;

	static final int COMMENTS_PER_NODE = 12;

	static final int READERS_PER_NODE = 2;

	/** What the killed node may lose of its reads: its flush interval, and the slack. */
	static final Duration READS_AT_RISK = Duration.ofSeconds(1).plusMillis(250);

	/** The killed node's sending threads: the most editions that may go twice. */
	static final int WORKERS = 2;

	@TempDir
	Path dataDir;

	@Test
	void nothingIsDoneTwiceOrLostWhenOneOfThreeNodesIsKilledUnderLoad() throws Exception {
		long start = System.nanoTime();
		String run = Long.toString(System.nanoTime(), 36);
		try (Hooked hooked = new Hooked();
				Nodes nodes = Nodes.onPostgres(dataDir, "three_nodes", "--kiosque.scheduling.enabled=true",
						"--kiosque.schedule.publish-check=1s", "--kiosque.reads.flush-interval=1s",
						"--kiosque.newsletter.daily=false", "--kiosque.newsletter.rate=3",
						"--kiosque.newsletter.workers=" + WORKERS, "--kiosque.newsletter.claim-batch=4",
						"--kiosque.newsletter.lease=3s", "--kiosque.newsletter.poll-interval=200ms",
						"--kiosque.comments.min-fill-time=0s", "--kiosque.comments.per-minute=1000",
						"--kiosque.comments.per-day=1000", "--kiosque.webhooks.allow-private-addresses=true",
						"--kiosque.webhooks.poll-interval=200ms", "--kiosque.webhooks.claim-timeout=5s",
						"--kiosque.webhooks.retry-delay=1s", "--spring.mail.host=127.0.0.1",
						"--spring.mail.port=" + Mailbox.PORT, "--kiosque.demo.enabled=false",
						"--kiosque.account.browser-setup=false", "--logging.file.name=",
						"--spring.main.banner-mode=off")) {
			// The first node makes the schema; the two others start side by side.
			KiosqueNode one = nodes.start("one");
			CompletableFuture<KiosqueProcess> starting = CompletableFuture
				.supplyAsync(() -> nodes.startProcess("three", List.of()));
			KiosqueNode two = nodes.start("two");
			KiosqueProcess three = starting.get(11, TimeUnit.MINUTES);
			long started = System.nanoTime();
			int[] ports = { one.port, two.port, three.port() };
			JdbcClient jdbc = one.bean(JdbcClient.class);

			// One session, signed in on the first node, used on all three.
			Browser admin = StaffSession.signedIn(one.context, one.port, Role.ADMIN);
			Browser[] desk = { admin, admin.at(two.port), admin.at(three.port()) };
			register(desk[1], hooked.url());
			seedSubscribers(jdbc, run);
			Newsdesk newsdesk = one.bean(Newsdesk.class);
			Newsdesk.Written read = newsdesk.create(
					article("Lue sur trois nœuds " + run, ArticleStatus.PUBLISHED, Instant.now().minusSeconds(60)), 0);
			Instant due = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
			Newsdesk.Written scheduled = newsdesk
				.create(article("Programmée sur trois nœuds " + run, ArticleStatus.SCHEDULED, due), 0);

			Load load = new Load(ports, read.path(), run);
			load.start();
			List<Long> published = new ArrayList<>();
			for (Browser node : desk) {
				published.add(publish(node, "Publiée par un nœud " + node.base() + " " + run));
			}
			await("the scheduled article to be published").atMost(Duration.ofSeconds(20))
				.until(() -> "PUBLISHED".equals(status(jdbc, scheduled.id())));
			// Sent from the second node, in the session made on the first.
			Browser.Page sent = desk[1].post("/newsroom/newsletter/send",
					Map.of("_csrf", csrf(desk[1], "/newsroom/newsletter")));
			assertThat(sent.location()).endsWith("done=sent");
			long edition = jdbc.sql("SELECT MAX(id) FROM edition").query(Long.class).single();

			String killed = await("the third node to be mailing the edition").atMost(Duration.ofSeconds(60))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> senderOf(jdbc, three.pid()), sender -> sender != null && holding(jdbc, edition, sender) > 0
						&& waiting(jdbc, edition) > WORKERS * 2);
			load.killedAt = System.nanoTime();
			three.kill();
			long killedAt = load.killedAt;
			// Handed to its workers, not recorded as sent: what may have gone already.
			Set<String> heldByKilled = recipients(jdbc,
					"SELECT s.email FROM delivery d JOIN subscriber s ON s.id = d.subscriber_id"
							+ " WHERE d.edition_id = ? AND d.state = 'SENDING' AND d.claimed_sender = ?",
					edition, killed);
			// Webhook deliveries in flight: the killed node's may have reached the hook
			// unrecorded, and go again (with the same event id) once their claim lapses.
			Set<String> hooksInFlight = Set
				.copyOf(jdbc.sql("SELECT event_id FROM webhook_deliveries WHERE state = 'SENDING'")
					.query(String.class)
					.list());

			await("the two others to finish the edition").atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.sql("SELECT COUNT(*) FROM delivery WHERE edition_id = ? AND state <> 'SENT'")
					.param(edition)
					.query(Long.class)
					.single() == 0);
			load.stop();

			// Comments: each answered one stored once, nothing stored that was not sent.
			Map<String, Long> storedComments = jdbc
				.sql("SELECT body, COUNT(*) FROM comment WHERE article_id = ? GROUP BY body")
				.param(read.id())
				.query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
				.list()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			assertThat(storedComments.values()).as("copies of each comment").allMatch(n -> n == 1);
			assertThat(storedComments.keySet()).containsAll(load.commentsAnswered)
				.allMatch(load.commentsSent::contains);

			// Publishing: once per click, the scheduled article once, each heard once by
			// the hook.
			for (long id : published) {
				assertThat(status(jdbc, id)).isEqualTo("PUBLISHED");
			}
			assertThat(jdbc.sql("SELECT COUNT(*) FROM article WHERE headline LIKE ?")
				.param("Publiée par un nœud %" + run)
				.query(Long.class)
				.single()).isEqualTo(3);
			List<Long> announced = new ArrayList<>(published);
			announced.add(scheduled.id());
			await("every publication delivered to the hook").atMost(Duration.ofSeconds(60))
				.until(() -> jdbc.sql("SELECT COUNT(*) FROM webhook_deliveries WHERE state <> 'DELIVERED'")
					.query(Long.class)
					.single() == 0);
			Map<Long, List<String>> events = hooked.published();
			for (long id : announced) {
				List<String> heard = events.get(id);
				assertThat(heard).as("article.published events of article %d", id).isNotEmpty();
				assertThat(Set.copyOf(heard)).as("one event for article %d", id).hasSize(1);
				if (heard.size() > 1) {
					assertThat(hooksInFlight).as("a repeat only of what was in flight at the kill")
						.contains(heard.get(0));
				}
			}

			// The edition: one, to every subscriber, one Message-ID each; a second copy
			// only for those the killed node had in hand, unrecorded.
			assertThat(jdbc.sql("SELECT COUNT(*) FROM edition").query(Long.class).single()).isEqualTo(1);
			Map<String, List<String>> ids = new HashMap<>();
			for (MimeMessage m : editionMails(run)) {
				ids.computeIfAbsent(m.getRecipients(Message.RecipientType.TO)[0].toString(), r -> new ArrayList<>())
					.add(m.getMessageID());
			}
			assertThat(ids).as("subscribers mailed").hasSize(SUBSCRIBERS);
			ids.forEach((reader, copies) -> assertThat(Set.copyOf(copies)).as("Message-IDs to %s", reader).hasSize(1));
			Set<String> twice = ids.entrySet()
				.stream()
				.filter(e -> e.getValue().size() > 1)
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
			assertThat(twice).as("mailed twice").isSubsetOf(heldByKilled).hasSizeLessThanOrEqualTo(WORKERS);

			// Reads: a graceful stop writes every read the two live nodes counted; the
			// killed node's are written but for its last flush interval; none twice.
			two.close();
			one.close();
			long finished = System.nanoTime();
			long stored = storedReads(nodes, read.id());
			long live = load.answered(0).size() + load.answered(1).size();
			List<Long> third = load.answered(2).stream().filter(t -> t <= killedAt).sorted().toList();
			long writtenByThird = stored - live;
			long atRisk = third.stream().filter(t -> killedAt - t <= READS_AT_RISK.toNanos()).count();
			assertThat(writtenByThird)
				.as("reads counted by the killed node (%d answered, %d in its last second)", third.size(), atRisk)
				.isBetween(third.size() - atRisk, third.size() + (long) READERS_PER_NODE);

			System.out.printf(
					"[three nodes] started in %.1f s; load %.1f s; reads answered %d + %d + %d (third killed), stored %d:"
							+ " the killed node lost %d; comments %d answered, %d stored; edition %d mails, %d in the killed"
							+ " node's hands, %d twice; whole test %.1f s%n",
					seconds(started - start), seconds(finished - started), load.answered(0).size(),
					load.answered(1).size(), third.size(), stored, third.size() - writtenByThird,
					load.commentsAnswered.size(), storedComments.size(), editionMails(run).size(), heldByKilled.size(),
					twice.size(), seconds(finished - start));
		}
	}

	/**
	 * Readers (each a new one: no cookie) and commenters on every node, until stopped;
	 * what each node answered, when.
	 */
	static final class Load {

		final int[] ports;

		final String path;

		final String run;

		final List<Queue<Long>> answered = List.of(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>(),
				new ConcurrentLinkedQueue<>());

		final Set<String> commentsSent = ConcurrentHashMap.newKeySet();

		final Set<String> commentsAnswered = ConcurrentHashMap.newKeySet();

		final AtomicBoolean stop = new AtomicBoolean();

		final List<Thread> threads = new CopyOnWriteArrayList<>();

		volatile long killedAt = Long.MAX_VALUE;

		private final HttpClient http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.connectTimeout(Duration.ofSeconds(5))
			.build();

		Load(int[] ports, String path, String run) {
			this.ports = ports;
			this.path = path;
			this.run = run;
		}

		void start() {
			for (int node = 0; node < ports.length; node++) {
				int n = node;
				for (int r = 0; r < READERS_PER_NODE; r++) {
					threads.add(Thread.ofVirtual().start(() -> read(n)));
				}
				threads.add(Thread.ofVirtual().start(() -> comment(n)));
			}
		}

		Queue<Long> answered(int node) {
			return answered.get(node);
		}

		private void read(int node) {
			while (!stop.get() && !(node == 2 && killedAt != Long.MAX_VALUE)) {
				try {
					HttpResponse<String> page = http.send(HttpRequest
						.newBuilder(URI.create("http://127.0.0.1:" + ports[node] + path))
						.header("User-Agent",
								"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36")
						.timeout(Duration.ofSeconds(30))
						.build(), HttpResponse.BodyHandlers.ofString());
					if (page.statusCode() == 200) {
						answered.get(node).add(System.nanoTime());
					}
				}
				catch (IOException killed) {
					// the third node, killed: its reader stops
				}
				catch (InterruptedException e) {
					return;
				}
			}
		}

		private void comment(int node) {
			Browser reader = new Browser(ports[node]).from("10.9." + node + ".1");
			for (int i = 0; i < COMMENTS_PER_NODE && !stop.get(); i++) {
				String body = "Commentaire " + i + " du nœud " + node + " " + run;
				try {
					Browser.Page page = reader.get(path);
					if (i == 0 && page.status() == 200) {
						// A read too (the next ones, with its cookie, repeat it).
						answered.get(node).add(System.nanoTime());
					}
					commentsSent.add(body);
					Browser.Page posted = page.submit(reader, "form.comment-form",
							Map.of("name", "Lecteur " + node, "email", "lecteur" + node + "@exemple.fr", "body", body));
					if (posted.status() == 302 || posted.status() == 303) {
						commentsAnswered.add(body);
					}
				}
				catch (IllegalStateException killed) {
					return; // the third node, killed
				}
			}
		}

		void stop() throws InterruptedException {
			stop.set(true);
			for (Thread t : threads) {
				t.join(Duration.ofSeconds(60));
			}
		}

	}

	/** A webhook receiver: the {@code article.published} events it got, by article. */
	static final class Hooked implements AutoCloseable {

		private final HttpServer server;

		private final Queue<String> bodies = new ConcurrentLinkedQueue<>();

		Hooked() throws IOException {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/", exchange -> {
				bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
				exchange.sendResponseHeaders(204, -1);
				exchange.close();
			});
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.start();
		}

		String url() {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/kiosque";
		}

		/** Event ids by article id, one per request received. */
		Map<Long, List<String>> published() {
			JsonMapper json = JsonMapper.builder().build();
			Map<Long, List<String>> byArticle = new HashMap<>();
			for (String body : bodies) {
				JsonNode event = json.readTree(body);
				if (event.path("event").asString().equals("article.published")) {
					byArticle.computeIfAbsent(event.path("article").path("id").asLong(), id -> new ArrayList<>())
						.add(event.path("id").asString());
				}
			}
			return byArticle;
		}

		@Override
		public void close() {
			server.stop(0);
		}

	}

	private static ArticleDraft article(String headline, ArticleStatus status, Instant time) {
		return new ArticleDraft(headline, "Le chapeau.", "Premier paragraphe.", null, List.of(), null, null,
				new LeadImage(null, null, null), status, time, true, null);
	}

	private static long publish(Browser desk, String headline) {
		Browser.Page done = desk.get("/newsroom/articles/new")
			.submit(desk, "form#editor", Map.of("headline", headline, "body", "Texte.", "action", "publish"));
		assertThat(done.status()).as("publish through %s", desk.base()).isEqualTo(303);
		return Long.parseLong(done.location().replaceAll("^/newsroom/articles/([0-9]+).*$", "$1"));
	}

	private static void register(Browser admin, String url) {
		Browser.Page registered = admin.post("/newsroom/webhooks",
				Map.of("_csrf", csrf(admin, "/newsroom/webhooks"), "url", url, "events", "article.published"));
		assertThat(registered.status()).as(registered.body()).isIn(200, 302, 303);
	}

	private static String csrf(Browser browser, String page) {
		return browser.get(page).html().selectFirst("input[name=_csrf]").val();
	}

	private static void seedSubscribers(JdbcClient jdbc, String run) {
		for (int i = 0; i < SUBSCRIBERS; i++) {
			jdbc.sql("""
					INSERT INTO subscriber (email, status, source, unsubscribe_token, created_at, confirmed_at)
					VALUES (?, 'CONFIRMED', 'import', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
				.params(address(run, i), "t-" + run + "-" + i)
				.update();
		}
	}

	private static String address(String run, int i) {
		return "trois-" + run + "-" + i + "@lecteurs.test";
	}

	/** The edition's mails to this run's subscribers received so far. */
	private static List<MimeMessage> editionMails(String run) {
		List<MimeMessage> mails = new ArrayList<>();
		for (MimeMessage m : Mailbox.server().getReceivedMessages()) {
			try {
				if (m.getRecipients(Message.RecipientType.TO)[0].toString().startsWith("trois-" + run + "-")) {
					mails.add(m);
				}
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}
		return mails;
	}

	private static String status(JdbcClient jdbc, long id) {
		return jdbc.sql("SELECT status FROM article WHERE id = ?").param(id).query(String.class).single();
	}

	/** The newsletter sender the process {@code pid} registered, if it has. */
	private static String senderOf(JdbcClient jdbc, long pid) {
		return jdbc.sql("SELECT id FROM newsletter_sender WHERE host LIKE ?")
			.param("% pid " + pid)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	/**
	 * Deliveries the sender has claimed and not yet recorded (a sent one names nobody).
	 */
	private static long holding(JdbcClient jdbc, long edition, String sender) {
		return jdbc
			.sql("SELECT COUNT(*) FROM delivery WHERE edition_id = ? AND state = 'SENDING' AND claimed_sender = ?")
			.params(edition, sender)
			.query(Long.class)
			.single();
	}

	private static long waiting(JdbcClient jdbc, long edition) {
		return jdbc.sql("SELECT COUNT(*) FROM delivery WHERE edition_id = ? AND state = 'WAITING'")
			.param(edition)
			.query(Long.class)
			.single();
	}

	private static Set<String> recipients(JdbcClient jdbc, String sql, Object... params) {
		return new HashSet<>(jdbc.sql(sql).params(params).query(String.class).list());
	}

	/** The stored total, read over plain JDBC once every node has stopped. */
	private static long storedReads(Nodes nodes, long article) throws Exception {
		try (var c = nodes.connect(); var q = c.prepareStatement("SELECT reads FROM read_total WHERE article_id = ?")) {
			q.setLong(1, article);
			try (var rs = q.executeQuery()) {
				return rs.next() ? rs.getLong(1) : 0;
			}
		}
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

}
