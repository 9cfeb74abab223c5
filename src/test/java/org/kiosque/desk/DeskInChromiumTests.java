package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kiosque.account.People;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.kiosque.support.Chromium;
import org.kiosque.support.ChromiumAvailable;
import org.kiosque.support.KiosqueTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor in a real browser (Debian's Chromium, scripts on): signs in, writes an
 * article with a section and tags in the desk's editor, previews it through the public
 * page's template, publishes it, finds it on the front page and in both feeds, then
 * changes its headline: the feeds show the new headline under the same RSS {@code guid}
 * and Atom {@code id}, and the article keeps its address.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
@ExtendWith(ChromiumAvailable.class)
class DeskInChromiumTests {

	private static final String PASSWORD = "un secret de rédaction";

	private static final Pattern EDITOR_PATH = Pattern.compile("/newsroom/articles/(\\d+)$");

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	ArticleLedger ledger;

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
	void editorWritesPreviewsPublishesAndRenamesAnArticleThatKeepsItsAddressAndFeedIdentity() {
		String marker = String.valueOf(System.nanoTime());
		String section = newsdesk.ensureSection("Littoral " + marker, 90);
		String email = "editor-chromium-" + marker + "@exemple.fr";
		people.add(email, "Nadia Rédactrice", Role.EDITOR, PASSWORD);
		String headline = "Les pêcheurs de Mahdia rentrent au port " + marker;

		browser.get(base() + "/login");
		Chromium.submitSignIn(browser, email, PASSWORD);

		browser.get(base() + "/newsroom/articles/new");
		browser.findElement(By.id("headline")).sendKeys(headline);
		browser.findElement(By.id("standfirst")).sendKeys("Trois jours de tempête ont tenu la flottille à quai.");
		browser.findElement(By.id("body"))
			.sendKeys("Les chalutiers sont sortis à l’aube.\n\nLa criée a rouvert à midi. " + marker);
		new Select(browser.findElement(By.id("section"))).selectByValue(section);
		browser.findElement(By.id("tags")).sendKeys("Pêche, Mahdia " + marker);
		follow(action("save"));
		Matcher editorPath = EDITOR_PATH.matcher(path(browser.getCurrentUrl()));
		assertThat(editorPath.find()).as("sent to the article's editor, not %s", browser.getCurrentUrl()).isTrue();
		long id = Long.parseLong(editorPath.group(1));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(headline);

		follow(By.cssSelector(".desk-status a[href='/newsroom/articles/" + id + "/preview']"));
		assertThat(browser.findElement(By.cssSelector("h1")).getText()).isEqualTo(headline);
		assertThat(browser.findElements(By.cssSelector("article, main")).getFirst().getText())
			.contains("La criée a rouvert à midi.");

		browser.get(base() + "/newsroom/articles/" + id);
		follow(action("publish"));
		var published = ledger.find(id).orElseThrow();
		assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(published.tags()).contains("Pêche", "Mahdia " + marker);
		String address = browser.findElement(By.cssSelector(".desk-status a[href^='/article/']")).getAttribute("href");
		assertThat(path(address)).isEqualTo(published.path());

		browser.get(base() + "/");
		follow(By.cssSelector("a[href='" + published.path() + "']"));
		assertThat(path(browser.getCurrentUrl())).isEqualTo(published.path());
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(headline);
		String guid = rssItem(published.path()).selectFirst("guid").text();
		String atomId = atomEntry(published.path()).selectFirst("id").text();
		assertThat(rssItem(published.path()).selectFirst("title").text()).isEqualTo(headline);

		String renamed = "Les pêcheurs de Mahdia retrouvent la mer " + marker;
		browser.get(base() + "/newsroom/articles/" + id);
		WebElement headlineField = browser.findElement(By.id("headline"));
		headlineField.clear();
		headlineField.sendKeys(renamed);
		follow(action("save"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(renamed);
		assertThat(path(browser.findElement(By.cssSelector(".desk-status a[href^='/article/']")).getAttribute("href")))
			.as("the editor links the same address")
			.isEqualTo(published.path());

		browser.get(base() + published.path());
		assertThat(path(browser.getCurrentUrl())).as("no redirect: the address is kept").isEqualTo(published.path());
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(renamed);
		Element item = rssItem(published.path());
		assertThat(item.selectFirst("title").text()).isEqualTo(renamed);
		assertThat(item.selectFirst("guid").text()).isEqualTo(guid);
		Element entry = atomEntry(published.path());
		assertThat(entry.selectFirst("title").text()).isEqualTo(renamed);
		assertThat(entry.selectFirst("id").text()).isEqualTo(atomId);
		assertThat(new Browser(port).get(published.path()).status()).isEqualTo(200);
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

	private static String path(String url) {
		return java.net.URI.create(url).getPath();
	}

	/** The RSS item linking {@code articlePath}; feeds are read as a feed reader does. */
	private Element rssItem(String articlePath) {
		return feed("/feed.xml").select("item")
			.stream()
			.filter(i -> path(i.selectFirst("link").text()).equals(articlePath))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No RSS item for " + articlePath));
	}

	private Element atomEntry(String articlePath) {
		return feed("/feed.atom").select("entry")
			.stream()
			.filter(e -> path(e.selectFirst("link[rel=alternate], link:not([rel])").attr("href")).equals(articlePath))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No Atom entry for " + articlePath));
	}

	private Document feed(String feedPath) {
		var answer = new Browser(port).get(feedPath);
		assertThat(answer.status()).as(feedPath).isEqualTo(200);
		return Jsoup.parse(answer.body(), "", Parser.xmlParser());
	}

}
