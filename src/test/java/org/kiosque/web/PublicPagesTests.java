package org.kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The one decision of what is personal, made of what features declare and what the
 * operator adds.
 */
class PublicPagesTests {

	private final PublicPages pages = new PublicPages(
			new PageCacheSettings(true, Duration.ofSeconds(30), Duration.ofSeconds(60),
					List.of("/", "/article/**", "/newsroom/**"), List.of("operator_cookie")),
			List.of(PersonalCookies.credentials("SESSION", "remember-me"), PersonalCookies.showing("held")),
			List.of(PrivatePaths.of("/account/**"), PrivatePaths.of("/newsroom/**")));

	@Test
	void aPrivatePageIsNeverPublicEvenWhenTheOperatorListsIt() {
		assertThat(pages.isPublic(get("/article/un-article"))).isTrue();
		assertThat(pages.isPublic(get("/newsroom/articles"))).isFalse();
		assertThat(pages.isPrivate(get("/newsroom"))).isTrue();
		assertThat(pages.isPrivate(get("/account"))).isTrue();
		assertThat(pages.isPrivate(get("/account/password"))).isTrue();
		assertThat(pages.isPrivate(get("/accounts"))).isFalse();
		assertThat(pages.isPublic(get("/search"))).as("not listed").isFalse();
	}

	@Test
	void everyDeclaredOrAddedCookieIsPersonalButOnlyCredentialsAskForTheSessionToken() {
		for (String name : List.of("SESSION", "remember-me", "held", "operator_cookie")) {
			assertThat(pages.carriesPersonalCookie(get("/", name))).as(name).isTrue();
			assertThat(pages.isPersonal(get("/", name))).as(name).isTrue();
			assertThat(pages.setsPersonalCookie(name + "=x; Path=/")).as(name).isTrue();
		}
		assertThat(pages.carriesCredentials(get("/", "SESSION"))).isTrue();
		assertThat(pages.carriesCredentials(get("/", "remember-me"))).isTrue();
		assertThat(pages.carriesCredentials(get("/", "held"))).isFalse();
		assertThat(pages.carriesCredentials(get("/", "operator_cookie"))).isFalse();
	}

	@Test
	void otherCookiesAndNoCookiesLeaveAStranger() {
		assertThat(pages.isPersonal(get("/", "kq_r"))).isFalse();
		assertThat(pages.isPersonal(get("/"))).isFalse();
		assertThat(pages.setsPersonalCookie("kq_r=1; Path=/")).isFalse();
		assertThat(pages.setsPersonalCookie("SESSIONS=1")).isFalse();
	}

	@Test
	void anOpenSessionIsPersonalAndACredential() {
		MockHttpServletRequest request = get("/");
		request.getSession(true);
		assertThat(pages.isPersonal(request)).isTrue();
		assertThat(pages.carriesCredentials(request)).isTrue();
		assertThat(pages.carriesPersonalCookie(request)).as("cookies only, ahead of the filter chain").isFalse();
	}

	private static MockHttpServletRequest get(String path, String... cookies) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		if (cookies.length > 0) {
			request
				.setCookies(java.util.Arrays.stream(cookies).map(name -> new Cookie(name, "v")).toArray(Cookie[]::new));
		}
		return request;
	}

}
