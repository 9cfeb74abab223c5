package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Strangers get no session (pages stay cacheable); every answer carries the security
 * headers.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
class StrangerAndHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void strangerReadingPagesGetsNoSessionCookie() throws Exception {
		Browser stranger = new Browser(port);
		for (String path : new String[] { "/", "/login", "/register", "/article/nothing-" + System.nanoTime() }) {
			var page = stranger.get(path);
			assertThat(page.header("Set-Cookie") == null || !page.header("Set-Cookie").startsWith("SESSION")).as(path)
				.isTrue();
		}
		assertThat(stranger.cookie("SESSION")).isNull();
		assertThat(stranger.cookie("JSESSIONID")).isNull();
		var home = stranger.get("/");
		assertThat(home.header("Set-Cookie")).as("a page without a form sets no cookie at all").isNull();
		String cacheControl = home.header("Cache-Control");
		assertThat(cacheControl == null || !cacheControl.contains("no-store")).as("strangers' pages may be cached")
			.isTrue();
		assertThat(home.text()).contains("Connectez-vous");
	}

	@Test
	void signInFormSetsNoCookieAndIsNeverCached() throws Exception {
		var login = new Browser(port).get("/login");
		assertThat(login.html().select("form#sign-in input[name=_csrf]")).isNotEmpty();
		assertThat(login.response().headers().allValues("Set-Cookie")).as("the CSRF token needs no cookie").isEmpty();
		assertThat(login.header("Cache-Control")).contains("no-store");
	}

	@Test
	void signInRenewsTheSessionAndStoresItInTheDatabase() throws Exception {
		String email = Signing.uniqueEmail("session");
		Browser browser = new Browser(port);
		Signing.registerAndConfirm(browser, email, "Session");
		var signedIn = Signing.signIn(browser, email, Signing.PASSWORD);
		String sessionCookie = signedIn.response()
			.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(sessionCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :email")
			.param("email", email)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void signInRenewsTheSessionIdAndReturnsToTheAskedPage() throws Exception {
		String email = Signing.uniqueEmail("retour");
		Browser browser = new Browser(port);
		Signing.registerAndConfirm(browser, email, "Retour");
		var asked = browser.get("/account");
		assertThat(asked.status()).isEqualTo(302);
		assertThat(asked.location()).endsWith("/login");
		String before = browser.cookie("SESSION");
		assertThat(before).as("the asked page is remembered in a session").isNotNull();

		var signedIn = Signing.signIn(browser, email, Signing.PASSWORD);
		assertThat(signedIn.location()).startsWith("/account");
		assertThat(browser.cookie("SESSION")).isNotNull().isNotEqualTo(before);
		assertThat(browser.open(signedIn.location()).html().select("#account-name").text()).isEqualTo("Retour");
	}

	@Test
	void everyAnswerCarriesTheSecurityHeaders() throws Exception {
		var page = new Browser(port).get("/");
		assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(page.header("Strict-Transport-Security")).as("plain HTTP").isNull();

		var overHttps = new Browser(port).get("/", Map.of("X-Forwarded-Proto", "https"));
		assertThat(overHttps.header("Strict-Transport-Security")).contains("max-age=");
	}

}
