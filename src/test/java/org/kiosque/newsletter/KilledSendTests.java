package org.kiosque.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.DatabaseAvailable;
import org.kiosque.support.KiosqueProcess;
import org.kiosque.support.Mailbox;

/**
 * {@code newsletter send} killed ({@code SIGKILL}) in the middle of an edition, then run
 * again: the second run finishes the edition, taking over what the dead one had claimed
 * as soon as its lease lapsed. Each subscriber ends with exactly one copy, except the few
 * that the SMTP server had accepted from the dead process before it could record them (at
 * most one per worker; on H2, also those of the records its kill undid): those get a
 * second copy with the same Message-ID. Two real processes, on an H2 file or on a
 * PostgreSQL schema of their own, sending to the tests' SMTP server.
 */
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
class KilledSendTests {

	static final int SUBSCRIBERS = 300;

	static final int KILL_AFTER = 50;

	static final int WORKERS = 4;

	@TempDir
	Path data;

	String schema;

	@AfterEach
	void dropSchema() throws SQLException {
		if (schema != null) {
			try (Connection c = connect(); Statement s = c.createStatement()) {
				s.execute("DROP SCHEMA " + schema + " CASCADE");
			}
		}
	}

	@Test
	void aSendKilledMidEditionIsFinishedByTheNextSendWithOneCopyEachAndTheSameMessageIdForTheFewInFlight()
			throws Exception {
		long start = System.nanoTime();
		String who = "reprise-" + System.nanoTime();
		List<String> readers = new ArrayList<>();
		for (int i = 0; i < SUBSCRIBERS; i++) {
			readers.add(who + "-" + i + "@lecteurs.test");
		}
		seed(readers);
		long seeded = System.nanoTime();

		// Slow enough (20 messages/s) to be killed with most of the edition still to go.
		KiosqueProcess first = KiosqueProcess.command(data, jvm(),
				settings("newsletter", "send", "--kiosque.newsletter.rate=20"));
		try {
			await("the first send to mail " + KILL_AFTER + " readers").atMost(Duration.ofMinutes(3))
				.pollInterval(Duration.ofMillis(20))
				.until(() -> {
					assertThat(first.alive()).as("the first send still running:\n%s", first.log()).isTrue();
					return received(readers).size() >= KILL_AFTER;
				});
		}
		finally {
			first.kill();
		}
		long killed = System.nanoTime();
		Map<String, Integer> atKill = counts(received(readers));
		Set<String> recorded = sentInDatabase();
		// Accepted by the SMTP server, not recorded: the copies in flight at the kill.
		Set<String> inFlight = new HashSet<>(atKill.keySet());
		inFlight.removeAll(recorded);
		assertThat(atKill.size()).as("mailed before the kill").isBetween(KILL_AFTER, SUBSCRIBERS - 100);
		assertThat(recorded).as("recorded as sent, all of them received").isSubsetOf(atKill.keySet());

		KiosqueProcess second = KiosqueProcess.command(data, jvm(), settings("newsletter", "send"));
		int status = second.waitFor(Duration.ofMinutes(4));
		long finished = System.nanoTime();

		assertThat(status).as(second.log()).isZero();
		assertThat(second.log()).contains("(reprise, laissée inachevée)");
		List<MimeMessage> all = received(readers);
		Map<String, List<String>> ids = new HashMap<>();
		for (MimeMessage m : all) {
			ids.computeIfAbsent(recipient(m), r -> new ArrayList<>()).add(Fixtures.messageId(m));
		}
		assertThat(ids.keySet()).as("every reader mailed").containsExactlyInAnyOrderElementsOf(readers);
		Set<String> twice = ids.entrySet()
			.stream()
			.filter(e -> e.getValue().size() > 1)
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		assertThat(twice).as("readers mailed twice: exactly those in flight at the kill").isEqualTo(inFlight);
		// One per worker; on H2 the kill also undoes the records of its last fraction of
		// a
		// second (H2 writes them to its file in the background): at 20 messages/s, a few
		// more.
		assertThat(inFlight.size()).as("in flight at the kill")
			.isLessThanOrEqualTo(onPostgres() ? WORKERS : WORKERS + 20);
		ids.forEach((reader, messageIds) -> {
			assertThat(messageIds).as(reader).hasSizeLessThanOrEqualTo(2);
			assertThat(Set.copyOf(messageIds)).as("the same Message-ID for " + reader).hasSize(1);
		});
		assertThat(sentInDatabase()).containsExactlyInAnyOrderElementsOf(readers);

		System.out.printf(
				"[newsletter send killed] %d subscribers: seeding %.1f s; first send killed after %d mails (%d in flight) at %.1f s; "
						+ "second send (JVM start included) %.1f s; whole test %.1f s%n",
				SUBSCRIBERS, seconds(seeded - start), atKill.size(), inFlight.size(), seconds(killed - seeded),
				seconds(finished - killed), seconds(finished - start));
	}

	/**
	 * The schema, by the application's own migrations, then the readers (confirmed) and
	 * one article published now, as an import would leave them.
	 */
	private void seed(List<String> readers) throws SQLException {
		if (onPostgres()) {
			schema = "kiosque_reprise_" + System.nanoTime();
			try (Connection c = DriverManager.getConnection(postgresUrl(), user(), "");
					Statement s = c.createStatement()) {
				s.execute("CREATE SCHEMA " + schema);
			}
		}
		Flyway.configure()
			.dataSource(url(), user(), "")
			.locations("classpath:db/migration/common",
					"classpath:db/migration/" + (onPostgres() ? "postgresql" : "h2"))
			.load()
			.migrate();
		try (Connection c = connect()) {
			c.setAutoCommit(false);
			try (PreparedStatement insert = c.prepareStatement("""
					INSERT INTO subscriber (email, status, source, unsubscribe_token, created_at, confirmed_at)
					VALUES (?, 'CONFIRMED', 'import', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")) {
				for (String reader : readers) {
					insert.setString(1, reader);
					insert.setString(2, "t" + reader.hashCode() + "-" + System.nanoTime());
					insert.addBatch();
				}
				insert.executeBatch();
			}
			try (Statement s = c.createStatement()) {
				s.execute(
						"""
								INSERT INTO article (slug, headline, body_markdown, body_html, status, published_at, time_known,
								    created_at, updated_at)
								VALUES ('edition-interrompue', 'Une édition interrompue', 'Texte.', '<p>Texte.</p>', 'PUBLISHED',
								    CURRENT_TIMESTAMP, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""");
			}
			c.commit();
		}
	}

	/** The readers whose delivery the database holds as sent. */
	private Set<String> sentInDatabase() throws SQLException {
		Set<String> sent = new HashSet<>();
		try (Connection c = connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(
						"SELECT s.email FROM delivery d JOIN subscriber s ON s.id = d.subscriber_id WHERE d.state = 'SENT'")) {
			while (rs.next()) {
				sent.add(rs.getString(1));
			}
		}
		return sent;
	}

	private String[] settings(String... words) {
		List<String> all = new ArrayList<>(List.of(words));
		all.addAll(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + Mailbox.PORT,
				"--kiosque.newsletter.workers=" + WORKERS, "--kiosque.newsletter.lease=2s",
				"--kiosque.newsletter.poll-interval=200ms", "--kiosque.demo.enabled=false"));
		return all.toArray(String[]::new);
	}

	private List<String> jvm() {
		List<String> options = new ArrayList<>();
		if (onPostgres()) {
			options.addAll(List.of("-Dspring.profiles.active=postgres", "-Dspring.datasource.url=" + url(),
					"-Dspring.datasource.username=" + user(), "-Dspring.datasource.password="));
		}
		return options;
	}

	private static List<MimeMessage> received(List<String> readers) {
		Set<String> ours = Set.copyOf(readers);
		List<MimeMessage> found = new ArrayList<>();
		for (MimeMessage m : Mailbox.server().getReceivedMessages()) {
			if (ours.contains(recipient(m))) {
				found.add(m);
			}
		}
		return found;
	}

	private static Map<String, Integer> counts(List<MimeMessage> messages) {
		Map<String, Integer> counts = new HashMap<>();
		messages.forEach(m -> counts.merge(recipient(m), 1, Integer::sum));
		return counts;
	}

	private static String recipient(MimeMessage m) {
		try {
			var to = m.getRecipients(Message.RecipientType.TO);
			return to == null || to.length == 0 ? "" : ((jakarta.mail.internet.InternetAddress) to[0]).getAddress();
		}
		catch (Exception e) {
			return "";
		}
	}

	private Connection connect() throws SQLException {
		return DriverManager.getConnection(url(), user(), "");
	}

	private String url() {
		if (onPostgres()) {
			return postgresUrl() + "?currentSchema=" + schema;
		}
		return "jdbc:h2:file:" + data.resolve("db/kiosque").toAbsolutePath() + ";AUTO_SERVER=TRUE";
	}

	private static String postgresUrl() {
		return System.getProperty("spring.datasource.url", "").replaceAll("\\?.*", "");
	}

	private static String user() {
		return onPostgres() ? System.getProperty("spring.datasource.username", "postgres") : "sa";
	}

	private static boolean onPostgres() {
		return System.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

}
