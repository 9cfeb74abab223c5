package org.kiosque.support;

import java.nio.file.Path;

/**
 * Tests that need a WebP original make it with cwebp (Debian's {@code webp}), since the
 * JDK writes no WebP.
 */
public class CwebpAvailable extends InstalledPrograms {

	public static final Path CWEBP = Path.of("/usr/bin/cwebp");

	public CwebpAvailable() {
		super("webp", CWEBP);
	}

}
