package org.kiosque.movein;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Labels;

/**
 * The export file an import is given, opened the same way for WordPress and Ghost: when
 * it cannot be, the operator is told why in a sentence of the site's language (no file at
 * that path, a folder, a file that cannot be read) rather than the system's message,
 * which is often the path again.
 */
public final class ExportFile {

	private ExportFile() {
	}

	/**
	 * Opens the export for reading.
	 * @throws Unopened when there is no file at that path, it is a folder, or it cannot
	 * be read
	 */
	public static InputStream open(Path file) throws Unopened {
		// A folder opens on Linux, and fails only at the first read with "Is a
		// directory".
		if (Files.isDirectory(file)) {
			throw new Unopened(Reason.FOLDER, file, null);
		}
		try {
			return Files.newInputStream(file);
		}
		catch (NoSuchFileException missing) {
			throw new Unopened(Reason.MISSING, file, missing);
		}
		catch (IOException unreadable) {
			throw new Unopened(Reason.UNREADABLE, file, unreadable);
		}
	}

	/**
	 * Why an export could not be opened, each with its sentence
	 * ({@code movein.export.*}).
	 */
	private enum Reason {

		/** Nothing at that path (or a folder on the way is missing). */
		MISSING("movein.export.missing"),
		/** A folder, not a file. */
		FOLDER("movein.export.folder"),
		/** A file, which the system refuses to read (permissions…). */
		UNREADABLE("movein.export.unreadable");

		private final String key;

		Reason(String key) {
			this.key = key;
		}

		/** The sentence's key; its one argument is the path given. */
		String key() {
			return key;
		}

	}

	/** The export could not be opened; nothing was read nor written. */
	public static final class Unopened extends IOException {

		private final Reason reason;

		private final Path file;

		Unopened(Reason reason, Path file, @Nullable IOException cause) {
			super(reason + ": " + file, cause);
			this.reason = reason;
			this.file = file;
		}

		/**
		 * What the operator reads: {@code Aucun fichier à cette adresse : /tmp/x.xml}.
		 */
		public String sentence(Labels labels) {
			return labels.get(reason.key(), file.toString());
		}

	}

}
