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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.KiosqueApplication;
import org.kiosque.support.DatabaseAvailable;
import org.kiosque.support.KiosqueNode;

/**
 * {@code kill -9} under load loses at most {@code kiosque.reads.flush-interval} (1 s) of
 * reads, in each of three runs: a real server process is read by several readers at once,
 * killed without warning, and the reads the database holds are compared with those it
 * answered. The reads lost are those answered after a moment; the time from that moment
 * to the kill is what was lost.
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
	void killedThreeTimesUnderLoadLosesAtMostTheFlushInterval() throws Exception {
		List<Long> lost = new ArrayList<>();
		for (int run = 1; run <= 3; run++) {
			lost.add(oneRun(run));
		}
		System.out.printf("[kill -9] reads lost, as time before the kill: %s ms%n", lost);
		assertThat(lost).allSatisfy(ms -> assertThat(ms).isLessThanOrEqualTo(BOUND.plus(SLACK).toMillis()));
	}

	private long oneRun(int run) throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Path dir = dataDir.resolve("run-" + run);
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
						System.getProperty("java.class.path")));
		if (KiosqueNode.onPostgres()) {
			command.add("-Dspring.profiles.active=postgres");
			command.add("-Dspring.datasource.url=" + System.getProperty("spring.datasource.url"));
			command.add("-Dspring.datasource.username=" + System.getProperty("spring.datasource.username"));
			command.add("-Dspring.datasource.password=");
		}
		command.addAll(List.of(KiosqueApplication.class.getName(), "--server.port=" + port, "--kiosque.data-dir=" + dir,
				"--kiosque.reads.flush-interval=1s", "--logging.file.name=", "--kiosque.scheduling.enabled=false",
				"--kiosque.demo.enabled=false", "--spring.main.banner-mode=off",
				"--spring.modulith.events.republish-outstanding-events-on-restart=false"));
		Files.createDirectories(dir);
		Path log = dir.resolve("server.log");
		Process server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			awaitHealthy(server, port, log);
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
			server.destroyForcibly(); // SIGKILL: no hook, no last flush
			assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
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
		finally {
			server.destroyForcibly();
		}
	}

	private static void awaitHealthy(Process server, int port, Path log) throws Exception {
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
			Thread.sleep(300);
		}
		throw new AssertionError("The server did not start:\n" + Files.readString(log));
	}

}
