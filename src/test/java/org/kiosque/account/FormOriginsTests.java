package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.site.Labels;
import org.kiosque.site.SiteSettings;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Where a form comes from, as a browser tells it: Fetch Metadata first, else
 * {@code Origin}, else {@code Referer}. The whole site over HTTP is in
 * {@link CsrfAndCachingTests}.
 */
class FormOriginsTests {

	private final SiteSettings site = new SiteSettings("Kiosque", "", URI.create("https://journal.exemple.fr"),
			Locale.FRENCH, ZoneId.of("Europe/Paris"));

	private final FormOrigins origins = new FormOrigins(site, new Labels(messages(), site),
			SecurityConfiguration.FROM_ELSEWHERE);

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.setUseCodeAsDefaultMessage(true);
		return messages;
	}

	@Test
	void fetchMetadataDecidesWhenTheBrowserSendsIt() {
		assertThat(origins.foreign(post(Map.of("Sec-Fetch-Site", "cross-site")))).isTrue();
		assertThat(origins.foreign(post(Map.of("Sec-Fetch-Site", "same-origin")))).isFalse();
		assertThat(origins.foreign(post(Map.of("Sec-Fetch-Site", "same-site")))).isFalse();
		assertThat(origins.foreign(post(Map.of("Sec-Fetch-Site", "none")))).as("typed or bookmarked").isFalse();
	}

	@Test
	void withoutFetchMetadataTheOriginMustBeTheSitesOwn() {
		assertThat(origins.foreign(post(Map.of("Origin", "https://evil.example")))).isTrue();
		assertThat(origins.foreign(post(Map.of("Origin", "null")))).as("sandboxed frame").isTrue();
		assertThat(origins.foreign(post(Map.of("Origin", "http://journal.exemple.fr"))))
			.as("another scheme is another origin")
			.isTrue();
		assertThat(origins.foreign(post(Map.of("Origin", "https://journal.exemple.fr")))).as("kiosque.site.base-url")
			.isFalse();
		assertThat(origins.foreign(post(Map.of("Origin", "https://JOURNAL.exemple.fr:443")))).isFalse();
		assertThat(origins.foreign(post(Map.of("Origin", "http://127.0.0.1:8080"))))
			.as("the address the request itself came to")
			.isFalse();
	}

	@Test
	void withoutOriginTheRefererMustBeTheSitesOwn() {
		assertThat(origins.foreign(post(Map.of("Referer", "https://evil.example/piege.html")))).isTrue();
		assertThat(origins.foreign(post(Map.of("Referer", "https://journal.exemple.fr/login?x=1")))).isFalse();
		assertThat(origins.foreign(post(Map.of("Referer", "not a url at all")))).isTrue();
		assertThat(origins
			.foreign(post(Map.of("Origin", "https://journal.exemple.fr", "Referer", "https://evil.example/"))))
			.as("Origin, when sent, is what counts")
			.isFalse();
	}

	@Test
	void aPostWithNeitherHeaderIsLeftToTheCsrfToken() {
		assertThat(origins.foreign(post(Map.of()))).isFalse();
	}

	@Test
	void oneClickUnsubscribeFromAMailClientIsLetThrough() throws Exception {
		MockHttpServletRequest oneClick = post(Map.of("Origin", "https://mail.exemple.net"));
		oneClick.setRequestURI("/newsletter/unsubscribe/abc");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		origins.doFilter(oneClick, response, chain);
		assertThat(chain.getRequest()).as("passed on").isNotNull();

		MockHttpServletRequest forged = post(Map.of("Origin", "https://mail.exemple.net"));
		MockHttpServletResponse refused = new MockHttpServletResponse();
		origins.doFilter(forged, refused, new MockFilterChain());
		assertThat(refused.getStatus()).isEqualTo(403);
	}

	private static MockHttpServletRequest post(Map<String, String> headers) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setScheme("http");
		request.setServerName("127.0.0.1");
		request.setServerPort(8080);
		headers.forEach(request::addHeader);
		return request;
	}

}
