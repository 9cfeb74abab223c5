package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.site.SiteSecrets;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Strangers share one daily CSRF token, so pages with forms set no cookie and stay
 * cacheable; signed-in readers need their session's token.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
class CsrfAndCachingTests {

	@LocalServerPort
	int port;

	@Autowired
	SiteSecrets secret;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Newsdesk newsdesk;

	@Test
	void aStrangerOpeningPagesWithFormsGetsNoCookieAtAll() {
		Browser stranger = new Browser(port);
		for (String path : new String[] { CachedFormPage.PATH, "/login", "/register", "/password/forgot" }) {
			var page = stranger.get(path);
			assertThat(page.status()).as(path).isEqualTo(200);
			assertThat(page.html().select("input[name=_csrf]")).as(path).isNotEmpty();
			assertThat(page.response().headers().allValues("Set-Cookie")).as(path).isEmpty();
		}
		assertThat(stranger.cookie("XSRF-TOKEN")).isNull();
		assertThat(stranger.cookie("SESSION")).isNull();
	}

	@Test
	void aStrangerOpeningAnArticleWithItsCommentFormGetsNoCookieAtAll() {
		var article = newsdesk.create(new ArticleDraft("Un article et son formulaire " + System.nanoTime(), null,
				"Le texte.", null, List.of(), null, null, new LeadImage(null, null, null), ArticleStatus.PUBLISHED,
				Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS), true, null), 0);
		Browser stranger = new Browser(port);
		var page = stranger.get(article.path());
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("form[method=post] input[name=_csrf]")).isNotEmpty();
		// The read counter's own reader cookie (kq_r) is the reading feature's matter;
		// the
		// security layer adds none.
		assertThat(page.response().headers().allValues("Set-Cookie").stream().filter(c -> !c.startsWith("kq_r=")))
			.isEmpty();
		String cacheControl = page.header("Cache-Control");
		assertThat(cacheControl == null || !cacheControl.contains("no-store") && !cacheControl.contains("private"))
			.as(cacheControl)
			.isTrue();
		String anotherStrangers = token(new Browser(port).get(article.path()));
		assertThat(new Browser(port).post(CachedFormPage.PATH, Map.of("_csrf", anotherStrangers)).status())
			.as("any stranger's token serves every stranger")
			.isEqualTo(200);
	}

	@Test
	void aPublicPageWithAFormKeepsItsPublicCaching() {
		var page = new Browser(port).get(CachedFormPage.PATH);
		assertThat(page.header("Cache-Control")).contains("public")
			.contains("max-age=300")
			.doesNotContain("no-store")
			.doesNotContain("private");
		assertThat(page.header("Vary") == null || !page.header("Vary").contains("Cookie")).isTrue();
	}

	@Test
	void twoStrangersGetDifferentlyMaskedTokensThatBothSubmit() {
		Browser one = new Browser(port);
		Browser two = new Browser(port);
		var first = one.get(CachedFormPage.PATH);
		var second = two.get(CachedFormPage.PATH);
		assertThat(token(first)).as("BREACH masking").isNotEqualTo(token(second));
		assertThat(first.submit(two, "form#cached", Map.of("email", "a@exemple.fr")).status()).isEqualTo(200);
		assertThat(second.submit(one, "form#cached", Map.of("email", "b@exemple.fr")).status()).isEqualTo(200);
	}

	@Test
	void aStrangerCanRegisterWithTheTokenFromThePage() {
		Browser stranger = new Browser(port);
		var registered = Signing.register(stranger, Signing.uniqueEmail("jeton"), "Jeton", Signing.PASSWORD);
		assertThat(registered.status()).isEqualTo(200);
		assertThat(registered.response().headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void aPostWithoutTokenOrWithAMadeUpTokenIsRefused() {
		Map<String, String> fields = new HashMap<>(
				Map.of("email", Signing.uniqueEmail("faux"), "displayName", "Faux", "password", Signing.PASSWORD));
		assertThat(new Browser(port).post("/register", fields).status()).isEqualTo(403);
		fields.put("_csrf", "made-up");
		assertThat(new Browser(port).post("/register", fields).status()).isEqualTo(403);
		String real = token(new Browser(port).get(CachedFormPage.PATH));
		fields.put("_csrf", real.substring(0, real.length() - 6) + (real.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA"));
		assertThat(new Browser(port).post(CachedFormPage.PATH, fields).status()).isEqualTo(403);
	}

	@Test
	void aPostFromAnotherSiteIsRefusedEvenWithTheDailyToken() throws Exception {
		String token = token(new Browser(port).get(CachedFormPage.PATH));
		assertThat(postWith(token, "cross-site")).as("a forged sign-in or form from another site").isEqualTo(403);
		assertThat(postWith(token, "same-origin")).isEqualTo(200);
	}

	@Test
	void aSignedInReaderNeedsTheSessionTokenNotTheStrangersOne() {
		String email = Signing.uniqueEmail("session-csrf");
		Browser reader = new Browser(port);
		Signing.registerAndConfirm(reader, email, "Jetonnier");
		assertThat(Signing.signIn(reader, email, Signing.PASSWORD).status()).isEqualTo(302);

		String strangers = token(new Browser(port).get(CachedFormPage.PATH));
		assertThat(reader.post("/logout", Map.of("_csrf", strangers)).status()).isEqualTo(403);
		var refused = reader.post(CachedFormPage.PATH, Map.of("_csrf", strangers));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text()).as("the form is stale, not a right missing")
			.contains("Ce formulaire n’est plus valable")
			.contains("Rechargez la page")
			.doesNotContain("Vous n’avez pas le droit");
		assertThat(reader.post(CachedFormPage.PATH, Map.of()).text()).contains("Ce formulaire n’est plus valable");
		assertThat(reader.get("/account").status()).as("still signed in").isEqualTo(200);

		var page = reader.get(CachedFormPage.PATH);
		assertThat(page.header("Cache-Control")).as("a page holding a session's token").contains("no-store");
		assertThat(page.submit(reader, "form#cached", Map.of()).status()).isEqualTo(200);

		var signedOut = reader.submit("/account", "form[action=/logout]", Map.of());
		assertThat(signedOut.status()).isEqualTo(302);
		assertThat(reader.get("/account").status()).as("signed out").isEqualTo(302);
	}

	@Test
	void signingInRenewsTheSessionAndItsToken() {
		String email = Signing.uniqueEmail("renouveau");
		Browser reader = new Browser(port);
		Signing.registerAndConfirm(reader, email, "Renouveau");
		assertThat(reader.get("/account").status()).isEqualTo(302);
		String sessionBefore = reader.cookie("SESSION");
		assertThat(sessionBefore).as("the asked page is remembered in a session").isNotNull();
		var login = reader.get("/login");
		String tokenBefore = token(login);

		assertThat(
				login.submit(reader, "form#sign-in", Map.of("username", email, "password", Signing.PASSWORD)).status())
			.isEqualTo(302);
		assertThat(reader.cookie("SESSION")).isNotNull().isNotEqualTo(sessionBefore);
		assertThat(reader.post(CachedFormPage.PATH, Map.of("_csrf", tokenBefore)).status())
			.as("the token printed before sign-in is void")
			.isEqualTo(403);
		assertThat(reader.submit(CachedFormPage.PATH, "form#cached", Map.of()).status()).isEqualTo(200);
	}

	@Test
	void aSignInWhoseTokenNoLongerHoldsShowsTheFormAgainAndThenSignsIn() {
		String email = Signing.uniqueEmail("page-perimee");
		Browser stranger = new Browser(port);
		Signing.registerAndConfirm(stranger, email, "Page Périmée");
		var stale = stranger.post("/login",
				Map.of("_csrf", "jeton-d-avant-hier", "username", email, "password", Signing.PASSWORD));
		assertThat(stale.status()).isEqualTo(403);
		assertThat(stale.text()).contains("La page de connexion était ouverte depuis trop longtemps");
		assertThat(stale.html().selectFirst("form#sign-in input[name=username]").val()).isEqualTo(email);
		assertThat(stale.header("Cache-Control")).contains("no-store");
		assertThat(stale.response().headers().allValues("Set-Cookie")).as("no session, no sign-in").isEmpty();

		var again = stale.submit(stranger, "form#sign-in", Map.of("password", Signing.PASSWORD));
		assertThat(again.status()).isEqualTo(302);
		assertThat(stranger.get("/account").status()).isEqualTo(200);
	}

	@Test
	void aSignInWhoseSessionEndedShowsTheFormAgainWithTheSessionsNewToken() {
		String email = Signing.uniqueEmail("session-finie");
		Browser reader = new Browser(port);
		Signing.registerAndConfirm(reader, email, "Session Finie");
		assertThat(reader.get("/account").status()).isEqualTo(302);
		String printed = token(reader.get("/login"));
		String session = new String(Base64.getDecoder().decode(reader.cookie("SESSION")), StandardCharsets.UTF_8);
		jdbc.sql("DELETE FROM SPRING_SESSION WHERE SESSION_ID = :id").param("id", session).update();

		var stale = reader.post("/login", Map.of("_csrf", printed, "username", email, "password", Signing.PASSWORD));
		assertThat(stale.status()).isEqualTo(403);
		assertThat(stale.text()).contains("La page de connexion était ouverte depuis trop longtemps");
		var again = stale.submit(reader, "form#sign-in", Map.of("password", Signing.PASSWORD));
		assertThat(again.status()).isEqualTo(302);
		assertThat(reader.get("/account").status()).isEqualTo(200);
	}

	@Test
	void everyNodeSignsWithTheSameStoredSecret() throws Exception {
		String name = "test-" + System.nanoTime();
		SiteSecrets[] nodes = { new SiteSecrets(jdbc, Clock.systemUTC()), new SiteSecrets(jdbc, Clock.systemUTC()) };
		byte[][] seen = new byte[2][];
		Thread[] racing = new Thread[2];
		for (int i = 0; i < 2; i++) {
			int n = i;
			racing[i] = new Thread(() -> seen[n] = nodes[n].get(name));
			racing[i].start();
		}
		for (Thread t : racing) {
			t.join();
		}
		assertThat(seen[0]).hasSize(32).isEqualTo(seen[1]);
		assertThat(secret.get(CsrfTokens.SECRET))
			.isEqualTo(new SiteSecrets(jdbc, Clock.systemUTC()).get(CsrfTokens.SECRET));
	}

	@Test
	void withoutFetchMetadataAFormMustComeFromTheSitesOwnOrigin() throws Exception {
		String token = token(new Browser(port).get(CachedFormPage.PATH));
		HttpResponse<String> foreign = postWith(token, Map.of("Origin", "https://evil.example"));
		assertThat(foreign.statusCode()).as("an older browser, a page on another site").isEqualTo(403);
		assertThat(foreign.body()).contains("Ce formulaire a été envoyé depuis un autre site");
		assertThat(postWith(token, Map.of("Referer", "https://evil.example/piege.html")).statusCode())
			.as("no Origin, a foreign Referer")
			.isEqualTo(403);
		assertThat(postWith(token, Map.of("Origin", "http://127.0.0.1:" + port)).statusCode()).isEqualTo(200);
		assertThat(postWith(token, Map.of("Referer", "http://127.0.0.1:" + port + CachedFormPage.PATH)).statusCode())
			.isEqualTo(200);
		assertThat(postWith(token, Map.of()).statusCode()).as("curl: left to the CSRF token").isEqualTo(200);
	}

	@Test
	void aSignInFromAForeignOriginIsRefusedWithAnExplanation() {
		Browser stranger = new Browser(port);
		String email = Signing.uniqueEmail("origine");
		Signing.registerAndConfirm(stranger, email, "Origine");
		String token = token(stranger.get("/login"));
		var refused = stranger.post("/login", Map.of("_csrf", token, "username", email, "password", Signing.PASSWORD),
				Map.of("Origin", "https://evil.example"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.text()).contains("Ce formulaire a été envoyé depuis un autre site");
		assertThat(stranger.get("/account").status()).as("not signed in").isEqualTo(302);
	}

	private int postWith(String token, String fetchSite) throws Exception {
		return postWith(token, Map.of("Sec-Fetch-Site", fetchSite)).statusCode();
	}

	private HttpResponse<String> postWith(String token, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + CachedFormPage.PATH))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token + "&email=x%40exemple.fr"));
		headers.forEach(request::header);
		try (HttpClient http = HttpClient.newHttpClient()) {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	private static String token(Browser.Page page) {
		return page.html().selectFirst("input[name=_csrf]").val();
	}

}
