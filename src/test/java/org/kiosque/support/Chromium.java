package org.kiosque.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium with a fresh profile, driven by Selenium. The flags keep it
 * from reaching for the network this machine does not have. Use with
 * {@link ChromiumAvailable}.
 */
public final class Chromium implements AutoCloseable {

	private final Path profile;

	private final ChromeDriver driver;

	private Chromium(Path profile, ChromeDriver driver) {
		this.profile = profile;
		this.driver = driver;
	}

	/** {@code arguments}: more Chromium flags, e.g. {@code --user-agent=…}. */
	public static Chromium open(String... arguments) throws IOException {
		Path profile = Files.createTempDirectory("kiosque-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(ChromiumAvailable.BROWSER.toString());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--user-data-dir=" + profile);
		options.addArguments(arguments);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(ChromiumAvailable.DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Chromium(profile, driver);
	}

	public ChromeDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		driver.quit();
		FileSystemUtils.deleteRecursively(profile.toFile());
	}

}
