package org.kiosque.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.DatabaseAvailable;
import org.kiosque.support.KiosqueNode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What one running Kiosque cannot show: counts survive a restart, two nodes on one
 * PostgreSQL add up, and beacon mode counts the beacon rather than the page. Each test
 * starts whole extra Kiosques ({@link KiosqueNode}) on the run's database.
 */
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadCountsAcrossRestartsTests {

	@TempDir
	static Path dataDir;

	static KiosqueNode beaconNode;

	@AfterAll
	static void stopBeaconNode() {
		if (beaconNode != null) {
			beaconNode.close();
		}
	}

	@Test
	@Order(1)
	void aGracefulRestartKeepsEveryCount() throws Exception {
		long counted;
		long articleId;
		String path;
		// A node that would not flush for an hour: only the shutdown writes its counts.
		try (KiosqueNode node = KiosqueNode.start(dataDir, "--kiosque.reads.flush-interval=1h")) {
			var article = Readers.publish(node.bean(Newsdesk.class), "Avant le redémarrage " + System.nanoTime(), 66);
			articleId = article.id();
			path = article.path();
			counted = readers(node.port, path, 500);
			assertThat(stored(node, articleId)).isEqualTo(66); // all still in memory
			assertThat(Readers.printedReads(Readers.send(node.port, "GET", path, Readers.ROBOTS.get(0), Map.of())))
				.isEqualTo(String.valueOf(66 + counted));
		}
		// The same database, started again (in beacon mode, which the next test uses).
		KiosqueNode after = beaconNode();
		assertThat(stored(after, articleId)).isEqualTo(66 + counted);
		assertThat(Readers.printedReads(Readers.send(after.port, "GET", path, Readers.ROBOTS.get(0), Map.of())))
			.isEqualTo(String.valueOf(66 + counted));
	}

	@Test
	@Order(2)
	void inBeaconModeTheBeaconCountsAndThePageDoesNot() throws Exception {
		KiosqueNode node = beaconNode();
		var article = Readers.publish(node.bean(Newsdesk.class), "Derrière un cache " + System.nanoTime(), 0);
		var draft = node.bean(Newsdesk.class)
			.create(Readers.draft("Pas encore publié " + System.nanoTime(), ArticleStatus.DRAFT), 0);
		String beacon = "/r/" + article.id() + ".gif";

		HttpResponse<String> page = Readers.read(node.port, article.path());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<img src=\"" + beacon + "\" alt=\"\" width=\"1\" height=\"1\">");
		assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("kq_r="));

		HttpResponse<String> pixel = Readers.read(node.port, beacon);
		assertThat(pixel.statusCode()).isEqualTo(200);
		assertThat(pixel.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/gif");
		assertThat(pixel.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(pixel.body()).startsWith("GIF89a");
		Map<String, String> sameReader = Map.of("Cookie", Readers.readerCookie(pixel));
		Readers.send(node.port, "GET", beacon, Readers.BROWSER, sameReader); // a repeat
		Readers.send(node.port, "GET", beacon, Readers.ROBOTS.get(1), Map.of()); // a link
																					// previewer
		Readers.send(node.port, "HEAD", beacon, Readers.BROWSER, Map.of());
		Readers.send(node.port, "GET", beacon, Readers.BROWSER, Map.of("Sec-Purpose", "prefetch;prerender"));
		Readers.read(node.port, "/r/" + draft.id() + ".gif");
		Readers.read(node.port, beacon); // another reader
		node.bean(ReadLedger.class).flush();

		assertThat(stored(node, article.id())).isEqualTo(2);
		assertThat(stored(node, draft.id())).isZero();
		assertThat(Readers.printedReads(Readers.read(node.port, article.path()))).isEqualTo("2");

		// Many readers' beacons at once, while flushes (every 100 ms here) keep letting
		// the article go.
		long more = readers(node.port, beacon, 400);
		await().atMost(Duration.ofSeconds(10)).until(() -> stored(node, article.id()) >= 2 + more);
		assertThat(stored(node, article.id())).isEqualTo(2 + more);
		assertThat(Readers.printedReads(Readers.read(node.port, article.path()))).isEqualTo(String.valueOf(2 + more));
	}

	@Test
	@Order(3)
	void twoNodesOnOnePostgresqlAddUpExactlyAndKnowEachOthersReaders() throws Exception {
		assumeThat(KiosqueNode.onPostgres())
			.as("two nodes need a shared PostgreSQL: this test runs in the postgres-tests execution")
			.isTrue();
		try (KiosqueNode one = KiosqueNode.start(dataDir.resolve("one"));
				KiosqueNode two = KiosqueNode.start(dataDir.resolve("two"))) {
			var article = Readers.publish(one.bean(Newsdesk.class), "Deux serveurs, un compteur " + System.nanoTime(),
					0);
			int requests = 2000;
			ExecutorService pool = Readers.threads(32);
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < requests; i++) {
				int port = i % 2 == 0 ? one.port : two.port;
				answers.add(pool.submit(() -> Readers.read(port, article.path()).statusCode()));
			}
			for (Future<Integer> a : answers) {
				assertThat(a.get(5, TimeUnit.MINUTES)).isEqualTo(200);
			}
			pool.shutdown();
			// Each node prints the other's reads too, once both have flushed (a second
			// each).
			await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
				assertThat(Readers
					.printedReads(Readers.send(one.port, "GET", article.path(), Readers.ROBOTS.get(0), Map.of())))
					.isEqualTo("2 000");
				assertThat(Readers
					.printedReads(Readers.send(two.port, "GET", article.path(), Readers.ROBOTS.get(0), Map.of())))
					.isEqualTo("2 000");
			});
			assertThat(stored(one, article.id())).isEqualTo(requests);

			// A reader sent to the other node by the load balancer is the same reader
			// there.
			var first = Readers.read(one.port, article.path());
			var onTheOtherNode = Readers.send(two.port, "GET", article.path(), Readers.BROWSER,
					Map.of("Cookie", Readers.readerCookie(first)));
			assertThat(onTheOtherNode.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("kq_r="));
			one.bean(ReadLedger.class).flush();
			two.bean(ReadLedger.class).flush();
			assertThat(stored(one, article.id())).isEqualTo(requests + 1);
		}
	}

	static synchronized KiosqueNode beaconNode() {
		if (beaconNode == null) {
			// idle-after=0: every flush lets go of every article not being read at that
			// instant, so
			// the tests here also go through letting go and reading the stored total
			// again.
			beaconNode = KiosqueNode.start(dataDir, "--kiosque.reads.mode=beacon", "--kiosque.reads.idle-after=0s",
					"--kiosque.reads.flush-interval=100ms");
		}
		return beaconNode;
	}

	/**
	 * {@code n} new readers open {@code path} on the node, 16 at a time; returns how many
	 * were answered.
	 */
	static long readers(int port, String path, int n) throws Exception {
		ExecutorService pool = Readers.threads(16);
		List<Future<Integer>> answers = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			answers.add(pool.submit(() -> Readers.read(port, path).statusCode()));
		}
		long ok = 0;
		for (Future<Integer> a : answers) {
			if (a.get(2, TimeUnit.MINUTES) == 200) {
				ok++;
			}
		}
		pool.shutdown();
		assertThat(ok).isEqualTo(n);
		return ok;
	}

	static long stored(KiosqueNode node, long articleId) {
		return node.bean(JdbcClient.class)
			.sql("SELECT reads FROM read_total WHERE article_id = :id")
			.param("id", articleId)
			.query(Long.class)
			.single();
	}

}
