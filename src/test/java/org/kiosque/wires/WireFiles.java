package org.kiosque.wires;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** The agency files under {@code src/test/resources/wires/}. */
final class WireFiles {

	private WireFiles() {
	}

	static byte[] bytes(String path) {
		try (InputStream in = WireFiles.class.getResourceAsStream("/wires/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("No test file wires/" + path);
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The file's first 4 KB, as the folder source hands them to
	 * {@link WireFormat#recognizes}.
	 */
	static byte[] head(String path) {
		byte[] all = bytes(path);
		return Arrays.copyOf(all, Math.min(all.length, 4096));
	}

	/** Reads a file with a format, as the folder source does. */
	static List<WireItem> read(WireFormat format, String path) throws WireRefused {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return format.read(name, bytes(path));
	}

}
