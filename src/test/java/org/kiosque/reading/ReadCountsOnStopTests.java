package org.kiosque.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.DatabaseAvailable;
import org.kiosque.support.KiosqueProcess;

/**
 * A real process stopped the way a service manager stops it ({@code SIGTERM}) writes
 * every read it counted: the JVM's exit hooks (the database's own among them) must not
 * get ahead of the last flush.
 */
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
class ReadCountsOnStopTests {

	@TempDir
	Path dataDir;

	@Test
	void aStoppedServerHasWrittenEveryRead() throws Exception {
		String slug = "arret-" + System.nanoTime();
		long id;
		try (KiosqueProcess server = KiosqueProcess.start(dataDir, KiosqueProcess.runDatabase(),
				"--kiosque.reads.flush-interval=1h", "--logging.file.name=", "--kiosque.scheduling.enabled=false",
				"--spring.main.banner-mode=off",
				"--spring.modulith.events.republish-outstanding-events-on-restart=false")) {
			id = publish(slug);
			for (int i = 0; i < 40; i++) {
				assertThat(Readers.read(server.port(), "/article/" + slug).statusCode()).isEqualTo(200);
			}
			assertThat(total(id)).isEqualTo(66); // a flush an hour away: the 40 are only
													// in memory

			assertThat(server.stop(Duration.ofSeconds(60))).as("stopped within a minute").isTrue(); // SIGTERM
			// Written, or (when the database closed itself first, as embedded H2 does on
			// exit) kept on disk.
			Path kept = dataDir.resolve("reads");
			boolean onDisk = Files.isDirectory(kept) && Files.list(kept).anyMatch(f -> f.toString().endsWith(".reads"));
			assertThat(total(id) == 66 + 40 || total(id) == 66 && onDisk).as(server.log()).isTrue();
		}
		// The next start adds what was kept: every read is there.
		try (KiosqueNode again = KiosqueNode.start(dataDir)) {
			assertThat(ReadCountsAcrossRestartsTests.stored(again, id)).isEqualTo(66 + 40);
			assertThat(Readers.printedReads(
					Readers.send(again.port, "GET", "/article/" + slug, Readers.ROBOTS.get(0), java.util.Map.of())))
				.isEqualTo("106");
		}
		assertThat(
				Files.isDirectory(dataDir.resolve("reads")) ? Files.list(dataDir.resolve("reads")).toList() : List.of())
			.isEmpty();
	}

	/** The article as an import would leave it, written the way the bench script does. */
	private long publish(String slug) throws SQLException {
		try (Connection c = connect()) {
			try (PreparedStatement insert = c.prepareStatement("""
					INSERT INTO article (slug, headline, body_markdown, body_html, status, published_at, time_known,
					    created_at, updated_at)
					VALUES (?, ?, 'Texte.', '<p>Texte.</p>', 'PUBLISHED', CURRENT_TIMESTAMP, TRUE, CURRENT_TIMESTAMP,
					    CURRENT_TIMESTAMP)
					""")) {
				insert.setString(1, slug);
				insert.setString(2, "Avant l’arrêt " + slug);
				insert.executeUpdate();
			}
			long id;
			try (PreparedStatement find = c.prepareStatement("SELECT id FROM article WHERE slug = ?")) {
				find.setString(1, slug);
				try (ResultSet rs = find.executeQuery()) {
					rs.next();
					id = rs.getLong(1);
				}
			}
			try (PreparedStatement start = c
				.prepareStatement("INSERT INTO read_total (article_id, reads) VALUES (?, 66)")) {
				start.setLong(1, id);
				start.executeUpdate();
			}
			return id;
		}
	}

	private long total(long articleId) throws SQLException {
		try (Connection c = connect();
				PreparedStatement q = c.prepareStatement("SELECT reads FROM read_total WHERE article_id = ?")) {
			q.setLong(1, articleId);
			try (ResultSet rs = q.executeQuery()) {
				return rs.next() ? rs.getLong(1) : -1;
			}
		}
	}

	private Connection connect() throws SQLException {
		if (KiosqueNode.onPostgres()) {
			return DriverManager.getConnection(System.getProperty("spring.datasource.url"),
					System.getProperty("spring.datasource.username"), "");
		}
		// The server's own settings: AUTO_SERVER lets this second process in while it
		// runs.
		return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/kiosque") + ";AUTO_SERVER=TRUE", "sa",
				"");
	}

}
