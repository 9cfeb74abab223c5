package org.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.account.People;
import org.kiosque.account.Role;
import org.kiosque.support.Chromium;
import org.kiosque.support.ChromiumAvailable;
import org.kiosque.support.KiosqueTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A photographer in a real browser (Debian's Chromium, scripts on): signs in, uploads a
 * photo through the library's form, and sets the focal point with one click on the
 * picture, a fifth across and four fifths down; the picture's focal point is there, and
 * the preview's address changed with it.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
@ExtendWith(ChromiumAvailable.class)
class FocalPointInChromiumTests {

	private static final String PASSWORD = "un secret de rédaction";

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Pictures pictures;

	@TempDir
	Path folder;

	private Chromium chromium;

	private WebDriver browser;

	@BeforeEach
	void openChromium() throws Exception {
		chromium = Chromium.open();
		browser = chromium.driver();
	}

	@AfterEach
	void closeChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void aClickOnThePictureSetsItsFocalPoint() throws Exception {
		String email = "photo-chromium-" + System.nanoTime() + "@exemple.fr";
		people.add(email, "Paul Photographe", Role.CONTRIBUTOR, PASSWORD);
		Path photo = folder.resolve("marche.jpg");
		Files.write(photo, PictureFiles.jpeg(PictureFiles.redOverBlue(1200, 800), false));

		browser.get(base() + "/login");
		Chromium.submitSignIn(browser, email, PASSWORD);

		browser.get(base() + "/newsroom/media");
		browser.findElement(By.id("file")).sendKeys(photo.toString());
		follow(By.cssSelector("form.media-upload button[type=submit]"));
		String path = java.net.URI.create(browser.getCurrentUrl()).getPath();
		assertThat(path).matches("/newsroom/media/\\d+");
		long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
		String before = browser.findElement(By.id("focus-picture")).getAttribute("src");

		WebElement picture = browser.findElement(By.id("focus-picture"));
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
				.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", picture)));
		((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center'})", picture);
		int width = picture.getSize().getWidth();
		int height = picture.getSize().getHeight();
		var page = browser.findElement(By.tagName("html"));
		// Selenium's offsets start from the element's centre.
		new Actions(browser).moveToElement(picture, -width / 2 + width / 5, -height / 2 + height * 4 / 5)
			.click()
			.perform();
		Chromium.awaitReplaced(browser, page);

		PictureRef ref = pictures.find(id).orElseThrow();
		assertThat(ref.focusX()).isCloseTo(200, within(15));
		assertThat(ref.focusY()).isCloseTo(800, within(15));
		assertThat(browser.findElement(By.id("focus-x")).getAttribute("value")).isEqualTo(String.valueOf(ref.focusX()));
		assertThat(browser.findElement(By.id("focus-picture")).getAttribute("src")).isNotEqualTo(before);
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	/** Clicks and waits for the next page to replace this one. */
	private void follow(By what) {
		Chromium.follow(browser, what);
	}

}
