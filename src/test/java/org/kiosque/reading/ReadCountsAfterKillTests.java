package org.kiosque.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.DatabaseAvailable;
import org.kiosque.support.KiosqueNode;
import org.kiosque.support.KiosqueProcess;

/**
 * {@code kill -9} under load loses at most {@code kiosque.reads.flush-interval} (1 s) of
 * reads, in each of three runs on PostgreSQL (one on H2, whose flush is the same code
 * with another upsert: each run is a server process started anew): a real server process
 * is read by several readers at once, killed without warning, and the reads the database
 * holds are compared with those it answered. The reads lost are those answered after a
 * moment; the time from that moment to the kill is what was lost.
 */
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
class ReadCountsAfterKillTests {

	/** The documented bound, plus what separates "counted" from "answered" in a run. */
	static final Duration BOUND = Duration.ofSeconds(1);

	static final Duration SLACK = Duration.ofMillis(150);

	@TempDir
	Path dataDir;

	@Test
	void killedUnderLoadLosesAtMostTheFlushIntervalEachTime() throws Exception {
		List<Long> lost = new ArrayList<>();
		int runs = KiosqueNode.onPostgres() ? 3 : 1;
		for (int run = 1; run <= runs; run++) {
			lost.add(oneRun(run));
		}
		System.out.printf("[kill -9] reads lost, as time before the kill: %s ms%n", lost);
		assertThat(lost).allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(BOUND.plus(SLACK).toMillis()));
	}

	private long oneRun(int run) throws Exception {
		Path dir = dataDir.resolve("run-" + run);
		try (KiosqueProcess server = KiosqueProcess.start(dir, KiosqueProcess.runDatabase(),
				"--kiosque.reads.flush-interval=1s", "--logging.file.name=", "--kiosque.scheduling.enabled=false",
				"--kiosque.demo.enabled=false", "--spring.main.banner-mode=off",
				"--spring.modulith.events.republish-outstanding-events-on-restart=false")) {
			int port = server.port();
			String slug = "tue-" + run + "-" + System.nanoTime();
			long id = ProcessDatabase.publish(dir, slug, "Avant le coup " + slug, 0);
			// Warm up (the first reads load the article), then load for a few seconds.
			for (int i = 0; i < 20; i++) {
				Readers.read(port, "/article/" + slug);
			}
			Thread.sleep(1_500);
			long before = ProcessDatabase.total(dir, id);
			ConcurrentLinkedQueue<Long> answered = new ConcurrentLinkedQueue<>();
			AtomicBoolean stop = new AtomicBoolean();
			List<Thread> readers = new ArrayList<>();
			for (int r = 0; r < 4; r++) {
				readers.add(Thread.ofVirtual().start(() -> {
					while (!stop.get()) {
						try {
							if (Readers.read(port, "/article/" + slug).statusCode() == 200) {
								answered.add(System.nanoTime());
							}
						}
						catch (RuntimeException killed) {
							return;
						}
					}
				}));
			}
			Thread.sleep(3_000 + (long) (Math.random() * 1_000));
			long killedAt = System.nanoTime();
			server.kill(); // SIGKILL: no hook, no last flush
			stop.set(true);
			for (Thread t : readers) {
				t.join();
			}
			List<Long> times = answered.stream().filter(t -> t <= killedAt).sorted().toList();
			long written = ProcessDatabase.total(dir, id) - before;
			// The written reads are the first ones; the first unwritten was answered at
			// times[written].
			long lostMs = written >= times.size() ? 0
					: TimeUnit.NANOSECONDS.toMillis(killedAt - times.get((int) Math.max(0, written)));
			System.out.printf("[kill -9] run %d: %d reads answered, %d written, lost the last %d ms%n", run,
					times.size(), written, lostMs);
			return lostMs;
		}
	}

}
