package org.kiosque.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.KiosqueApplication;
import org.kiosque.support.DatabaseAvailable;

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
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path")));
		if (KiosqueNode.onPostgres()) {
			command.add("-Dspring.profiles.active=postgres");
			command.add("-Dspring.datasource.url=" + System.getProperty("spring.datasource.url"));
			command.add("-Dspring.datasource.username=" + System.getProperty("spring.datasource.username"));
			command.add("-Dspring.datasource.password=");
		}
		command.addAll(List.of(KiosqueApplication.class.getName(), "--server.port=" + port,
				"--kiosque.data-dir=" + dataDir, "--kiosque.reads.flush-interval=1h", "--logging.file.name=",
				"--kiosque.scheduling.enabled=false", "--spring.main.banner-mode=off",
				"--spring.modulith.events.republish-outstanding-events-on-restart=false"));
		Path log = dataDir.resolve("server.log");
		Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		String slug = "arret-" + System.nanoTime();
		long id;
		try {
			awaitHealthy(server, port, log);
			id = publish(slug);
			for (int i = 0; i < 40; i++) {
				assertThat(Readers.read(port, "/article/" + slug).statusCode()).isEqualTo(200);
			}
			assertThat(total(id)).isEqualTo(66); // a flush an hour away: the 40 are only
													// in memory

			server.destroy(); // SIGTERM
			assertThat(server.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
			// Written, or (when the database closed itself first, as embedded H2 does on
			// exit) kept on disk.
			Path kept = dataDir.resolve("reads");
			boolean onDisk = Files.isDirectory(kept) && Files.list(kept).anyMatch(f -> f.toString().endsWith(".reads"));
			assertThat(total(id) == 66 + 40 || total(id) == 66 && onDisk).as(Files.readString(log)).isTrue();
		}
		finally {
			server.destroyForcibly();
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

	private void awaitHealthy(Process server, int port, Path log) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		Instant until = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(until)) {
			if (!server.isAlive()) {
				throw new AssertionError("The server stopped:\n" + Files.readString(log));
			}
			try {
				HttpResponse<String> health = http.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError("The server did not start:\n" + Files.readString(log));
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
