package org.kiosque.reading;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.kiosque.site.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads that a stopping node could not write to the database (it was gone: on a plain
 * {@code kill} the embedded H2 closes itself from its own exit hook, racing Spring's
 * shutdown), kept in {@code DATA/reads/} and added at the next start.
 * <p>
 * A file is renamed before it is added and deleted after, so a crash in between loses
 * those reads rather than counting them twice: a count may come short, never long.
 */
@Component
class UnwrittenReads {

	private static final Logger log = LoggerFactory.getLogger(UnwrittenReads.class);

	private static final String SUFFIX = ".reads";

	private final DataDirectory data;

	UnwrittenReads(DataDirectory data) {
		this.data = data;
	}

	/**
	 * Keeps {@code counts} (article id to reads) of {@code hour} for the next start;
	 * returns the file.
	 */
	Path keep(Map<Long, Long> counts, Instant hour) {
		Path folder = data.folder("reads");
		String name = "unwritten-" + System.currentTimeMillis() + "-"
				+ Long.toHexString(ThreadLocalRandom.current().nextLong());
		StringBuilder text = new StringBuilder("hour ").append(hour.getEpochSecond()).append('\n');
		counts.forEach((id, n) -> text.append(id).append(' ').append(n).append('\n'));
		try {
			Path partial = folder.resolve(name + ".partial");
			Files.writeString(partial, text, StandardCharsets.UTF_8);
			return Files.move(partial, folder.resolve(name + SUFFIX), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Hands every kept file to {@code writer} (counts, hour), oldest first; a file it
	 * took is deleted.
	 */
	void replay(BiConsumer<Map<Long, Long>, Instant> writer) {
		Path folder = data.root().resolve("reads");
		if (!Files.isDirectory(folder)) {
			return;
		}
		List<Path> files;
		try (Stream<Path> all = Files.list(folder)) {
			files = all.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
		}
		catch (IOException e) {
			log.warn("Cannot list unwritten reads in {}", folder, e);
			return;
		}
		for (Path file : files) {
			Path taken = file.resolveSibling(file.getFileName() + ".adding");
			try {
				// Whoever renames it adds it: another process on the same data directory
				// cannot add it twice.
				Files.move(file, taken, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (IOException e) {
				continue;
			}
			try {
				List<String> lines = Files.readAllLines(taken, StandardCharsets.UTF_8);
				Instant hour = Instant.ofEpochSecond(Long.parseLong(lines.get(0).substring("hour ".length()).strip()));
				Map<Long, Long> counts = new TreeMap<>();
				for (String line : lines.subList(1, lines.size())) {
					if (!line.isBlank()) {
						String[] parts = line.strip().split(" ");
						counts.merge(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long::sum);
					}
				}
				writer.accept(counts, hour);
				Files.delete(taken);
				log.info("Added {} reads kept by an earlier stop ({})",
						counts.values().stream().mapToLong(Long::longValue).sum(), file.getFileName());
			}
			catch (IOException | RuntimeException e) {
				log.warn("Could not add the unwritten reads of {}; kept for the next start", file, e);
				try {
					Files.move(taken, file, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (IOException again) {
					log.error("Unwritten reads left in {}", taken, again);
				}
			}
		}
	}

}
