package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Password guessing is stopped after five failures, without locking the owner out for
 * long.
 */
@KiosqueTest
class SignInThrottleTests {

	@LocalServerPort
	int port;

	@Test
	void sixthAttemptOnOneAccountIsRefusedWith429EvenWithTheRightPassword() {
		String email = Signing.uniqueEmail("cible");
		Signing.registerAndConfirm(new Browser(port), email, "Cible");

		for (int i = 1; i <= 5; i++) {
			// Each guess from another address: the account's own count stops them.
			var failed = Signing.signIn(new Browser(port).from(Signing.uniqueClient()), email, "mauvais essai " + i);
			assertThat(failed.status()).as("attempt %d", i).isEqualTo(401);
		}
		var refused = Signing.signIn(new Browser(port).from(Signing.uniqueClient()), email, Signing.PASSWORD);
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.text()).contains("Trop de tentatives de connexion infructueuses").contains("réessayez dans");
		assertThat(refused.header("Retry-After")).isNotNull();
		assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 15 * 60);
	}

	@Test
	void sixthAttemptFromOneAddressIsRefusedWhateverTheAccount() throws Exception {
		String client = Signing.uniqueClient();
		for (int i = 1; i <= 5; i++) {
			var failed = Signing.signIn(new Browser(port).from(client), Signing.uniqueEmail("inconnu"),
					"mauvais essai");
			assertThat(failed.status()).as("attempt %d", i).isEqualTo(401);
		}
		var refused = Signing.signIn(new Browser(port).from(client), Signing.uniqueEmail("autre"), "mauvais essai");
		assertThat(refused.status()).isEqualTo(429);

		String email = Signing.uniqueEmail("voisin");
		Signing.registerAndConfirm(new Browser(port), email, "Voisin");
		assertThat(Signing.signIn(new Browser(port).from(Signing.uniqueClient()), email, Signing.PASSWORD).status())
			.as("other addresses are not concerned")
			.isEqualTo(302);
	}

	@Test
	void passwordResetFreesALockedAccount() throws Exception {
		String email = Signing.uniqueEmail("bloque");
		Signing.registerAndConfirm(new Browser(port), email, "Bloqué");
		for (int i = 1; i <= 5; i++) {
			Signing.signIn(new Browser(port).from(Signing.uniqueClient()), email, "mauvais essai " + i);
		}
		assertThat(Signing.signIn(new Browser(port).from(Signing.uniqueClient()), email, Signing.PASSWORD).status())
			.isEqualTo(429);

		Browser owner = new Browser(port).from(Signing.uniqueClient());
		owner.submit("/password/forgot", "form#forgot", Map.of("email", email));
		String link = Mailbox.link(Mailbox.await(email, 2).get(1), "password/reset");
		assertThat(owner.submit(link, "form#reset", Map.of("password", "enfin un bon secret")).status()).isEqualTo(200);

		assertThat(Signing.signIn(owner, email, "enfin un bon secret").status()).isEqualTo(302);
	}

}
