package org.kiosque.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader with an account manages the newsletter from /account/newsletter, signed in for
 * real.
 */
@KiosqueTest
class AccountNewsletterTests {

	@LocalServerPort
	int port;

	@Autowired
	SubscriberRepository register;

	@Test
	void aSignedInReaderSubscribesFromTheAccountAndLeavesAtOnce() {
		String email = Fixtures.address("abonne-compte");
		String password = "une phrase assez longue";
		Browser browser = new Browser(port).from("203.0.113." + (int) (System.nanoTime() % 200 + 20));
		assertThat(browser
			.submit("/register", "form#register",
					Map.of("email", email, "displayName", "Nadia Benali", "password", password))
			.status()).isEqualTo(200);
		assertThat(browser.get(Mailbox.link(Mailbox.await(email, 1).get(0), "register/confirm")).status())
			.isEqualTo(200);
		assertThat(browser.submit("/login", "form#sign-in", Map.of("username", email, "password", password)).status())
			.isEqualTo(302);

		var page = browser.get("/account/newsletter");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text()).contains("Vous n’êtes pas inscrit à la newsletter");
		assertThat(page.submit(browser, "form.newsletter-join", Map.of()).status()).isEqualTo(302);

		var confirmation = Mailbox.await(email, 2).get(1);
		assertThat(register.byEmail(email).orElseThrow().status()).isEqualTo(SubscriberStatus.PENDING);
		var confirmPage = browser.get(Mailbox.link(confirmation, "newsletter/confirm/"));
		assertThat(confirmPage.submit(browser, "form.newsletter-confirm", Map.of()).status()).isEqualTo(200);
		assertThat(register.byEmail(email).orElseThrow().status()).isEqualTo(SubscriberStatus.CONFIRMED);

		var subscribed = browser.get("/account/newsletter");
		assertThat(subscribed.text()).contains("Vous êtes inscrit à la newsletter");
		assertThat(subscribed.submit(browser, "form.newsletter-leave", Map.of()).status()).isEqualTo(302);
		assertThat(register.byEmail(email).orElseThrow().status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);
		assertThat(browser.get("/account/newsletter").text()).contains("Vous êtes désinscrit de la newsletter");
	}

	@Test
	void theAccountPageNeedsASignIn() {
		var page = new Browser(port).get("/account/newsletter");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).startsWith("/login");
	}

}
