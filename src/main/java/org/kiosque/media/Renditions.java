package org.kiosque.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.kiosque.site.DataDirectory;
import org.springframework.stereotype.Component;

/**
 * The node's renditions: files under {@code <data-dir>/media/renditions/{id}/{version}/},
 * each made on its first request, once, however many readers ask at the same moment (the
 * first request makes it; the others wait for that making, a single flight per
 * rendition), then served from disk.
 * <p>
 * Which version a picture is at is read from the database and remembered for
 * {@value #REMEMBERED_SECONDS} seconds; an address naming another version is checked
 * again at once, so that a page made on another node after a change finds its renditions
 * here. A deleted picture stops being served within that time on every node.
 */
@Component
class Renditions {

	static final int REMEMBERED_SECONDS = 30;

	private final PictureRepository pictures;

	private final PictureStore store;

	private final Darkroom darkroom;

	private final WebpEncoder webp;

	private final Path root;

	private final Path work;

	/**
	 * The files being made, by rendition or master: one making each (a single flight).
	 */
	private final ConcurrentHashMap<Object, CompletableFuture<Path>> making = new ConcurrentHashMap<>();

	private final Cache<Long, Optional<PictureRepository.Row>> known = Caffeine.newBuilder()
		.expireAfterWrite(Duration.ofSeconds(REMEMBERED_SECONDS))
		.maximumSize(10_000)
		.build();

	private final Counter made;

	Renditions(PictureRepository pictures, PictureStore store, Darkroom darkroom, WebpEncoder webp, DataDirectory data,
			MeterRegistry meters) {
		this.pictures = pictures;
		this.store = store;
		this.darkroom = darkroom;
		this.webp = webp;
		this.root = data.folder("media/renditions");
		this.work = data.folder("media/work");
		this.made = Counter.builder("kiosque.media.renditions.made")
			.description("Renditions made on this node (each once, then served from disk)")
			.register(meters);
	}

	/** The formats this node serves: JPEG, and WebP when {@code cwebp} was found. */
	List<Rendition.Format> formats() {
		return webp.available() ? List.of(Rendition.Format.WEBP, Rendition.Format.JPEG)
				: List.of(Rendition.Format.JPEG);
	}

	/**
	 * The file of that rendition, made if needed; empty when the address names no
	 * rendition Kiosque offers (unknown picture or version, a width the picture does not
	 * offer in that crop, a format this node cannot make).
	 */
	Optional<Path> file(Rendition rendition) {
		if (!formats().contains(rendition.format())) {
			return Optional.empty();
		}
		Optional<PictureRepository.Row> row = current(rendition.pictureId(), rendition.version());
		if (row.isEmpty()) {
			// Deleted on another node: its files go too. "No such picture" is not
			// trusted from memory (the next id may be uploaded on another node any
			// moment): each such request asks the database, by primary key.
			dropFiles(rendition.pictureId());
			return Optional.empty();
		}
		PictureRef ref = row.get().details().ref();
		if (!ref.version().equals(rendition.version()) || !ref.widths(rendition.crop()).contains(rendition.width())) {
			return Optional.empty();
		}
		Path file = path(rendition);
		if (Files.isRegularFile(file)) {
			return Optional.of(file);
		}
		return Optional.of(make(rendition, row.get(), file));
	}

	/**
	 * The picture's row, asking the database again when the version is not the one known.
	 */
	private Optional<PictureRepository.Row> current(long id, String version) {
		Optional<PictureRepository.Row> row = known.get(id, pictures::find);
		if (row.isPresent() && row.get().details().ref().version().equals(version)) {
			return row;
		}
		row = pictures.find(id);
		known.put(id, row);
		return row;
	}

	/** A file made by one thread, the others asking for it meanwhile waiting for it. */
	private interface Making {

		void write(Path file) throws IOException;

	}

	private Path make(Rendition rendition, PictureRepository.Row row, Path file) {
		return once(rendition, file, target -> {
			Path master = master(rendition, row);
			byte[] bytes = darkroom.inSlot(() -> {
				byte[] jpeg = darkroom.develop(Files.readAllBytes(master), row.original(), rendition);
				return rendition.format() == Rendition.Format.WEBP ? webp.encode(jpeg, work) : jpeg;
			});
			write(target, bytes);
			made.increment();
			dropOtherVersions(rendition.pictureId(), rendition.version());
		});
	}

	/**
	 * The picture's master on this node's disk, made once (see {@link Darkroom#master}).
	 */
	private Path master(Rendition rendition, PictureRepository.Row row) {
		Path file = root.resolve(Long.toString(rendition.pictureId()))
			.resolve(rendition.version())
			.resolve("master.jpg");
		if (Files.isRegularFile(file)) {
			return file;
		}
		return once(file, file, target -> {
			byte[] bytes = darkroom.inSlot(() -> darkroom.master(store.read(row.details().id()), row.original()));
			write(target, bytes);
		});
	}

	private Path once(Object key, Path file, Making making) {
		CompletableFuture<Path> mine = new CompletableFuture<>();
		CompletableFuture<Path> theirs = this.making.putIfAbsent(key, mine);
		if (theirs != null) {
			try {
				return theirs.join();
			}
			catch (CompletionException ex) {
				throw ex.getCause() instanceof RuntimeException re ? re : ex;
			}
		}
		try {
			if (!Files.isRegularFile(file)) {
				making.write(file);
			}
			mine.complete(file);
			return file;
		}
		catch (IOException ex) {
			UncheckedIOException failure = new UncheckedIOException(ex);
			mine.completeExceptionally(failure);
			throw failure;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.making.remove(key, mine);
		}
	}

	/** Writes a file whole or not at all (a temporary file, then an atomic move). */
	private static void write(Path file, byte[] bytes) throws IOException {
		Path folder = Files.createDirectories(file.getParent());
		Path part = Files.createTempFile(folder, file.getFileName().toString(), ".part");
		Files.write(part, bytes);
		try {
			Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Where that rendition's file is kept. */
	Path path(Rendition rendition) {
		return root.resolve(Long.toString(rendition.pictureId()))
			.resolve(rendition.version())
			.resolve(rendition.crop().word() + "-" + rendition.width() + "." + rendition.format().extension());
	}

	/** Removes the earlier versions' files of a picture, which no page names any more. */
	private void dropOtherVersions(long id, String version) {
		Path folder = root.resolve(Long.toString(id));
		try (DirectoryStream<Path> versions = Files.newDirectoryStream(folder)) {
			for (Path v : versions) {
				if (!v.getFileName().toString().equals(version)) {
					removeTree(v);
				}
			}
		}
		catch (IOException ex) {
			// Left for the next making: stale files are never served (the version is
			// checked first).
		}
	}

	/** Forgets a picture on this node: its remembered version and its files. */
	void forget(long id) {
		known.invalidate(id);
		dropFiles(id);
	}

	private void dropFiles(long id) {
		Path folder = root.resolve(Long.toString(id));
		if (Files.isDirectory(folder)) {
			removeTree(folder);
		}
	}

	/** Forgets the remembered version only (after a change on this node). */
	void changed(long id) {
		known.invalidate(id);
	}

	private static void removeTree(Path folder) {
		try (Stream<Path> all = Files.walk(folder)) {
			all.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.deleteIfExists(p);
				}
				catch (IOException ex) {
					// A file being written by another request: removed next time.
				}
			});
		}
		catch (IOException ex) {
			// Gone already.
		}
	}

}
