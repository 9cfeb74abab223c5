package org.kiosque.wires;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.DatabaseAvailable;
import org.kiosque.support.KiosqueNode;
import org.kiosque.support.Nodes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes on one PostgreSQL polling the same source (declared in settings, as operators
 * keep it) at once, again and again: each item becomes one article, filed by one node;
 * the claim in {@code wire_poll} lets one node poll at a time.
 */
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
class WiresAcrossNodesTests {

	private static final String DATABASE = "wires_race";

	@TempDir
	Path dataDir;

	@Test
	void twoNodesPollingOneFolderFileEachItemOnce() throws Exception {
		Path folder = Files.createDirectories(dataDir.resolve("depot"));
		for (int i = 0; i < 40; i++) {
			Path file = folder.resolve("item-" + i + ".tw");
			Files.writeString(file, "provider: race\nguid: r" + i + "\nversion: 1\nheadline: Dépêche " + i
					+ "\nagency: APS\n--\nLe texte " + i + ".\n==\n");
			Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
		}
		try (Nodes nodes = Nodes.onPostgres(dataDir, DATABASE, "--kiosque.wires.sources[0].name=Dépôt APS",
				"--kiosque.wires.sources[0].type=folder", "--kiosque.wires.sources[0].path=" + folder,
				"--kiosque.wires.sources[0].agency=APS", "--kiosque.wires.sources[0].mode=publish",
				"--kiosque.wires.sources[0].interval=1s");
				KiosqueNode one = nodes.start("one");
				KiosqueNode two = nodes.start("two")) {
			int rounds = 6;
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService pool = Executors.newFixedThreadPool(4);
			List<Future<Integer>> polled = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				WirePoller node = (i % 2 == 0 ? one : two).bean(WirePoller.class);
				polled.add(pool.submit(() -> {
					start.await();
					int n = 0;
					for (int r = 0; r < rounds; r++) {
						n += node.pollNow("settings:Dépôt APS").polled() ? 1 : 0;
					}
					return n;
				}));
			}
			start.countDown();
			int polls = 0;
			for (Future<Integer> f : polled) {
				polls += f.get(2, TimeUnit.MINUTES);
			}
			pool.shutdown();

			JdbcClient jdbc = one.bean(JdbcClient.class);
			assertThat(polls).isPositive();
			assertThat(jdbc.sql("SELECT COUNT(*) FROM wire_item WHERE provider = 'race'").query(Long.class).single())
				.isEqualTo(40);
			assertThat(
					jdbc.sql("SELECT COUNT(*) FROM article WHERE headline LIKE 'Dépêche %'").query(Long.class).single())
				.isEqualTo(40);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM wire_log WHERE outcome = 'created'").query(Long.class).single())
				.isEqualTo(40);
			assertThat(jdbc
				.sql("SELECT COUNT(DISTINCT headline) FROM article WHERE status = 'PUBLISHED'"
						+ " AND headline LIKE 'Dépêche %'")
				.query(Long.class)
				.single()).isEqualTo(40);
			try (var files = Files.list(folder.resolve("done"))) {
				assertThat(files.count()).isEqualTo(40);
			}
			// The declared source shows read-only on either node.
			assertThat(one.bean(WireSources.class).find("settings:Dépôt APS").orElseThrow().declared()).isTrue();
			System.out.printf("Two nodes, 40 items, 24 polls asked: %d polls made%n", polls);
		}
	}

}
