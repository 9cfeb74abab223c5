package org.kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.site.NewspaperDates;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * What the layout puts around every page: the masthead's date and icon, the footer, the
 * versioned stylesheet, {@code noindex} where due and the newsletter box only where it
 * belongs.
 */
@KiosqueTest
class SiteChromeTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	NewspaperDates dates;

	@Test
	void searchAccountAndNewsroomPagesAreNotIndexedTheNewspaperIs() {
		for (String path : new String[] { "/recherche?q=climat", "/login", "/register", "/password/forgot" }) {
			var page = new Browser(port).get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.html().select("meta[name=robots]").attr("content")).as(path).isEqualTo("noindex");
			assertThat(page.header("X-Robots-Tag")).as(path).isEqualTo("noindex");
		}
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		var newsroom = editor.get("/newsroom");
		assertThat(newsroom.html().select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(newsroom.header("X-Robots-Tag")).isEqualTo("noindex");
		assertThat(editor.get("/account").header("X-Robots-Tag")).isEqualTo("noindex");

		for (String path : new String[] { "/", "/corrections" }) {
			var page = new Browser(port).get(path);
			assertThat(page.html().select("meta[name=robots]")).as(path).isEmpty();
			assertThat(page.header("X-Robots-Tag")).as(path).isNull();
		}
	}

	@Test
	void theNewsletterBoxStaysOffItsOwnPagesSignInAndTheNewsroom() {
		assertThat(new Browser(port).get("/").html().select("aside section.newsletter")).hasSize(1);
		for (String path : new String[] { "/newsletter", "/login", "/register" }) {
			assertThat(new Browser(port).get(path).html().select("aside section.newsletter")).as(path).isEmpty();
		}
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		assertThat(editor.get("/newsroom").html().select("aside section.newsletter")).isEmpty();
	}

	@Test
	void theStylesheetAddressHoldsTheHashOfItsContent() throws Exception {
		Document home = new Browser(port).get("/").html();
		String address = home.select("link[rel=stylesheet]").attr("href");
		assertThat(address).matches("/static/css/site-[0-9a-f]{32}\\.css");
		var css = new Browser(port).get(address);
		assertThat(css.status()).isEqualTo(200);
		String md5 = HexFormat.of()
			.formatHex(MessageDigest.getInstance("MD5").digest(css.body().getBytes(StandardCharsets.UTF_8)));
		// Another content would be another address: the address is the content's hash.
		assertThat(address).isEqualTo("/static/css/site-" + md5 + ".css");
		assertThat(css.header("Cache-Control")).contains("max-age=31536000").contains("immutable");
	}

	@Test
	void theMastheadShowsTheDayAndTheIconTheFooterItsLinks() {
		var page = new Browser(port).get("/");
		Document home = page.html();
		String today = dates.day(Instant.now());
		assertThat(home.select(".masthead .today").text()).isIn(today, dates.day(Instant.now().minusSeconds(5)));
		String icon = home.select("link[rel=icon]").attr("href");
		assertThat(icon).startsWith("/icon.svg?v=");
		var svg = new Browser(port).get(icon);
		assertThat(svg.status()).isEqualTo(200);
		assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
		assertThat(svg.header("Cache-Control")).contains("max-age=31536000");
		String initial = SiteIcon.initial(home.select("a.brand").text());
		assertThat(svg.body()).contains(">" + initial + "</text>");
		var favicon = new Browser(port).get("/favicon.ico");
		assertThat(favicon.status()).isEqualTo(301);
		assertThat(favicon.location()).isEqualTo(icon);
		var manifest = new Browser(port).get(home.select("link[rel=manifest]").attr("href"));
		assertThat(manifest.status()).isEqualTo(200);
		assertThat(manifest.body()).contains(icon);
		assertThat(home.select("footer.site-footer a").eachAttr("href")).contains("/feed.xml", "/newsletter",
				"/corrections");
	}

}
