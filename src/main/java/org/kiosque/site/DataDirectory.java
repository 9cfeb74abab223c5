package org.kiosque.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.kiosque.site.KiosqueSettings;
import org.springframework.stereotype.Component;

/**
 * The data directory ({@code kiosque.data-dir}): database, outbox, media, search index.
 */
@Component
public class DataDirectory {

	private final Path root;

	public DataDirectory(KiosqueSettings settings) {
		this.root = settings.dataDir().toAbsolutePath().normalize();
	}

	public Path root() {
		return root;
	}

	/** A sub-folder of the data directory, created on first use. */
	public Path folder(String name) {
		Path folder = root.resolve(name);
		try {
			Files.createDirectories(folder);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot create " + folder, e);
		}
		return folder;
	}

}
