package org.kiosque.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
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

	/**
	 * Fills in the sign-in form the browser shows ({@code /login}) and sends it, waiting
	 * for the page it leads to.
	 */
	public static void submitSignIn(WebDriver browser, String email, String password) {
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(password);
		follow(browser, By.cssSelector("form#sign-in button[type=submit]"));
	}

	/**
	 * Clicks {@code what} and waits (15 s at most) for the next page to replace this one.
	 */
	public static void follow(WebDriver browser, By what) {
		WebElement page = browser.findElement(By.tagName("html"));
		browser.findElement(what).click();
		awaitReplaced(browser, page);
	}

	/**
	 * Waits (15 s at most) until {@code page}, the old page's root element, is gone:
	 * stale, or — Chromium 156 answers a look at it mid-navigation so — "no longer in a
	 * document". Any refusal to look at it means the page was replaced.
	 */
	public static void awaitReplaced(WebDriver browser, WebElement page) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
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
