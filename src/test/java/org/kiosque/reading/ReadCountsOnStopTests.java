package org.kiosque.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.DatabaseAvailable;
import org.kiosque.support.KiosqueNode;
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
			id = ProcessDatabase.publish(dataDir, slug, "Avant l’arrêt " + slug, 66);
			for (int i = 0; i < 40; i++) {
				assertThat(Readers.read(server.port(), "/article/" + slug).statusCode()).isEqualTo(200);
			}
			assertThat(ProcessDatabase.total(dataDir, id)).isEqualTo(66); // a flush an
																			// hour away:
																			// the 40 are
																			// only
			// in memory

			assertThat(server.stop(Duration.ofSeconds(60))).as("stopped within a minute").isTrue(); // SIGTERM
			// Written, or (when the database closed itself first, as embedded H2 does on
			// exit) kept on disk.
			Path kept = dataDir.resolve("reads");
			boolean onDisk = Files.isDirectory(kept) && Files.list(kept).anyMatch(f -> f.toString().endsWith(".reads"));
			assertThat(
					ProcessDatabase.total(dataDir, id) == 66 + 40 || ProcessDatabase.total(dataDir, id) == 66 && onDisk)
				.as(server.log())
				.isTrue();
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

}
