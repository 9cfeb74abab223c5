package org.kiosque.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
	void theIconsArePngsOfTheirSizesCutSquareFromTheLogo() throws Exception {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		assertThat(fetch("/icon-192.png").statusCode()).as("no logo, no PNG: pages name the SVG").isEqualTo(404);
		// A wide logo, red on its left half and blue on its right: its square cut keeps
		// the centre.
		BufferedImage wide = new BufferedImage(900, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = wide.createGraphics();
		g.setColor(Color.RED);
		g.fillRect(0, 0, 450, 300);
		g.setColor(Color.BLUE);
		g.fillRect(450, 0, 450, 300);
		g.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(wide, "png", png);
		String token = admin.get("/newsroom/settings").html().selectFirst("#logo-upload input[name=_csrf]").val();
		assertThat(admin
			.postMultipart("/newsroom/settings/logo", Map.of("_csrf", token), "file", "logo.png", "image/png",
					png.toByteArray())
			.status()).isEqualTo(302);

		Document home = new Browser(port).get("/").html();
		Element icon = home.selectFirst("link[rel=icon]");
		Element touch = home.selectFirst("link[rel=apple-touch-icon]");
		assertThat(icon.attr("type")).isEqualTo("image/png");
		assertThat(icon.attr("sizes")).isEqualTo("32x32");
		assertThat(touch.attr("sizes")).isEqualTo("180x180");
		assertPng(icon.attr("href"), 32);
		assertPng(touch.attr("href"), 180);
		JsonNode manifest = JsonMapper.shared()
			.readTree(new Browser(port).get(home.select("link[rel=manifest]").attr("href")).body());
		List<String> sizes = new ArrayList<>();
		for (JsonNode entry : manifest.get("icons")) {
			assertThat(entry.get("type").asString()).isEqualTo("image/png");
			String size = entry.get("sizes").asString();
			sizes.add(size);
			assertPng(entry.get("src").asString(), Integer.parseInt(size.substring(0, size.indexOf('x'))));
		}
		assertThat(sizes).containsExactly("192x192", "512x512");
		BufferedImage large = ImageIO.read(new ByteArrayInputStream(fetch("/icon-512.png").body()));
		assertThat(new Color(large.getRGB(100, 256)).getRed()).as("the centre's left: red").isGreaterThan(200);
		assertThat(new Color(large.getRGB(400, 256)).getBlue()).as("the centre's right: blue").isGreaterThan(200);
		assertThat(fetch("/icon-64.png").statusCode()).isEqualTo(404);
		var favicon = new Browser(port).get("/favicon.ico");
		assertThat(favicon.location()).isEqualTo(icon.attr("href"));
	}

	private void assertPng(String path, int size) throws Exception {
		HttpResponse<byte[]> answer = fetch(path);
		assertThat(answer.statusCode()).as(path).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(answer.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000");
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(answer.body()));
		assertThat(image.getWidth()).as(path).isEqualTo(size);
		assertThat(image.getHeight()).as(path).isEqualTo(size);
	}

	private HttpResponse<byte[]> fetch(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
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
		assertThat(icon).startsWith("/icon-32.png?v=");
		assertThat(home.html().select("link[rel=icon]").attr("type")).isEqualTo("image/png");
		assertThat(new Browser(port).get(icon).status()).isEqualTo(200);
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
