package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.kiosque.support.Browser;
import org.kiosque.support.Mailbox;

/** Steps the account tests share: a reader registers, confirms, signs in. */
final class Signing {

	static final String PASSWORD = "une phrase assez longue";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private Signing() {
	}

	static String uniqueEmail(String who) {
		return who + "-" + System.nanoTime() + "@exemple.fr";
	}

	/**
	 * A client address of its own (documentation range, never contacted), so that failed
	 * sign-ins of one test never throttle another's.
	 */
	static String uniqueClient() {
		int n = ADDRESSES.incrementAndGet();
		return "203.0." + (113 + n / 250) + "." + (1 + n % 250);
	}

	static Browser.Page register(Browser browser, String email, String name, String password) {
		return browser.submit("/register", "form#register",
				Map.of("email", email, "displayName", name, "password", password));
	}

	/** Registers and follows the mailed link: a confirmed reader, not signed in. */
	static void registerAndConfirm(Browser browser, String email, String name) {
		assertThat(register(browser, email, name, PASSWORD).status()).isEqualTo(200);
		MimeMessage mail = Mailbox.await(email, 1).get(0);
		var confirmed = browser.get(Mailbox.link(mail, "register/confirm"));
		assertThat(confirmed.status()).isEqualTo(200);
	}

	static Browser.Page signIn(Browser browser, String email, String password) {
		return browser.submit("/login", "form#sign-in", Map.of("username", email, "password", password));
	}

	static Browser.Page signIn(Browser browser, String email, String password, boolean rememberMe) {
		return rememberMe
				? browser.submit("/login", "form#sign-in",
						Map.of("username", email, "password", password, "remember-me", "on"))
				: signIn(browser, email, password);
	}

}
