package org.kiosque.account;

import org.kiosque.web.PersonalCookies;
import org.kiosque.web.PrivatePaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What makes a request personal on this feature's side: its session and remember-me
 * cookies, and its pages (account, sign-in, registration, password, address change).
 */
@Configuration(proxyBeanMethods = false)
class AccountPrivacy {

	/** Spring Session's cookie. */
	static final String SESSION_COOKIE = "SESSION";

	/** The servlet container's own session cookie, should a session be opened there. */
	static final String CONTAINER_SESSION_COOKIE = "JSESSIONID";

	@Bean
	PersonalCookies accountCredentials() {
		return PersonalCookies.credentials(SESSION_COOKIE, SecurityConfiguration.REMEMBER_ME);
	}

	/**
	 * Personal, but no credential of its own: an open container session is found as a
	 * session, and a stale cookie signs nobody in.
	 */
	@Bean
	PersonalCookies containerSession() {
		return PersonalCookies.showing(CONTAINER_SESSION_COOKIE);
	}

	@Bean
	PrivatePaths accountPrivatePages() {
		return PrivatePaths.of("/account/**", "/login/**", "/logout/**", "/register/**", "/password/**", "/email/**",
				"/invitation/**");
	}

}
