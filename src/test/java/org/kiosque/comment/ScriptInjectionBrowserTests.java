package org.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.support.Chromium;
import org.kiosque.support.KiosqueTest;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Script injection in a real browser (Debian's Chromium). Each payload, if it ever ran,
 * would set {@code window.__pwned} or change the title. The page's CSP would block inline
 * scripts anyway, so the test also proves that no element but ours reached the DOM: the
 * escaping, not the CSP, is what keeps readers safe.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
@org.junit.jupiter.api.extension.ExtendWith(org.kiosque.support.ChromiumAvailable.class)
class ScriptInjectionBrowserTests {

	static final List<String> PAYLOADS = List.of("<script>window.__pwned=1;document.title='PWNED'</script>",
			"<img src=x onerror=\"window.__pwned=1;document.title='PWNED'\">",
			"\"><svg onload=\"window.__pwned=1;document.title='PWNED'\">",
			"<a href=\"javascript:window.__pwned=1\">clic</a> javascript:window.__pwned=1",
			"https://ok.example/\"onmouseover=\"window.__pwned=1\" x=\"",
			"</textarea><script>window.__pwned=1</script>",
			"<iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>",
			"<details open ontoggle=\"window.__pwned=1\">x</details>",
			"<svg><animate onbegin=\"window.__pwned=1\" attributeName=x dur=1s>", "<body onload=\"window.__pwned=1\">",
			"{{constructor.constructor('window.__pwned=1')()}}");

	@RegisterExtension
	CommentFixtures fixtures = new CommentFixtures();

	Chromium chromium;

	ChromeDriver driver;

	@BeforeEach
	void setUp() throws IOException {
		chromium = Chromium.open();
		driver = chromium.driver();
	}

	@AfterEach
	void tearDown() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@Test
	void approvedScriptInjectionsAreShownAsTextAndNeverRun() {
		var article = fixtures.article();
		Map<Long, String> posted = new LinkedHashMap<>();
		for (String payload : PAYLOADS) {
			String body = payload + " " + System.nanoTime();
			var page = fixtures.post(fixtures.reader(), article.path(), "<script>window.__pwned=1</script>",
					CommentFixtures.email(), body);
			assertThat(page.status()).as(payload).isEqualTo(303);
			posted.put(CommentFixtures.idFrom(page), body);
		}
		fixtures.moderation().apply(Moderation.Action.APPROVE, posted.keySet());

		driver.get("http://127.0.0.1:" + fixtures.port() + article.path());
		hover(driver.findElements(By.cssSelector(".comments a")));

		assertNothingRan();
		for (var entry : posted.entrySet()) {
			WebElement body = driver.findElement(By.cssSelector("#commentaire-" + entry.getKey() + " .comment-body"));
			assertThat(body.getText()).isEqualTo(entry.getValue());
			assertThat(
					driver.findElement(By.cssSelector("#commentaire-" + entry.getKey() + " .comment-author")).getText())
				.isEqualTo("<script>window.__pwned=1</script>");
		}
		WebElement section = driver.findElement(By.id("commentaires"));
		for (String tag : List.of("script", "img", "svg", "iframe", "details", "animate", "body")) {
			assertThat(section.findElements(By.tagName(tag))).as(tag).isEmpty();
		}
		for (WebElement link : section.findElements(By.cssSelector(".comment-body a"))) {
			assertThat(link.getAttribute("href")).startsWith("https://ok.example/");
			assertThat(link.getAttribute("rel")).isEqualTo("nofollow ugc noopener");
			assertThat(link.getAttribute("onmouseover")).isNull();
		}
	}

	@Test
	void aRefusedFormShowsTheInjectionBackAsTypedTextOnly() {
		var article = fixtures.article();
		driver.get("http://127.0.0.1:" + fixtures.port() + article.path());
		String name = "\"><svg onload=\"window.__pwned=1\">";
		String body = "</textarea><script>window.__pwned=1;document.title='PWNED'</script><img src=x onerror=\"window.__pwned=1\">";
		driver.findElement(By.id("comment-name")).sendKeys(name);
		driver.findElement(By.id("comment-email")).sendKeys("pas-une-adresse");
		((JavascriptExecutor) driver).executeScript("document.getElementById('comment-body').value = arguments[0];",
				body);
		Chromium.follow(driver, By.cssSelector("form.comment-form button[type=submit]"));

		assertThat(driver.findElement(By.id("comment-email-error")).getText())
			.isEqualTo("Cette adresse e-mail n’est pas valide.");
		assertNothingRan();
		assertThat(driver.findElement(By.id("comment-name")).getAttribute("value")).isEqualTo(name);
		assertThat(driver.findElement(By.id("comment-body")).getAttribute("value")).isEqualTo(body);
		assertThat(driver.findElement(By.id("commentaires")).findElements(By.cssSelector("script, svg, img")))
			.isEmpty();
	}

	private void assertNothingRan() {
		JavascriptExecutor js = driver;
		assertThat(js.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
		assertThat(js.executeScript("return typeof parent.__pwned")).isEqualTo("undefined");
		assertThat(driver.getTitle()).doesNotContain("PWNED").contains("Un article à commenter");
		assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
	}

	private void hover(List<WebElement> links) {
		for (WebElement link : links) {
			new org.openqa.selenium.interactions.Actions(driver).moveToElement(link).perform();
		}
	}

}
