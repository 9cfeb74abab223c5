package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.Browser;
import org.kiosque.support.DatabaseAvailable;
import org.kiosque.support.KiosqueNode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What one running Kiosque cannot show: two nodes on one PostgreSQL racing on the same
 * due articles publish each exactly once, and a node that was down when an article's time
 * came publishes it as soon as it is back. The nodes ({@link KiosqueNode}) get a database
 * of their own, so that the shared test context's schedule does not join in.
 */
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
class ScheduledPublicationAcrossNodesTests {

	/**
	 * Each test's database: what one leaves (a publication cut by a stop) stays there.
	 */
	private static final String RACE = "schedule_race";

	private static final String CATCH_UP = "schedule_catch_up";

	@TempDir
	static Path dataDir;

	@AfterAll
	static void dropDatabase() throws SQLException {
		KiosqueNode.dropOwnDatabase(RACE);
		KiosqueNode.dropOwnDatabase(CATCH_UP);
	}

	@Test
	void twoNodesRacingOnFiftyDueArticlesPublishEachExactlyOnce() throws Exception {
		assumeThat(KiosqueNode.onPostgres())
			.as("two nodes need a shared PostgreSQL: this test runs in the postgres-tests execution")
			.isTrue();
		String[] settings = settings(RACE, dataDir, "--kiosque.test.hear-article-changes=true");
		try (KiosqueNode one = KiosqueNode.start(dataDir.resolve("one"), settings);
				KiosqueNode two = KiosqueNode.start(dataDir.resolve("two"), settings)) {
			int[] nodes = { HeardPublications.node(one), HeardPublications.node(two) };
			// Fifty articles whose time has just passed, while neither node checks on its
			// own (kiosque.scheduling.enabled=false): the test starts the checks, all at
			// once.
			Instant time = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
			List<Long> ids = new ArrayList<>();
			for (int i = 0; i < 50; i++) {
				ids.add(one.bean(Newsdesk.class)
					.create(ScheduledPublicationTests.scheduled("Course " + i + " " + System.nanoTime(), time), 0)
					.id());
			}
			awaitEveryListener(one);
			HeardPublications.forget(nodes);

			int checks = 8;
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(checks);
			List<Future<Integer>> published = new ArrayList<>();
			for (int i = 0; i < checks; i++) {
				PublicationSchedule node = (i % 2 == 0 ? one : two).bean(PublicationSchedule.class);
				published.add(pool.submit(() -> {
					start.await();
					return node.publishDue() + node.publishDue();
				}));
			}
			start.countDown();
			int total = 0;
			for (Future<Integer> f : published) {
				total += f.get(2, TimeUnit.MINUTES);
			}
			pool.shutdown();

			assertThat(total).as("articles the checks say they published").isEqualTo(50);
			JdbcClient jdbc = one.bean(JdbcClient.class);
			assertThat(jdbc
				.sql("SELECT COUNT(*) FROM article WHERE id IN (:ids) AND status = 'PUBLISHED'"
						+ " AND published_at = :time")
				.param("ids", ids)
				.param("time", time.atOffset(java.time.ZoneOffset.UTC))
				.query(Long.class)
				.single()).isEqualTo(50);
			awaitEveryListener(one);
			Map<Integer, Integer> byNode = new TreeMap<>();
			for (long id : ids) {
				List<ScheduledArticlePublished> told = HeardPublications.publications(id, nodes);
				assertThat(told).as("publications of article %d", id).hasSize(1);
				assertThat(told.get(0).scheduledFor()).isEqualTo(time);
				assertThat(told.get(0).publishedAt()).isAfterOrEqualTo(time);
				assertThat(HeardPublications.changes(id, nodes)).as("changes of article %d", id).isEqualTo(1);
				byNode.merge(HeardPublications.publishers(id, nodes).get(0), 1, Integer::sum);
			}
			assertThat(byNode.keySet()).isSubsetOf(nodes[0], nodes[1]);
			System.out.printf("Two nodes, 50 due articles, %d checks at once: published by node %s%n", checks, byNode);
		}
	}

	@Test
	void aNodeThatWasDownAtTheTimePublishesTheArticleWhenItComesBack() throws Exception {
		Path dir = dataDir.resolve("catch-up");
		Instant time;
		Newsdesk.Written article;
		int down;
		try (KiosqueNode before = KiosqueNode.start(dir, settings(CATCH_UP, dir))) {
			down = HeardPublications.node(before);
			time = Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
			article = before.bean(Newsdesk.class)
				.create(ScheduledPublicationTests.scheduled("Pendant la panne " + System.nanoTime(), time), 0);
		}
		// No node runs when its time comes.
		await().atMost(Duration.ofSeconds(30)).until(() -> Instant.now().isAfter(time));
		assertThat(status(dir, article.id())).isEqualTo("SCHEDULED");

		try (KiosqueNode after = KiosqueNode.start(dir,
				settings(CATCH_UP, dir, "--kiosque.scheduling.enabled=true", "--kiosque.schedule.publish-check=30s"))) {
			int back = HeardPublications.node(after);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> HeardPublications.publications(article.id(), down, back).size() == 1);
			ScheduledArticlePublished told = HeardPublications.publications(article.id(), down, back).get(0);
			assertThat(HeardPublications.publishers(article.id(), down, back)).containsExactly(back);
			assertThat(told.scheduledFor()).isEqualTo(time);
			assertThat(told.publishedAt()).isAfter(time);
			assertThat(status(dir, article.id())).isEqualTo("PUBLISHED");
			assertThat(new Browser(after.port).get(article.path()).status()).isEqualTo(200);
			// Asked again, the schedule has nothing more to do.
			assertThat(after.bean(PublicationSchedule.class).publishDue()).isZero();
			assertThat(HeardPublications.publications(article.id(), down, back)).hasSize(1);
			System.out.printf("Caught up at start: published %d ms after its time (the node was down then)%n",
					Duration.between(time, told.publishedAt()).toMillis());
		}
	}

	/**
	 * The settings of a node on the database {@code name} (on H2, the one under
	 * {@code dir}), and {@code more}.
	 */
	private static String[] settings(String name, Path dir, String... more) throws SQLException {
		List<String> settings = new ArrayList<>(List.of(KiosqueNode.ownDatabase(dir, name)));
		settings.addAll(List.of(more));
		return settings.toArray(String[]::new);
	}

	/**
	 * Waits until every listener of every event told so far has run: the registry deletes
	 * a publication once all its listeners are done.
	 */
	private static void awaitEveryListener(KiosqueNode node) {
		JdbcClient jdbc = node.bean(JdbcClient.class);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM event_publication").query(Long.class).single() == 0);
	}

	private static String status(Path dir, long id) throws SQLException {
		try (Connection c = KiosqueNode.connectOwnDatabase(dir, CATCH_UP);
				PreparedStatement q = c.prepareStatement("SELECT status FROM article WHERE id = ?")) {
			q.setLong(1, id);
			try (ResultSet rs = q.executeQuery()) {
				rs.next();
				return rs.getString(1);
			}
		}
	}

}
