package org.kiosque.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.HtmlValidityTests;
import org.kiosque.comment.CommentPolicy;
import org.kiosque.newsletter.NewsletterPolicy;
import org.kiosque.site.SavedSettings;
import org.kiosque.site.SiteSettings;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The site settings page over real HTTP: an admin's value shows at once on the public
 * pages (name in the masthead and title, tagline, public address in the canonical URL and
 * the feed, language), is marked as set here, goes back to the properties' value on
 * reset; a bad value is refused with a French sentence (422) and nothing of the form is
 * saved; editors and contributors are refused the page. Every test puts the defaults
 * back: the suite assumes them.
 */
@KiosqueTest
class SiteSettingsPageTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SavedSettings saved;

	@Autowired
	SiteSettings site;

	@AfterEach
	void backToTheDefaults() {
		for (Setting setting : Setting.values()) {
			saved.reset(setting.savedAs());
		}
	}

	@Test
	void aNewNameAndTaglineShowAtOnceInTheMastheadTitleAndDescription() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		String name = "Le Courrier " + System.nanoTime();
		new Browser(port).get("/");

		var done = admin.submit("/newsroom/settings", "form#site-settings",
				Map.of("name", name, "tagline", "Des nouvelles du monde entier"));

		assertThat(done.status()).isEqualTo(302);
		assertThat(done.location()).isEqualTo("/newsroom/settings?done");
		var home = new Browser(port).get("/");
		assertThat(home.html().select(".masthead .brand").text()).isEqualTo(name);
		assertThat(home.html().title()).isEqualTo(name);
		assertThat(home.html().select("meta[name=description]").attr("content"))
			.isEqualTo("Des nouvelles du monde entier");
		var page = admin.get("/newsroom/settings?done");
		assertThat(page.html().select("input#name").val()).isEqualTo(name);
		assertThat(page.html().select("#name-origin").text()).contains("Réglé ici par");
		assertThat(page.html().select("#locale-origin").text()).contains("Valeur des propriétés");
		assertThat(HtmlValidityTests.errors(page.body())).isEmpty();
	}

	@Test
	void resetGivesThePropertiesTheirSayAgain() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		String byDefault = site.defaults().name();
		admin.submit("/newsroom/settings", "form#site-settings", Map.of("name", "Éphémère " + System.nanoTime()));
		assertThat(site.name()).startsWith("Éphémère");
		String token = admin.get("/newsroom/settings").html().selectFirst("input[name=_csrf]").val();

		var reset = admin.post("/newsroom/settings/reset", Map.of("_csrf", token, "reset", SiteSettings.NAME));

		assertThat(reset.status()).isEqualTo(302);
		assertThat(site.name()).isEqualTo(byDefault);
		assertThat(new Browser(port).get("/").html().select(".masthead .brand").text()).isEqualTo(byDefault);
		assertThat(admin.get("/newsroom/settings").html().select("#name-origin").text())
			.contains("Valeur des propriétés");
	}

	@Test
	void thePublicAddressMakesTheCanonicalUrlsAndTheFeed() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		new Browser(port).get("/feed.xml");

		admin.submit("/newsroom/settings", "form#site-settings", Map.of("base-url", "https://journal.exemple.fr/"));

		assertThat(new Browser(port).get("/").html().select("link[rel=canonical]").attr("href"))
			.startsWith("https://journal.exemple.fr/");
		assertThat(new Browser(port).get("/feed.xml").body()).contains("<link>https://journal.exemple.fr");
		assertThat(site.absolute("/x")).isEqualTo("https://journal.exemple.fr/x");
	}

	@Test
	void englishShowsEnglishLabels() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);

		admin.submit("/newsroom/settings", "form#site-settings", Map.of("locale", "en"));

		var home = new Browser(port).get("/");
		assertThat(home.html().select("html").attr("lang")).isEqualTo("en");
		assertThat(admin.get("/newsroom/settings").html().select("h1").text()).isEqualTo("Site settings");
	}

	@Test
	void theNewsletterAndCommentPolicyAreReadWhereTheyAreUsed() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);

		var done = admin.submit("/newsroom/settings", "form#site-settings", Map.of("edition-hour", "18", "moderation",
				"post", "close-after-days", "7", "newsletter-from", "lettre@journal.exemple.fr"));

		assertThat(done.status()).isEqualTo(302);
		assertThat(context.getBean(NewsletterPolicy.class).editionTime()).isEqualTo(LocalTime.of(18, 0));
		assertThat(context.getBean(NewsletterPolicy.class).from()).isEqualTo("lettre@journal.exemple.fr");
		assertThat(context.getBean(CommentPolicy.class).postModeration()).isTrue();
		assertThat(context.getBean(CommentPolicy.class).closeAfter()).isEqualTo(Duration.ofDays(7));
	}

	@Test
	void aBadValueIsRefusedInFrenchAndNothingIsSaved() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		String byDefault = site.name();

		var refused = admin.submit("/newsroom/settings", "form#site-settings",
				Map.of("name", "Refusé " + System.nanoTime(), "base-url", "https://journal.exemple.fr/une?x=1"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html().select("#base-url-problem").text()).contains("L’adresse publique doit être");
		assertThat(HtmlValidityTests.errors(refused.body())).isEmpty();
		assertThat(site.name()).isEqualTo(byDefault);
		for (var bad : Map
			.of("base-url", "ftp://journal.exemple.fr", "edition-hour", "24", "time-zone", "Mars/Olympus", "locale",
					"de", "moderation", "never", "close-after-days", "0", "newsletter-from", "pas une adresse", "name",
					" ")
			.entrySet()) {
			assertThat(admin.submit("/newsroom/settings", "form#site-settings", Map.of(bad.getKey(), bad.getValue()))
				.status()).as(bad.getKey()).isEqualTo(422);
		}
		assertThat(saved.all().keySet()).noneMatch(name -> Setting.savedAs(name).isPresent());
	}

	@Test
	void editorsAndContributorsAreRefused() {
		for (Role role : new Role[] { Role.EDITOR, Role.CONTRIBUTOR }) {
			Browser staff = StaffSession.signedIn(context, port, role);
			assertThat(staff.get("/newsroom/settings").status()).as(role.name()).isEqualTo(403);
			String token = staff.get("/account").html().selectFirst("input[name=_csrf]").val();
			assertThat(staff.post("/newsroom/settings", Map.of("_csrf", token, "name", "Piraté")).status())
				.isEqualTo(403);
			assertThat(
					staff.post("/newsroom/settings/reset", Map.of("_csrf", token, "reset", SiteSettings.NAME)).status())
				.isEqualTo(403);
		}
		assertThat(site.savedHere(SiteSettings.NAME)).isFalse();
	}

}
