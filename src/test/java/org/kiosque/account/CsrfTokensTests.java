package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.kiosque.web.PublicPages;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/** The daily stranger token, checked the way Spring Security's CSRF filter checks it. */
class CsrfTokensTests {

	private static final byte[] SECRET = "a secret of this install, 32 by".getBytes(StandardCharsets.UTF_8);

	private static final Instant NOW = Instant.parse("2026-11-29T00:10:00Z");

	/** What the account feature declares, decided as the application decides it. */
	private static final PublicPages PAGES = PublicPages.of(List.of(),
			List.of(new AccountPrivacy().accountCredentials()), List.of());

	private final CsrfTokens tokens = new CsrfTokens(() -> SECRET, Clock.fixed(NOW, ZoneOffset.UTC), PAGES);

	private final XorCsrfTokenRequestAttributeHandler masking = new XorCsrfTokenRequestAttributeHandler();

	@Test
	void everyStrangerGetsTheSameTokenAndNothingIsStored() {
		MockHttpServletRequest first = new MockHttpServletRequest("GET", "/");
		MockHttpServletRequest second = new MockHttpServletRequest("GET", "/article/x");
		CsrfToken token = tokens.loadToken(first);
		assertThat(token).isNotNull();
		assertThat(tokens.loadToken(second).getToken()).isEqualTo(token.getToken());
		assertThat(tokens.generateToken(second).getToken()).isEqualTo(token.getToken());

		MockHttpServletResponse response = new MockHttpServletResponse();
		tokens.saveToken(tokens.generateToken(first), first, response);
		assertThat(first.getSession(false)).isNull();
		assertThat(response.getCookies()).isEmpty();
		assertThat(response.getHeaderNames()).isEmpty();
	}

	@Test
	void aStrangerPostIsAcceptedWithTodaysOrYesterdaysToken() {
		assertThat(accepted(strangerPost(tokens.daily(LocalDate.of(2026, 11, 29))))).isTrue();
		assertThat(accepted(strangerPost(tokens.daily(LocalDate.of(2026, 11, 28)))))
			.as("a page cached just before midnight")
			.isTrue();
	}

	@Test
	void aTokenOlderThanYesterdayIsRefused() {
		assertThat(accepted(strangerPost(tokens.daily(LocalDate.of(2026, 11, 27))))).isFalse();
		assertThat(accepted(strangerPost(tokens.daily(LocalDate.of(2026, 11, 30))))).as("tomorrow's").isFalse();
	}

	@Test
	void aTokenSignedWithAnotherSecretIsRefused() {
		CsrfTokens elsewhere = new CsrfTokens(() -> "another install's secret, 32 by".getBytes(StandardCharsets.UTF_8),
				Clock.fixed(NOW, ZoneOffset.UTC), PAGES);
		assertThat(accepted(strangerPost(elsewhere.daily(LocalDate.of(2026, 11, 29))))).isFalse();
	}

	@Test
	void aPostWithoutTokenOrWithAMadeUpOneIsRefused() {
		MockHttpServletRequest none = new MockHttpServletRequest("POST", "/register");
		assertThat(accepted(none)).isFalse();
		MockHttpServletRequest madeUp = new MockHttpServletRequest("POST", "/register");
		madeUp.setParameter("_csrf", "made-up");
		assertThat(accepted(madeUp)).isFalse();
	}

	@Test
	void aRequestWithCredentialsNeedsItsSessionTokenNotTheDailyOne() {
		for (String cookie : new String[] { "SESSION", "remember-me" }) {
			MockHttpServletRequest post = strangerPost(tokens.daily(LocalDate.of(2026, 11, 29)));
			post.setCookies(new Cookie(cookie, "whatever"));
			assertThat(accepted(post)).as(cookie).isFalse();
		}

		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/account");
		page.setCookies(new Cookie("SESSION", "s"));
		CsrfToken sessionToken = tokens.generateToken(page);
		tokens.saveToken(sessionToken, page, new MockHttpServletResponse());
		assertThat(sessionToken.getToken()).isNotEqualTo(tokens.daily(LocalDate.of(2026, 11, 29)).getToken());

		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/logout");
		post.setCookies(new Cookie("SESSION", "s"));
		post.setSession(page.getSession());
		post.setParameter("_csrf", mask(post, sessionToken));
		assertThat(accepted(post)).isTrue();
	}

	/**
	 * What {@code CsrfFilter} does: load the expected token, unmask the submitted one,
	 * compare.
	 */
	private boolean accepted(MockHttpServletRequest post) {
		CsrfToken expected = tokens.loadToken(post);
		if (expected == null) {
			expected = tokens.generateToken(post);
		}
		String submitted = masking.resolveCsrfTokenValue(post, expected);
		return expected.getToken().equals(submitted);
	}

	private MockHttpServletRequest strangerPost(CsrfToken printed) {
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/register");
		post.setParameter("_csrf", mask(new MockHttpServletRequest(), printed));
		return post;
	}

	/** The value a page prints: the token under a fresh XOR mask. */
	private String mask(MockHttpServletRequest page, CsrfToken token) {
		masking.handle(page, new MockHttpServletResponse(), () -> token);
		return ((CsrfToken) page.getAttribute(CsrfToken.class.getName())).getToken();
	}

}
