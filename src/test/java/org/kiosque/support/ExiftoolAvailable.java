package org.kiosque.support;

import java.nio.file.Path;

/**
 * Tests that write a camera's or an agency's metadata into a picture, or read what a
 * served picture still carries, need exiftool (Debian's {@code libimage-exiftool-perl}).
 */
public class ExiftoolAvailable extends InstalledPrograms {

	public static final Path EXIFTOOL = Path.of("/usr/bin/exiftool");

	public ExiftoolAvailable() {
		super("libimage-exiftool-perl", EXIFTOOL);
	}

}
