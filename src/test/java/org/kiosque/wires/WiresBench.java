package org.kiosque.wires;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The wires' bench (run by {@code bench/wires.sh}, never by the test suite: its name ends
 * in neither Test nor Tests): a folder of 1 000 items, a feed of 500 items, then the CPU
 * a node spends polling 50 idle feed sources (each answering {@code 304 Not Modified}),
 * once a minute. Items are in the tests' own format; their filing (the desk, the
 * revisions, the search index's events) is the real one.
 */
@KiosqueTest
class WiresBench {

	private static final String BODY = "Le Conseil des ministres a examiné mercredi un projet de loi.\n\n"
			+ "Le texte prévoit une réforme du code des communes et de la fiscalité locale.\n\n"
			+ "Les élus locaux seront consultés avant l’examen par l’Assemblée au printemps.";

	@Autowired
	WireSources sources;

	@Autowired
	WirePoller poller;

	@TempDir
	Path dir;

	private final List<String> made = new ArrayList<>();

	private HttpServer server;

	@AfterEach
	void stop() {
		TestSources.stop(sources, made);
		if (server != null) {
			server.stop(0);
		}
	}

	@Test
	void ingestAndIdlePolling() throws Exception {
		String run = "bench" + System.nanoTime();
		int folderItems = Integer.getInteger("bench.folder-items", 1000);
		int feedItems = Integer.getInteger("bench.feed-items", 500);
		int idle = Integer.getInteger("bench.idle-sources", 50);
		for (int i = 0; i < folderItems; i++) {
			Path file = dir.resolve("depeche-" + i + ".tw");
			Files.writeString(file, item(run + "-f", i));
			Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
		}
		String folder = source("Dossier " + run, "folder", dir.toString());
		long t0 = System.nanoTime();
		WirePoller.Report folderReport = poller.pollNow(folder);
		double folderSeconds = (System.nanoTime() - t0) / 1e9;
		assertThat(folderReport.count("created")).isEqualTo(folderItems);

		StringBuilder feed = new StringBuilder();
		for (int i = 0; i < feedItems; i++) {
			feed.append(item(run + "-r", i));
		}
		byte[] feedBytes = feed.toString().getBytes(StandardCharsets.UTF_8);
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			if ("\"same\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
				exchange.sendResponseHeaders(304, -1);
				exchange.close();
				return;
			}
			exchange.getResponseHeaders().add("ETag", "\"same\"");
			exchange.sendResponseHeaders(200, feedBytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(feedBytes);
			}
		});
		server.start();
		String base = "http://127.0.0.1:" + server.getAddress().getPort();
		String feedKey = source("Flux " + run, "feed", base + "/flux.tw");
		t0 = System.nanoTime();
		WirePoller.Report feedReport = poller.pollNow(feedKey);
		double feedSeconds = (System.nanoTime() - t0) / 1e9;
		assertThat(feedReport.count("created")).isEqualTo(feedItems);

		// 50 idle sources, each polled once (a first 200, then 304s): the CPU of one
		// round.
		List<String> idleKeys = new ArrayList<>();
		for (int i = 0; i < idle; i++) {
			idleKeys.add(source("Veille " + i + " " + run, "feed", base + "/idle-" + i + ".tw"));
		}
		server.removeContext("/");
		server.createContext("/", exchange -> {
			if (exchange.getRequestHeaders().getFirst("If-None-Match") != null) {
				exchange.sendResponseHeaders(304, -1);
				exchange.close();
				return;
			}
			byte[] empty = item(run + "-i", 0).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("ETag", "\"idle\"");
			exchange.sendResponseHeaders(200, empty.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(empty);
			}
		});
		for (String key : idleKeys) {
			poller.pollNow(key);
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int rounds = 5;
		long cpu0 = threads.getCurrentThreadCpuTime();
		long wall0 = System.nanoTime();
		for (int r = 0; r < rounds; r++) {
			for (String key : idleKeys) {
				WirePoller.Report idleReport = poller.pollNow(key);
				assertThat(idleReport.error()).isNull();
			}
		}
		double cpuPerRound = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9 / rounds;
		double wallPerRound = (System.nanoTime() - wall0) / 1e9 / rounds;
		System.out.printf("WIRES BENCH folder: %d items in %.1f s = %.0f items/s%n", folderItems, folderSeconds,
				folderItems / folderSeconds);
		System.out.printf("WIRES BENCH feed: %d items in %.1f s = %.0f items/s%n", feedItems, feedSeconds,
				feedItems / feedSeconds);
		System.out.printf(
				"WIRES BENCH idle: %d sources (304) polled once: %.0f ms CPU (polling thread), %.0f ms wall;"
						+ " once a minute = %.2f %% of one core%n",
				idle, cpuPerRound * 1000, wallPerRound * 1000, cpuPerRound / 60 * 100);
	}

	private String source(String name, String type, String location) {
		String key = sources.create(new WireSources.Form(name, type, location, "APS", "", "", "draft", "1", true));
		made.add(key);
		return key;
	}

	private static String item(String provider, int i) {
		return "provider: " + provider + "\nguid: " + i + "\nversion: 1\nheadline: Réforme des communes, dépêche " + i
				+ " " + provider + "\nagency: APS\n--\n" + BODY + "\n==\n";
	}

}
