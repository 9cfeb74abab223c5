package org.kiosque.account;

import org.kiosque.site.MailTokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Mistakes get a clear French message, keep what was typed (never the password), and
 * create nothing.
 */
@KiosqueTest
class BadInputTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Test
	void invalidAddressIsRefusedAndTheFormKeepsWhatWasTyped() throws Exception {
		var page = Signing.register(new Browser(port), "lea-at-exemple.fr", "Léa", Signing.PASSWORD);
		assertThat(page.status()).isEqualTo(422);
		assertThat(page.text()).contains("Cette adresse électronique n’est pas valide");
		assertThat(page.html().select("#email").val()).isEqualTo("lea-at-exemple.fr");
		assertThat(page.html().select("#displayName").val()).isEqualTo("Léa");
		assertThat(page.html().select("#password").val()).isEmpty();
		assertThat(page.body()).doesNotContain(Signing.PASSWORD);
	}

	@Test
	void shortOrCommonPasswordsAreRefusedAndNothingIsCreated() throws Exception {
		String email = Signing.uniqueEmail("faible");
		var tooShort = Signing.register(new Browser(port), email, "Faible", "court");
		assertThat(tooShort.status()).isEqualTo(422);
		assertThat(tooShort.text()).contains("au moins 10 caractères");
		assertThat(tooShort.html().select("#email").val()).isEqualTo(email);

		var common = Signing.register(new Browser(port), email, "Faible", "azertyuiop");
		assertThat(common.status()).isEqualTo(422);
		assertThat(common.text()).contains("trop courant");
		var alsoCommon = Signing.register(new Browser(port), email, "Faible", "1234567890");
		assertThat(alsoCommon.status()).isEqualTo(422);

		assertThat(accounts.byEmail(email)).isEmpty();
		assertThat(Mailbox.to(email)).isEmpty();
	}

	@Test
	void missingNameIsRefused() throws Exception {
		var page = Signing.register(new Browser(port), Signing.uniqueEmail("anonyme"), "   ", Signing.PASSWORD);
		assertThat(page.status()).isEqualTo(422);
		assertThat(page.text()).contains("Indiquez le nom");
	}

	@Test
	void expiredAndUnknownLinksGetAClearPage() throws Exception {
		String email = Signing.uniqueEmail("tardif");
		Signing.register(new Browser(port), email, "Tardif", Signing.PASSWORD);
		long id = accounts.byEmail(email).orElseThrow().person().id();
		String token = MailTokens.fresh();
		accounts.insertToken(MailTokens.hash(token), id, AccountToken.Purpose.VERIFY, null,
				Instant.now().minusSeconds(60));

		var expired = new Browser(port).get("/register/confirm?token=" + token);
		assertThat(expired.status()).isEqualTo(400);
		assertThat(expired.text()).contains("Lien invalide ou expiré");
		assertThat(accounts.byEmail(email).orElseThrow().person().verified()).isFalse();

		assertThat(new Browser(port).get("/register/confirm?token=nimportequoi").status()).isEqualTo(400);
		assertThat(new Browser(port).get("/password/reset?token=nimportequoi").text())
			.contains("Lien invalide ou expiré");
	}

	@Test
	void registeringTwiceBeforeConfirmingKeepsOneAccountAndOnlyTheLatestLinkWorks() throws Exception {
		String email = Signing.uniqueEmail("deuxfois");
		Signing.register(new Browser(port), email, "Premier", Signing.PASSWORD);
		Signing.register(new Browser(port), email, "Second", "le second long secret");
		var mails = Mailbox.await(email, 2);

		assertThat(new Browser(port).get(Mailbox.link(mails.get(0), "register/confirm")).status()).isEqualTo(400);
		assertThat(new Browser(port).get(Mailbox.link(mails.get(1), "register/confirm")).status()).isEqualTo(200);
		assertThat(
				Signing.signIn(new Browser(port).from(Signing.uniqueClient()), email, "le second long secret").status())
			.isEqualTo(302);
		assertThat(accounts.byEmail(email).orElseThrow().person().displayName()).isEqualTo("Second");
	}

	@Test
	void formWithoutCsrfTokenIsRefused() throws Exception {
		var page = new Browser(port).post("/register",
				Map.of("email", Signing.uniqueEmail("csrf"), "displayName", "X", "password", Signing.PASSWORD));
		assertThat(page.status()).isEqualTo(403);
	}

}
