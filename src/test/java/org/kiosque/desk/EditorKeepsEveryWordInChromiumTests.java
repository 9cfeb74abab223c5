package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kiosque.account.People;
import org.kiosque.account.Person;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleLedger;
import org.kiosque.support.Chromium;
import org.kiosque.support.ChromiumAvailable;
import org.kiosque.support.KiosqueTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.session.SessionRepository;

/**
 * Never lose a word, as an editor notices it in a real browser (Debian's Chromium, the
 * editor's script on): what is typed reaches the server's autosave within seconds while
 * the word count follows the typing; a text typed while the server was out of reach, in a
 * tab then closed, is offered back from the browser's storage; a save pressed after the
 * session ended comes back in the editor after signing in again, and is saved; two
 * editors on one article each see the other named, the one who came first through the
 * heartbeat. Run on H2 only: the same saves, presences and sessions are proved on
 * PostgreSQL without a browser ({@code NeverLoseAWordTests}, {@code PresenceTests}).
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
@ExtendWith(ChromiumAvailable.class)
class EditorKeepsEveryWordInChromiumTests {

	private static final String PASSWORD = "un secret de rédaction";

	private static final Pattern EDITOR_PATH = Pattern.compile("^/newsroom/articles/(\\d+)$");

	/** The script autosaves every 5 seconds; a busy machine gets some more. */
	private static final Duration AUTOSAVE = Duration.ofSeconds(15);

	/**
	 * The script's heartbeat comes every 3 seconds in the tests
	 * ({@code kiosque.desk.heartbeat}); a busy machine gets some more.
	 */
	private static final Duration HEARTBEAT = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Autowired
	ArticleLedger ledger;

	@Autowired
	DraftRepository drafts;

	@Autowired
	RevisionRepository revisions;

	@Autowired
	SessionRepository<?> sessions;

	private final List<Chromium> opened = new ArrayList<>();

	@AfterEach
	void closeChromium() {
		opened.forEach(Chromium::close);
	}

	@Test
	void theTypingReachesTheAutosaveWithinSecondsAndTheWordCountFollowsIt() throws Exception {
		Person editor = editor("Leïla Autosave");
		WebDriver browser = signedIn(editor);
		browser.get(base() + ArticleEditor.NEW);
		assertThat(text(browser, "[data-words]")).isEqualTo("0 mots · 0 min de lecture");

		String headline = "Le port de Sfax rouvre " + System.nanoTime();
		String body = "Les dockers reprennent le travail demain matin, après neuf jours de grève.";
		browser.findElement(By.id("headline")).sendKeys(headline);
		browser.findElement(By.id("body")).sendKeys(body);
		assertThat(text(browser, "[data-words]")).as("counted while typing, reading time included")
			.isEqualTo("12 mots · 1 min de lecture");
		assertThat(text(browser, "[data-headline-length]"))
			.isEqualTo("Titre : " + headline.codePointCount(0, headline.length()) + " caractères");
		await("the new article's autosave on the server").atMost(AUTOSAVE)
			.until(() -> drafts.autosaved(editor.id(), Autosaves.NEW)
				.filter(d -> d.copy().headline().equals(headline) && d.copy().body().equals(body))
				.isPresent());

		Chromium.follow(browser, action("save"));
		long id = articleId(browser);
		assertThat(text(browser, "[data-words]")).as("the server counts as the script did")
			.isEqualTo("12 mots · 1 min de lecture");
		assertThat(drafts.autosaved(editor.id(), Autosaves.NEW)).as("saved: the autosave is dropped").isEmpty();

		String more = " Le premier cargo est attendu à l’aube.";
		browser.findElement(By.id("body")).sendKeys(more);
		assertThat(text(browser, "[data-words]")).isEqualTo("20 mots · 1 min de lecture");
		await("the article's autosave on the server").atMost(AUTOSAVE)
			.until(() -> drafts.autosaved(editor.id(), Autosaves.key(id))
				.filter(d -> d.copy().body().equals(body + more))
				.isPresent());
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).as("an autosave leaves the article alone")
			.isEqualTo(body);
		assertThat(revisions.latestNumber(id)).as("and adds no revision: nothing to thin").isEqualTo(1);

		browser.get(base() + ArticleEditor.NEW);
		assertThat(browser.findElement(By.id("body")).getDomProperty("value")).isEmpty();
		assertThat(browser.findElement(By.cssSelector("[data-local-offer]")).isDisplayed())
			.as("the new article once saved is not offered again in the next one")
			.isFalse();
		assertThat(browser.findElements(By.cssSelector(".desk-unsaved"))).isEmpty();
	}

	@Test
	void aTextTypedOfflineInATabThenClosedIsOfferedBackFromTheBrowser() throws Exception {
		Person editor = editor("Karim Horsligne");
		WebDriver browser = signedIn(editor);
		long id = newArticle(browser, "Hors ligne " + System.nanoTime(), "Le début, enregistré.");

		var chromium = opened.getLast().driver();
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		chromium.setNetworkConditions(offline);
		String typed = "Le début, enregistré.\n\nLa suite, écrite dans le train sans réseau.";
		var body = browser.findElement(By.id("body"));
		body.clear();
		body.sendKeys(typed);
		String typedTab = browser.getWindowHandle();
		browser.switchTo().newWindow(WindowType.TAB);
		String newTab = browser.getWindowHandle();
		browser.switchTo().window(typedTab).close();
		browser.switchTo().window(newTab);
		chromium.deleteNetworkConditions();
		assertThat(drafts.autosaved(editor.id(), Autosaves.key(id))).as("nothing reached the server").isEmpty();

		browser.get(base() + ArticleEditor.PATH + "/" + id);
		var offer = browser.findElement(By.cssSelector("[data-local-offer]"));
		assertThat(offer.isDisplayed()).as("the copy kept in this browser is offered").isTrue();
		assertThat(offer.getText()).contains("Reprendre le texte non enregistré ?");
		assertThat(browser.findElement(By.id("body")).getDomProperty("value")).isEqualTo("Le début, enregistré.");
		offer.findElement(By.cssSelector("[data-local-take]")).click();
		assertThat(browser.findElement(By.id("body")).getDomProperty("value")).isEqualTo(typed);
		assertThat(offer.isDisplayed()).isFalse();
		assertThat(text(browser, "[data-words]")).isEqualTo("11 mots · 1 min de lecture");

		Chromium.follow(browser, action("save"));
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo(typed);
		browser.get(base() + ArticleEditor.PATH + "/" + id);
		assertThat(browser.findElement(By.cssSelector("[data-local-offer]")).isDisplayed())
			.as("saved: the browser's copy is dropped")
			.isFalse();
	}

	@Test
	void aSavePressedAfterTheSessionEndedComesBackAfterSigningInAndIsSaved() throws Exception {
		Person editor = editor("Sonia Session");
		WebDriver browser = signedIn(editor);
		long id = newArticle(browser, "Session finie " + System.nanoTime(), "Avant la pause.");

		sessions
			.deleteById(new String(Base64.getDecoder().decode(browser.manage().getCookieNamed("SESSION").getValue()),
					StandardCharsets.UTF_8));
		String typed = "Avant la pause.\n\nUne heure d’écriture, la session finie entre-temps.";
		var body = browser.findElement(By.id("body"));
		body.clear();
		body.sendKeys(typed);
		await("the script tells the session ended").atMost(AUTOSAVE)
			.until(() -> browser.findElement(By.cssSelector("[data-expired]")).isDisplayed());
		assertThat(text(browser, "[data-expired]")).startsWith("Votre session a expiré : reconnectez-vous.");

		Chromium.follow(browser, action("save"));
		assertThat(path(browser.getCurrentUrl())).as("asked to sign in").isEqualTo("/login");
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("Avant la pause.");
		signIn(browser, editor);

		assertThat(path(browser.getCurrentUrl())).as("back in the editor").isEqualTo(ArticleEditor.PATH + "/" + id);
		assertThat(browser.findElement(By.id("body")).getDomProperty("value")).isEqualTo(typed);
		assertThat(text(browser, "p[class=notice]")).contains("votre texte a été gardé");
		assertThat(browser.findElement(By.cssSelector("[data-local-offer]")).isDisplayed())
			.as("the same text: nothing more to offer")
			.isFalse();
		Chromium.follow(browser, action("save"));
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo(typed);
	}

	@Test
	void twoEditorsOnOneArticleEachSeeTheOtherNamed() throws Exception {
		String marker = String.valueOf(System.nanoTime());
		Person first = editor("Amel Première " + marker);
		Person second = editor("Bilel Second " + marker);
		WebDriver firstBrowser = signedIn(first);
		long id = newArticle(firstBrowser, "À deux " + marker, "Un texte à quatre mains.");
		assertThat(firstBrowser.findElement(By.cssSelector("[data-presence]")).isDisplayed()).as("alone yet").isFalse();

		WebDriver secondBrowser = signedIn(second);
		secondBrowser.get(base() + ArticleEditor.PATH + "/" + id);
		assertThat(text(secondBrowser, "[data-presence]")).isEqualTo("Aussi ouvert par : " + first.displayName());

		await("the first one's heartbeat names the second").atMost(HEARTBEAT)
			.until(() -> firstBrowser.findElement(By.cssSelector("[data-presence]")).isDisplayed());
		assertThat(text(firstBrowser, "[data-presence]")).isEqualTo("Aussi ouvert par : " + second.displayName());
	}

	private Person editor(String name) {
		return people.add("plume-" + System.nanoTime() + "@exemple.fr", name, Role.EDITOR, PASSWORD);
	}

	/** A fresh Chromium, signed in as {@code person} (no remember-me). */
	private WebDriver signedIn(Person person) throws Exception {
		Chromium chromium = Chromium.open();
		opened.add(chromium);
		WebDriver browser = chromium.driver();
		browser.get(base() + "/login");
		signIn(browser, person);
		return browser;
	}

	/** Fills in the sign-in form shown and sends it. */
	private static void signIn(WebDriver browser, Person person) {
		Chromium.submitSignIn(browser, person.email(), PASSWORD);
	}

	/** Writes and saves a new article in the editor; leaves the browser in its editor. */
	private long newArticle(WebDriver browser, String headline, String body) {
		browser.get(base() + ArticleEditor.NEW);
		browser.findElement(By.id("headline")).sendKeys(headline);
		browser.findElement(By.id("body")).sendKeys(body);
		Chromium.follow(browser, action("save"));
		return articleId(browser);
	}

	private static long articleId(WebDriver browser) {
		Matcher editor = EDITOR_PATH.matcher(path(browser.getCurrentUrl()));
		assertThat(editor.find()).as("in an article's editor, not %s", browser.getCurrentUrl()).isTrue();
		return Long.parseLong(editor.group(1));
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private static By action(String value) {
		return By.cssSelector("form#editor button[name=action][value=" + value + "]");
	}

	/** The element's text, no-break spaces as plain spaces. */
	private static String text(WebDriver browser, String selector) {
		return browser.findElement(By.cssSelector(selector)).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
	}

	private static String path(String url) {
		return java.net.URI.create(url).getPath();
	}

}
