package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nobody learns from the site's answers whether an address has an account: registration,
 * sign-in and reset answer known and unknown addresses alike. Only the address's owner
 * learns it, by mail.
 */
@KiosqueTest
class NoEnumerationTests {

	@LocalServerPort
	int port;

	@Test
	void registeringAKnownAddressAnswersLikeANewOneAndMailsTheOwnerInstead() throws Exception {
		String known = Signing.uniqueEmail("connue");
		Signing.registerAndConfirm(new Browser(port), known, "Connue");
		String unknown = Signing.uniqueEmail("nouvelle");

		var forKnown = Signing.register(new Browser(port), known, "Intrus", "un autre long secret");
		var forUnknown = Signing.register(new Browser(port), unknown, "Intrus", "un autre long secret");

		assertSameAnswer(forKnown, known, forUnknown, unknown);
		var notice = Mailbox.await(known, 2).get(1);
		assertThat(notice.getSubject()).startsWith("Tentative d’inscription");
		assertThat(Mailbox.link(notice, "password/forgot")).isEqualTo("/password/forgot");
		assertThat(Signing.signIn(new Browser(port), known, "un autre long secret").status())
			.as("the intruder's password was not taken")
			.isEqualTo(401);
	}

	@Test
	void failedSignInAnswersAlikeForKnownAndUnknownAddresses() throws Exception {
		String known = Signing.uniqueEmail("connu");
		Signing.registerAndConfirm(new Browser(port), known, "Connu");
		String unknown = Signing.uniqueEmail("personne");

		var forKnown = Signing.signIn(new Browser(port).from(Signing.uniqueClient()), known, "pas le bon secret");
		var forUnknown = Signing.signIn(new Browser(port).from(Signing.uniqueClient()), unknown, "pas le bon secret");

		assertThat(forKnown.status()).isEqualTo(401);
		assertSameAnswer(forKnown, known, forUnknown, unknown);
		assertThat(forKnown.text()).contains("Adresse ou mot de passe incorrect");
		assertThat(forKnown.html().select("#username").val()).as("keeps the typed address").isEqualTo(known);
		assertThat(forKnown.html().select("#password").val()).isEmpty();
	}

	@Test
	void resetAnswersAlikeForKnownAndUnknownAddresses() throws Exception {
		String known = Signing.uniqueEmail("oublieuse");
		Signing.registerAndConfirm(new Browser(port), known, "Oublieuse");
		String unknown = Signing.uniqueEmail("fantome");

		var forKnown = new Browser(port).submit("/password/forgot", "form#forgot", Map.of("email", known));
		var forUnknown = new Browser(port).submit("/password/forgot", "form#forgot", Map.of("email", unknown));

		assertSameAnswer(forKnown, known, forUnknown, unknown);
		assertThat(Mailbox.await(known, 2)).hasSize(2);
		assertThat(Mailbox.to(unknown)).isEmpty();
	}

	private static void assertSameAnswer(Browser.Page a, String emailA, Browser.Page b, String emailB) {
		assertThat(a.status()).isEqualTo(b.status());
		assertThat(a.text().replace(emailA, "EMAIL")).isEqualTo(b.text().replace(emailB, "EMAIL"));
		assertThat(a.header("Set-Cookie") == null).isEqualTo(b.header("Set-Cookie") == null);
	}

}
