package org.kiosque.wires;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.kiosque.site.Labels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads a folder source: each complete file (unchanged for {@code kiosque.wires.settle};
 * names starting with a dot, or ending {@code .part}/{@code .tmp}, are still being
 * written) is read by the first format that recognises it, filed whole, then moved to
 * {@code done/}, or to {@code failed/} with a {@code <name>.reason} text beside it. A
 * picture an item names, present in the folder, comes in with it (a new version's too)
 * and leaves the folder with it: to {@code done/}, or to {@code failed/} with why when
 * the media library or the desk refused it.
 * <p>
 * A lead picture an item filed (created or updated) names but the folder does not hold
 * yet, by a picture's name in the folder, is awaited for its article
 * ({@link AwaitedPictures}) until a later version names another, none, or one that is
 * there. After the item files, each complete picture file awaited comes in by itself
 * ({@link Filing#arrived}): the article's lead picture, with the item's caption and
 * credit, unless the newsroom changed the lead since the version was filed (its choice is
 * never replaced) or the file came after {@code kiosque.wires.picture-wait}; it goes to
 * {@code done/} either way, to {@code failed/} with why when the media library refuses
 * it, and the ingest log says which under the picture's name. Picture files nobody awaits
 * stay in the folder.
 */
@Component
class FolderPoll {

	private static final Logger log = LoggerFactory.getLogger(FolderPoll.class);

	/** Files that are pictures: they come in with the item that names them. */
	private static final Set<String> PICTURES = Set.of("jpg", "jpeg", "png", "gif", "webp");

	private final WireSettings settings;

	private final Formats formats;

	private final Filing filing;

	private final AwaitedPictures awaited;

	private final Labels labels;

	private final Clock clock;

	FolderPoll(WireSettings settings, Formats formats, Filing filing, AwaitedPictures awaited, Labels labels,
			Clock clock) {
		this.settings = settings;
		this.formats = formats;
		this.filing = filing;
		this.awaited = awaited;
		this.labels = labels;
		this.clock = clock;
	}

	/** One file's outcome: its log lines, or why it failed. */
	record FileDone(String file, List<Filing.Filed> filed, String failure, String format) {

		boolean failed() {
			return !failure.isEmpty();
		}

	}

	/**
	 * Takes in every complete file of the folder, then the complete picture files awaited
	 * by items filed before them.
	 * @throws PollFailed when the folder cannot be read
	 */
	List<FileDone> read(WireSource source) throws PollFailed {
		Path dir = Path.of(source.location());
		if (!Files.isDirectory(dir)) {
			throw new PollFailed(labels.get("wiredesk.failed.no-folder", dir));
		}
		List<Path> files = new ArrayList<>();
		List<Path> pictures = new ArrayList<>();
		Instant settled = clock.instant().minus(settings.settle());
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
			for (Path file : stream) {
				String name = file.getFileName().toString();
				if (!Files.isRegularFile(file) || name.startsWith(".") || name.endsWith(".part")
						|| name.endsWith(".tmp") || name.endsWith(".reason")) {
					continue;
				}
				if (Files.getLastModifiedTime(file).toInstant().isAfter(settled)) {
					continue; // still being written
				}
				(PICTURES.contains(extension(name)) ? pictures : files).add(file);
			}
		}
		catch (IOException e) {
			throw new PollFailed(labels.get("wiredesk.failed.no-folder", dir));
		}
		files.sort(null);
		List<FileDone> done = new ArrayList<>();
		for (Path file : files) {
			done.add(take(source, dir, file));
		}
		pictures.sort(null);
		done.addAll(latePictures(source, dir, pictures));
		// After the files that arrived in time: what is awaited longer than the wait can
		// only come too late (a file still settling arrived after the wait's end).
		awaited.expire(clock.instant().minus(settings.pictureWait()).minus(settings.settle()));
		return done;
	}

	/**
	 * Files each picture awaited by an item filed before it ({@link Filing#arrived}),
	 * then moves it to {@code done/}, or to {@code failed/} with why when the media
	 * library refused it. A picture whose filing breaks otherwise stays where it is,
	 * still awaited, for the next poll; one nobody awaits (any more) stays too.
	 * @param pictures the folder's complete picture files, as listed before the items
	 * were filed (those taken with their items are gone since)
	 */
	private List<FileDone> latePictures(WireSource source, Path dir, List<Path> pictures) throws PollFailed {
		if (pictures.isEmpty()) {
			return List.of();
		}
		Set<String> names = awaited.names(source.key());
		List<FileDone> done = new ArrayList<>();
		for (Path file : pictures) {
			String name = file.getFileName().toString();
			if (!names.contains(name)) {
				continue;
			}
			Optional<byte[]> bytes = picture(dir, name);
			if (bytes.isEmpty()) {
				continue; // taken with a newer version of its item, or by another tool
			}
			List<Filing.Filed> filed;
			try {
				Instant arrived = Files.getLastModifiedTime(file).toInstant();
				filed = filing.arrived(source, name, bytes.get(), arrived, settings.pictureWait());
			}
			catch (IOException | RuntimeException e) {
				// Nothing of it was kept: the next poll tries again, the items' lines
				// stand.
				log.warn("Wire picture {} not filed, left for the next poll", file, e);
				continue;
			}
			if (filed.isEmpty()) {
				continue;
			}
			String refused = filed.stream()
				.map(f -> f.refusedPictures().get(name))
				.filter(Objects::nonNull)
				.findFirst()
				.orElse(null);
			if (refused == null) {
				move(dir, file, "done");
			}
			else {
				moveWithReason(dir, file, refused);
			}
			done.add(new FileDone(name, filed, "", ""));
		}
		return done;
	}

	private FileDone take(WireSource source, Path dir, Path file) throws PollFailed {
		String name = file.getFileName().toString();
		byte[] bytes;
		try {
			long limit = settings.maxBytes().toBytes();
			if (Files.size(file) > limit) {
				return fail(dir, file, labels.get("wiredesk.failed.too-large", limit), "");
			}
			bytes = Files.readAllBytes(file);
		}
		catch (IOException e) {
			// Gone meanwhile (another tool took it): nothing to say about it.
			return new FileDone(name, List.of(), "", "");
		}
		Optional<WireFormat> format = formats.of(name, bytes);
		if (format.isEmpty()) {
			return fail(dir, file, labels.get("wiredesk.failed.unknown-format", name), "");
		}
		List<WireItem> items;
		try {
			items = format.get().read(name, bytes);
		}
		catch (WireRefused refused) {
			return fail(dir, file, refused.getMessage(), format.get().name());
		}
		catch (RuntimeException e) {
			log.warn("Wire file {} broke format {}", file, format.get().name(), e);
			return fail(dir, file, labels.get("wiredesk.failed.unreadable", String.valueOf(e.getMessage())),
					format.get().name());
		}
		if (items.isEmpty()) {
			return fail(dir, file, labels.get("wiredesk.failed.empty"), format.get().name());
		}
		List<Filing.Filed> filed;
		try {
			filed = filing.file(source, items, new Folder(dir));
		}
		catch (Filing.NotFiled notFiled) {
			FileDone failed = fail(dir, file, notFiled.getMessage(), format.get().name());
			String why = labels.get("wiredesk.failed.picture-of-refused", name, notFiled.getMessage());
			movePictures(dir, items, href -> why);
			return failed;
		}
		filed = toldOfMissingLeads(dir, items, filed);
		move(dir, file, "done");
		Map<String, String> refused = new HashMap<>();
		filed.forEach(f -> refused.putAll(f.refusedPictures()));
		movePictures(dir, items, refused::get);
		return new FileDone(name, filed, "", format.get().name());
	}

	/**
	 * Moves every picture file the items name out of the drop folder, so that none is
	 * left behind whatever came of its item (taken, not used, a duplicate, a clash): to
	 * {@code done/}, or to {@code failed/} with why beside it when {@code refusal} gives
	 * a reason for its name.
	 */
	private void movePictures(Path dir, List<WireItem> items, Function<String, @Nullable String> refusal)
			throws PollFailed {
		for (WireItem item : items) {
			for (WirePicture picture : item.pictures()) {
				Path p = inside(dir, picture.href());
				if (p == null || !Files.isRegularFile(p) || !PICTURES.contains(extension(p.getFileName().toString()))) {
					continue;
				}
				String why = refusal.apply(picture.href());
				if (why == null) {
					move(dir, p, "done");
				}
				else {
					moveWithReason(dir, p, why);
				}
			}
		}
	}

	/**
	 * Adds to the log line of each item filed (created or updated) the lead picture it
	 * named outside this folder (never read: an address, another folder), or in this
	 * folder but not there: the article came in without it, and the desk should know
	 * rather than wonder; and, when it is a picture's name, that it is awaited
	 * ({@link Filing.PictureFiles#awaitable}). {@code filed} is one line per item, in
	 * order.
	 */
	private List<Filing.Filed> toldOfMissingLeads(Path dir, List<WireItem> items, List<Filing.Filed> filed) {
		List<Filing.Filed> told = new ArrayList<>(filed.size());
		for (int i = 0; i < filed.size(); i++) {
			Filing.Filed line = filed.get(i);
			WireItem item = items.get(i);
			boolean filedNow = line.outcome() == IngestLog.Outcome.CREATED
					|| line.outcome() == IngestLog.Outcome.UPDATED;
			String note = filedNow && !item.pictures().isEmpty() ? leadNote(dir, item.pictures().get(0).href()) : "";
			if (!note.isEmpty()) {
				line = new Filing.Filed(line.outcome(), line.identity(), line.articleId(), line.detail() + " " + note,
						line.refusedPictures());
			}
			told.add(line);
		}
		return told;
	}

	/**
	 * What the log says of an item's lead picture that did not come with it: outside the
	 * folder, or absent (and then awaited, when it may still come); blank when it came.
	 */
	private String leadNote(Path dir, String href) {
		Path p = inside(dir, href);
		if (p == null) {
			return href.isBlank() ? "" : labels.get("wiredesk.detail.picture-outside", href);
		}
		if (Files.exists(p)) {
			return "";
		}
		String missing = labels.get("wiredesk.detail.picture-missing", href);
		return awaitable(dir, href).isPresent() ? missing + " " + labels.get("wiredesk.detail.picture-awaited")
				: missing;
	}

	/** The folder's picture files, as {@link Filing} reads and awaits them. */
	private record Folder(Path dir) implements Filing.PictureFiles {

		@Override
		public Optional<byte[]> read(String href) {
			return picture(dir, href);
		}

		@Override
		public Optional<String> awaitable(String href) {
			return FolderPoll.awaitable(dir, href);
		}

	}

	/**
	 * The name of the picture file {@code href} names in the folder when it is not there:
	 * one that may still come, and that the poll would see (a picture's extension, since
	 * other files are read as items).
	 */
	private static Optional<String> awaitable(Path dir, String href) {
		Path p = inside(dir, href);
		if (p == null || Files.exists(p)) {
			return Optional.empty();
		}
		String name = p.getFileName().toString();
		return PICTURES.contains(extension(name)) && !name.startsWith(".") ? Optional.of(name) : Optional.empty();
	}

	/** A picture the item names, if it is a file of this folder (never outside it). */
	private static Optional<byte[]> picture(Path dir, String href) {
		Path p = inside(dir, href);
		if (p == null || !Files.isRegularFile(p)) {
			return Optional.empty();
		}
		try (InputStream in = Files.newInputStream(p)) {
			return Optional.of(in.readAllBytes());
		}
		catch (IOException e) {
			return Optional.empty();
		}
	}

	private static java.nio.file.@Nullable Path inside(Path dir, String href) {
		try {
			Path base = dir.toAbsolutePath().normalize();
			Path p = base.resolve(href).normalize();
			return p.startsWith(base) && p.getParent() != null && p.getParent().equals(base) ? p : null;
		}
		catch (RuntimeException e) {
			return null;
		}
	}

	private FileDone fail(Path dir, Path file, String reason, String format) throws PollFailed {
		moveWithReason(dir, file, reason);
		return new FileDone(file.getFileName().toString(), List.of(), reason, format);
	}

	/** Moves the file to {@code failed/}, with a {@code <name>.reason} text beside it. */
	private void moveWithReason(Path dir, Path file, String reason) throws PollFailed {
		Path moved = move(dir, file, "failed");
		try {
			Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason"), reason + "\n",
					StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			log.warn("Reason for {} not written: {}", moved, e.toString());
		}
	}

	/** Moves the file to {@code dir/sub/}, under a new name when one is there already. */
	private Path move(Path dir, Path file, String sub) throws PollFailed {
		try {
			Path target = dir.resolve(sub);
			Files.createDirectories(target);
			Path to = target.resolve(file.getFileName());
			if (Files.exists(to)) {
				to = target.resolve(clock.millis() + "-" + file.getFileName());
			}
			return Files.move(file, to, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new PollFailed(labels.get("wiredesk.failed.move", file.getFileName(), sub));
		}
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}
