package org.kiosque.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.HtmlValidityTests;
import org.kiosque.media.Pictures;
import org.kiosque.site.SavedSettings;
import org.kiosque.site.SiteSettings;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.SamplePictures;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The logo over real HTTP: uploaded on the settings page or chosen from the media library
 * by its number, it replaces the name in the masthead (the name as its text alternative);
 * the favicon, the home-screen icon and the app manifest's icons are its square
 * renditions, which answer; without it, the initial's SVG. A number that is no picture is
 * refused (422).
 */
@KiosqueTest
class SiteLogoTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	SavedSettings saved;

	@Autowired
	SiteSettings site;

	@Autowired
	Pictures pictures;

	@AfterEach
	void backToTheDefaults() {
		for (Setting setting : Setting.values()) {
			saved.reset(setting.savedAs());
		}
	}

	@Test
	void anUploadedLogoReplacesTheNameAndMakesTheIcons() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		assertThat(new Browser(port).get("/").html().select("link[rel=icon]").attr("href")).startsWith("/icon.svg");
		String token = admin.get("/newsroom/settings").html().selectFirst("#logo-upload input[name=_csrf]").val();

		var sent = admin.postMultipart("/newsroom/settings/logo", Map.of("_csrf", token), "file", "logo.png",
				"image/png", SamplePictures.png(800, 400));

		assertThat(sent.status()).as(sent.text()).isEqualTo(302);
		assertThat(site.logo()).isPresent();
		var home = new Browser(port).get("/");
		var img = home.html().selectFirst(".masthead .brand img");
		assertThat(img).isNotNull();
		assertThat(img.attr("alt")).isEqualTo(site.name());
		assertThat(new Browser(port).get(img.attr("src")).status()).isEqualTo(200);
		String icon = home.html().select("link[rel=icon]").attr("href");
		assertThat(icon).startsWith("/media/" + site.logo().get() + "/").contains("/square-");
		assertThat(home.html().select("link[rel=icon]").attr("type")).isEqualTo("image/jpeg");
		assertThat(new Browser(port).get(icon).status()).isEqualTo(200);
		String manifest = new Browser(port).get(home.html().select("link[rel=manifest]").attr("href")).body();
		assertThat(manifest).contains("/square-").contains("\"sizes\":\"320x320\"");
		assertThat(HtmlValidityTests.errors(home.body())).isEmpty();
		assertThat(HtmlValidityTests.errors(admin.get("/newsroom/settings").body())).isEmpty();
	}

	@Test
	void aLogoIsChosenFromTheLibraryByItsNumber() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		long id = pictures.upload("titre.jpg", SamplePictures.jpeg(600, 600), null).id();

		var refused = admin.submit("/newsroom/settings", "form#site-settings", Map.of("logo", "999999999"));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html().select("#logo-problem").text()).contains("photothèque");

		var chosen = admin.submit("/newsroom/settings", "form#site-settings", Map.of("logo", String.valueOf(id)));
		assertThat(chosen.status()).isEqualTo(302);
		assertThat(new Browser(port).get("/").html().select(".masthead .brand img").attr("src"))
			.startsWith("/media/" + id + "/");

		admin.submit("/newsroom/settings", "form#site-settings", Map.of("logo", ""));
		assertThat(site.logo()).isEmpty();
		assertThat(site.savedHere(SiteSettings.LOGO)).as("no logo is the default, not a value").isFalse();
		assertThat(new Browser(port).get("/").html().select(".masthead .brand").text()).isEqualTo(site.name());
	}

}
