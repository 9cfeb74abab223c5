package org.kiosque.support;

import java.nio.file.Path;

/** Browser tests need Debian's {@code chromium} and {@code chromium-driver}. */
public class ChromiumAvailable extends InstalledPrograms {

	public static final Path BROWSER = Path.of("/usr/bin/chromium");

	public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	public ChromiumAvailable() {
		super("chromium chromium-driver", BROWSER, DRIVER);
	}

}
