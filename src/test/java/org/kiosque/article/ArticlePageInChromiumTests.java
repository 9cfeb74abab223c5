package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kiosque.support.Browser;
import org.kiosque.support.Chromium;
import org.kiosque.support.ChromiumAvailable;
import org.kiosque.support.KiosqueTest;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The article page as a real browser gets it from the node's copy: Chromium asks for gzip
 * (and brotli, zstd), so it gets the copy's gzip stream put together around the live
 * count, and must read it as the page.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
@ExtendWith(ChromiumAvailable.class)
class ArticlePageInChromiumTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	MeterRegistry meters;

	@Test
	void chromiumReadsTheCompressedCopyWithTheLiveCountAndIsCountedOnce() throws Exception {
		String headline = "Lu dans un vrai navigateur " + System.nanoTime();
		var article = newsdesk.create(new ArticleDraft(headline, "Chapeau.",
				"Premier paragraphe.\n\nSecond paragraphe.", null, List.of(), null, "AA",
				new LeadImage(null, null, null), ArticleStatus.PUBLISHED, Instant.now().minusSeconds(60), true, null),
				66);
		// Headless Chromium names itself HeadlessChrome, which the bot list knows: this
		// one
		// passes for the browser it is, so that its read counts.
		try (Chromium chromium = Chromium.open("--user-agent=Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 "
				+ "(KHTML, like Gecko) Chrome/140.0 Safari/537.36")) {
			var browser = chromium.driver();
			// The page is made and kept (66, then 67).
			new Browser(port).get(article.path());
			double copiesBefore = copiesServed();
			browser.get("http://127.0.0.1:" + port + article.path());
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(headline);
			assertThat(browser.findElement(By.cssSelector("p.reads")).getText())
				.isEqualTo("Nombre de lectures : 67 fois");
			assertThat(browser.findElement(By.cssSelector("p.source")).getText()).isEqualTo("[AA]");
			assertThat(browser.findElements(By.cssSelector("div.body p"))).hasSize(2);

			browser.navigate().refresh(); // the same reader again: the new total, not
											// counted
			assertThat(browser.findElement(By.cssSelector("p.reads")).getText())
				.isEqualTo("Nombre de lectures : 68 fois");
			// Copies live a second, so on a slow machine a view may find its copy expired
			// and make the page again: reload until one view comes from a copy. The same
			// reader is never counted again, however many reloads that takes.
			await().atMost(Duration.ofSeconds(20)).until(() -> {
				browser.navigate().refresh();
				return copiesServed() > copiesBefore;
			});
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(headline);
			assertThat(browser.findElement(By.cssSelector("p.reads")).getText())
				.isEqualTo("Nombre de lectures : 68 fois");
		}
		assertThat(new Browser(port).get(article.path()).html().select("p.reads").text())
			.isEqualTo("Nombre de lectures : 68 fois");
	}

	private double copiesServed() {
		var counter = meters.find("kiosque.pages.copies").tag("result", "hit").counter();
		return counter == null ? 0 : counter.count();
	}

}
