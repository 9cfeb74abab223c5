package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.account.People;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.LeadImage;
import org.kiosque.media.PictureRef;
import org.kiosque.media.Pictures;
import org.kiosque.support.Chromium;
import org.kiosque.support.ChromiumAvailable;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.SamplePictures;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor in a real browser (Debian's Chromium, scripts on) sends a photo with the
 * editor's form, sets its focal point with a click on it, publishes, and sees the photo
 * loaded on the published page, from the rendition the page names.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
@ExtendWith(ChromiumAvailable.class)
class LeadPictureInChromiumTests {

	private static final String PASSWORD = "un secret de rédaction";

	private static final Pattern EDITOR_PATH = Pattern.compile("/newsroom/articles/(\\d+)$");

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	ArticleLedger ledger;

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
	void anEditorUploadsAPhotoSetsItsFocalPointPublishesAndSeesIt() {
		String marker = String.valueOf(System.nanoTime());
		String email = "photo-chromium-" + marker + "@exemple.fr";
		people.add(email, "Samir Photographe", Role.EDITOR, PASSWORD);
		Path photo = SamplePictures.write(folder.resolve("tipaza-" + marker + ".jpg"), SamplePictures.jpeg(1600, 1000));

		browser.get(base() + "/login");
		Chromium.submitSignIn(browser, email, PASSWORD);

		browser.get(base() + "/newsroom/articles/new");
		browser.findElement(By.id("headline")).sendKeys("Les ruines de Tipaza au printemps " + marker);
		browser.findElement(By.id("body")).sendKeys("Les amandiers sont en fleurs. " + marker);
		browser.findElement(By.id("pictureFile")).sendKeys(photo.toAbsolutePath().toString());
		browser.findElement(By.id("caption")).sendKeys("Les ruines de Tipaza face à la mer");
		browser.findElement(By.id("credit")).sendKeys("Samir B.");
		follow(action("save"));
		Matcher editorPath = EDITOR_PATH.matcher(java.net.URI.create(browser.getCurrentUrl()).getPath());
		assertThat(editorPath.find()).as("sent to the article's editor, not %s", browser.getCurrentUrl()).isTrue();
		long id = Long.parseLong(editorPath.group(1));

		// A click a quarter of the way across and down the picture shown in the editor.
		WebElement preview = browser.findElement(By.cssSelector("img[data-focus-image]"));
		waitUntilLoaded(preview);
		int width = preview.getRect().getWidth();
		int height = preview.getRect().getHeight();
		new Actions(browser).moveToElement(preview, -width / 4, -height / 4).click().perform();
		int focusX = Integer.parseInt(browser.findElement(By.id("focusX")).getDomProperty("value"));
		int focusY = Integer.parseInt(browser.findElement(By.id("focusY")).getDomProperty("value"));
		assertThat(focusX).isBetween(220, 280);
		assertThat(focusY).isBetween(220, 280);
		assertThat(browser.findElement(By.cssSelector("[data-focus-mark]")).isDisplayed()).isTrue();
		follow(action("publish"));

		LeadImage lead = ledger.lead(id).orElseThrow();
		PictureRef picture = pictures.find(lead.pictureId()).orElseThrow();
		assertThat(picture.focusX()).isEqualTo(focusX);
		assertThat(picture.focusY()).isEqualTo(focusY);
		assertThat(lead.caption()).isEqualTo("Les ruines de Tipaza face à la mer");

		browser.get(base() + ledger.find(id).orElseThrow().path());
		WebElement shown = browser.findElement(By.cssSelector("figure.lead-image picture img"));
		waitUntilLoaded(shown);
		assertThat(shown.getDomAttribute("alt")).isEqualTo("Les ruines de Tipaza face à la mer");
		String current = (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].currentSrc;",
				shown);
		assertThat(current).contains("/media/" + picture.id() + "/" + picture.version() + "/full-");
		assertThat(browser.findElement(By.cssSelector("figure.lead-image figcaption")).getText())
			.contains("Les ruines de Tipaza face à la mer")
			.contains("Samir B.");
	}

	/** Waits until the browser has the picture's pixels (its natural width known). */
	private void waitUntilLoaded(WebElement img) {
		new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
			Object width = ((JavascriptExecutor) driver)
				.executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", img);
			return width instanceof Number n && n.intValue() > 0;
		});
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private static By action(String value) {
		return By.cssSelector("form#editor button[name=action][value=" + value + "]");
	}

	/** Clicks and waits for the next page to replace this one. */
	private void follow(By what) {
		Chromium.follow(browser, what);
	}

}
