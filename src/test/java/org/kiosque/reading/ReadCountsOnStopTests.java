package org.kiosque.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.DatabaseAvailable;
import org.kiosque.support.KiosqueNode;
import org.kiosque.support.KiosqueProcess;

/**
 * A real process stopped the way a service manager stops it ({@code SIGTERM}) writes
 * every read it counted into the database: the JVM's exit hooks (the database's own among
 * them) must not get ahead of the last flush.
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
			id = ProcessDatabase.publish(dataDir, slug, "Avant l’arrêt " + slug, 66);
			for (int i = 0; i < 40; i++) {
				assertThat(Readers.read(server.port(), "/article/" + slug).statusCode()).isEqualTo(200);
			}
			// A flush an hour away: the 40 are only in memory.
			assertThat(ProcessDatabase.total(dataDir, id)).isEqualTo(66);

			stopWhileARequestIsInFlight(server);
			// Written before the database closed, on H2 too (its own exit hook no longer
			// gets ahead: site/EmbeddedDatabaseLast), none left over on disk.
			assertThat(ProcessDatabase.total(dataDir, id)).as(server.log()).isEqualTo(66 + 40);
			Path kept = dataDir.resolve("reads");
			assertThat(Files.isDirectory(kept) ? Files.list(kept).toList() : List.of()).isEmpty();
		}
		// The next start reads them back from the database.
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

	/**
	 * {@code SIGTERM} while a reader's form is still arriving, the way a slow phone's is:
	 * the graceful stop waits for it, and meanwhile H2's own exit hook (when it is still
	 * there) closes the database, so the reads flushed after the request ends would find
	 * it closed. Without a request in flight the race is lost or won by chance.
	 */
	private void stopWhileARequestIsInFlight(KiosqueProcess server) throws Exception {
		try (Socket slow = new Socket("127.0.0.1", server.port())) {
			OutputStream out = slow.getOutputStream();
			out.write(("POST /newsletter/subscribe HTTP/1.1\r\nHost: 127.0.0.1\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 33\r\n\r\nemail=")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			Thread stop = Thread.ofPlatform().start(() -> server.stop(Duration.ofSeconds(60)));
			await("the graceful stop waiting for the request").atMost(Duration.ofSeconds(30))
				.until(() -> server.log().contains("Waiting for active requests"));
			Path lock = this.dataDir.resolve("db/kiosque.lock.db");
			if (Files.exists(lock)) {
				// Give a database hook the time to close the database (its lock goes).
				try {
					await().atMost(Duration.ofSeconds(3)).until(() -> !Files.exists(lock));
				}
				catch (ConditionTimeoutException stillOpen) {
					// As it should be: the database waits for the application.
				}
			}
			out.write("lecteur%40exemple.fr&x=1234".getBytes(StandardCharsets.US_ASCII));
			out.flush();
			stop.join(Duration.ofSeconds(60));
		}
		assertThat(server.alive()).as("stopped within a minute").isFalse();
	}

}
