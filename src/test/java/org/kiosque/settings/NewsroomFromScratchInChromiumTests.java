package org.kiosque.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.Browser;
import org.kiosque.support.Chromium;
import org.kiosque.support.ChromiumAvailable;
import org.kiosque.support.KiosqueProcess;
import org.kiosque.support.Mailbox;
import org.kiosque.support.SamplePictures;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The scenario in a real browser (Debian's Chromium) on a fresh install (a
 * process of its own on an empty data directory, no mail server: mail goes to
 * {@code DATA/outbox/}): the first admin is created with the setup code from the log,
 * names the newspaper and gives it a logo, creates a section and invites an editor, who
 * accepts by the mailed link, writes a story in that section and pins it as the front
 * page's lead. The front page then shows the logo (the name as its text) and the story.
 */
@ExtendWith(ChromiumAvailable.class)
class NewsroomFromScratchInChromiumTests {

	private static final Pattern CODE = Pattern
		.compile("Code d’installation du premier administrateur : ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})");

	private static final Pattern INVITATION = Pattern.compile("https?://[^/\\s\"<>]+(/invitation\\?token=[^\\s\"<>]+)");

	private static final Pattern EDITOR_PATH = Pattern.compile("/newsroom/articles/(\\d+)$");

	private static final String PASSWORD = "la clé de la rédaction";

	@TempDir
	Path dataDir;

	private ChromeDriver browser;

	private String base;

	@Test
	void anAdminStartsTheNewspaperAndAnInvitedEditorPinsTheLeadStory() throws Exception {
		try (KiosqueProcess server = KiosqueProcess.start(dataDir, List.of(), "--kiosque.demo.enabled=false",
				"--spring.main.banner-mode=off"); Chromium chromium = Chromium.open()) {
			browser = chromium.driver();
			base = server.base();
			Matcher printed = CODE.matcher(server.log());
			assertThat(printed.find()).as(server.log()).isTrue();

			// The first admin, from the setup code.
			browser.get(base + "/newsroom");
			assertThat(path(browser.getCurrentUrl())).isEqualTo("/newsroom/setup");
			browser.findElement(By.id("code")).sendKeys(printed.group(1));
			browser.findElement(By.id("email")).sendKeys("chef@exemple.fr");
			browser.findElement(By.id("displayName")).sendKeys("Cheffe de la rédaction");
			browser.findElement(By.id("password")).sendKeys(PASSWORD);
			follow(By.cssSelector("form#setup button[type=submit]"));
			assertThat(text()).contains("Compte administrateur créé");
			signIn("chef@exemple.fr");

			// The newspaper's name and logo.
			String name = "Le Phare de Sfax";
			browser.get(base + "/newsroom/settings");
			WebElement nameField = browser.findElement(By.id("name"));
			nameField.clear();
			nameField.sendKeys(name);
			follow(By.cssSelector("form#site-settings > button[type=submit]"));
			assertThat(browser.findElement(By.cssSelector("#name-origin")).getText()).contains("Réglé ici par");
			Path logo = SamplePictures.write(dataDir.resolve("logo.png"), SamplePictures.png(600, 300));
			browser.findElement(By.id("logo-file")).sendKeys(logo.toString());
			follow(By.cssSelector("form#logo-upload button[type=submit]"));
			assertThat(browser.findElement(By.id("logo")).getAttribute("value")).matches("\\d+");

			// A section.
			String section = "Économie";
			browser.get(base + "/newsroom/sections");
			browser.findElement(By.id("new-name")).sendKeys(section);
			follow(By.cssSelector("form#new-section button[type=submit]"));

			// An editor, invited by mail (the outbox, without a mail server).
			browser.get(base + "/newsroom/people");
			browser.findElement(By.id("invite-email")).sendKeys("redaction@exemple.fr");
			new Select(browser.findElement(By.id("invite-role"))).selectByValue("EDITOR");
			follow(By.cssSelector("form#invite button[type=submit]"));
			String invitation = await().atMost(Duration.ofSeconds(20))
				.until(() -> invitationLink(dataDir.resolve("outbox")), link -> link != null);
			browser.manage().deleteAllCookies();
			browser.get(base + invitation);
			browser.findElement(By.id("displayName")).clear();
			browser.findElement(By.id("displayName")).sendKeys("Nadia Rédactrice");
			browser.findElement(By.id("password")).sendKeys(PASSWORD);
			follow(By.cssSelector("form#invitation button[type=submit]"));
			browser.manage().deleteAllCookies();
			signIn("redaction@exemple.fr");

			// The editor writes a story in the section, publishes it and pins it.
			String headline = "Le port de Sfax rouvre ses quais";
			browser.get(base + "/newsroom/articles/new");
			browser.findElement(By.id("headline")).sendKeys(headline);
			browser.findElement(By.id("body")).sendKeys("Les dockers ont repris le travail à l’aube.");
			new Select(browser.findElement(By.id("section"))).selectByVisibleText(section);
			follow(By.cssSelector("form#editor button[name=action][value=save]"));
			Matcher editorPath = EDITOR_PATH.matcher(path(browser.getCurrentUrl()));
			assertThat(editorPath.find()).as(browser.getCurrentUrl()).isTrue();
			String id = editorPath.group(1);
			follow(By.cssSelector("form#editor button[name=action][value=publish]"));
			String address = path(
					browser.findElement(By.cssSelector(".desk-status a[href^='/article/']")).getAttribute("href"));

			browser.get(base + "/newsroom/front");
			new Select(browser.findElement(By.id("pin-0"))).selectByValue(id);
			follow(By.cssSelector("form#front-form > button[type=submit]"));

			browser.get(base + "/");
			WebElement brand = browser.findElement(By.cssSelector(".masthead .brand img"));
			assertThat(brand.getAttribute("alt")).isEqualTo(name);
			assertThat(browser.getTitle()).isEqualTo(name);
			assertThat(browser.findElement(By.cssSelector(".lead-story h2 a")).getAttribute("href")).endsWith(address);
			assertThat(new Browser(server.port()).get(path(brand.getAttribute("src"))).status()).isEqualTo(200);
		}
	}

	private void signIn(String email) {
		browser.get(base + "/login");
		Chromium.submitSignIn(browser, email, PASSWORD);
	}

	private void follow(By what) {
		Chromium.follow(browser, what);
	}

	private String text() {
		return browser.findElement(By.tagName("body")).getText();
	}

	/**
	 * The invitation's link, site-relative, from the first mail of the outbox that has
	 * one.
	 */
	private static String invitationLink(Path outbox) throws IOException {
		if (!Files.isDirectory(outbox)) {
			return null;
		}
		try (Stream<Path> files = Files.list(outbox)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".eml")).toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), in);
					Matcher link = INVITATION.matcher(Mailbox.decoded(mail));
					if (link.find()) {
						return link.group(1).replace("&amp;", "&");
					}
				}
				catch (jakarta.mail.MessagingException e) {
					throw new UncheckedIOException(new IOException(e));
				}
			}
		}
		return null;
	}

	private static String path(String url) {
		return URI.create(url).getPath();
	}

}
