package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The flows a reader goes through, over real HTTP, with the mails caught by GreenMail.
 */
@KiosqueTest
class ReaderAccountTests {

	@LocalServerPort
	int port;

	@Test
	void registeredReaderConfirmsTheAddressSignsInSeesTheirNameAndSignsOut() throws Exception {
		Browser browser = new Browser(port);
		String email = Signing.uniqueEmail("lea");

		var registered = Signing.register(browser, email, "Léa Martin", Signing.PASSWORD);
		assertThat(registered.status()).isEqualTo(200);
		assertThat(registered.text()).contains("Vérifiez votre messagerie").contains(email);

		// Before confirming, the right password is not enough.
		var early = Signing.signIn(browser, email, Signing.PASSWORD);
		assertThat(early.status()).isEqualTo(401);
		assertThat(early.text()).contains("Confirmez d’abord votre adresse");

		MimeMessage mail = Mailbox.await(email, 1).get(0);
		assertThat(mail.getSubject()).startsWith("Confirmez votre adresse");
		Mailbox.assertComplete(mail, "localhost");
		assertThat(Mailbox.text(mail)).contains("48");
		String link = Mailbox.link(mail, "register/confirm");
		var confirmed = browser.get(link);
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.text()).contains("Adresse confirmée");
		assertThat(browser.get(link).status()).as("the link works once").isEqualTo(400);

		var signedIn = Signing.signIn(browser, email, Signing.PASSWORD);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.location()).isEqualTo("/");
		var home = browser.get("/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.html().select(".account .reader-name").text()).isEqualTo("Léa Martin");
		assertThat(home.html().select(".account form[action=/logout] button").text()).isEqualTo("Déconnexion");
		assertThat(home.text()).doesNotContain("Connectez-vous");
		assertThat(home.header("Cache-Control")).contains("no-store");

		var account = browser.get("/account");
		assertThat(account.status()).isEqualTo(200);
		assertThat(account.html().select("#account-email").text()).isEqualTo(email);

		var out = home.submit(browser, ".account form[action=/logout]", Map.of());
		assertThat(out.status()).isEqualTo(302);
		assertThat(browser.get("/").text()).contains("Connectez-vous");
		assertThat(browser.get("/account").status()).as("signed out").isEqualTo(302);
	}

	@Test
	void rememberMeKeepsTheReaderSignedInOnANewBrowserSession() throws Exception {
		Browser browser = new Browser(port);
		String email = Signing.uniqueEmail("remi");
		Signing.registerAndConfirm(browser, email, "Rémi");

		assertThat(Signing.signIn(browser, email, Signing.PASSWORD, true).status()).isEqualTo(302);
		String rememberMe = browser.cookie("remember-me");
		assertThat(rememberMe).isNotBlank();

		Browser later = new Browser(port);
		var account = later.get("/account", Map.of("Cookie", "remember-me=" + rememberMe));
		assertThat(account.status()).isEqualTo(200);
		assertThat(account.html().select("#account-name").text()).isEqualTo("Rémi");

		Browser without = new Browser(port);
		assertThat(Signing.signIn(without, email, Signing.PASSWORD).status()).isEqualTo(302);
		assertThat(without.cookie("remember-me")).as("only when asked").isNull();
	}

	@Test
	void forgottenPasswordIsResetByASingleUseMailedLink() throws Exception {
		Browser browser = new Browser(port);
		String email = Signing.uniqueEmail("paul");
		Signing.registerAndConfirm(browser, email, "Paul");

		var asked = browser.submit("/password/forgot", "form#forgot", Map.of("email", email));
		assertThat(asked.status()).isEqualTo(200);
		assertThat(asked.text()).contains("Si un compte existe pour " + email);
		MimeMessage mail = Mailbox.await(email, 2).get(1);
		assertThat(mail.getSubject()).startsWith("Nouveau mot de passe");
		Mailbox.assertComplete(mail, "localhost");
		String link = Mailbox.link(mail, "password/reset");

		var weak = browser.submit(link, "form#reset", Map.of("password", "motdepasse"));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.text()).contains("trop courant");

		String newPassword = "le nouveau secret de Paul";
		var done = browser.submit(link, "form#reset", Map.of("password", newPassword));
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.text()).contains("Mot de passe changé");
		assertThat(browser.get(link).status()).as("used link").isEqualTo(400);

		assertThat(Signing.signIn(new Browser(port).from(Signing.uniqueClient()), email, Signing.PASSWORD).status())
			.isEqualTo(401);
		assertThat(Signing.signIn(new Browser(port).from(Signing.uniqueClient()), email, newPassword).status())
			.isEqualTo(302);
	}

	@Test
	void changedAddressIsConfirmedAtTheNewAddressBeforeItCounts() throws Exception {
		Browser browser = new Browser(port);
		String email = Signing.uniqueEmail("ines");
		String newEmail = Signing.uniqueEmail("ines-nouvelle");
		Signing.registerAndConfirm(browser, email, "Inès");
		Signing.signIn(browser, email, Signing.PASSWORD);

		var wrongPassword = browser.submit("/account", "form#change-email",
				Map.of("newEmail", newEmail, "password", "pas le bon mot de passe"));
		assertThat(wrongPassword.status()).isEqualTo(400);
		assertThat(wrongPassword.text()).contains("Ce n’est pas votre mot de passe actuel");
		assertThat(wrongPassword.html().select("#newEmail").val()).as("keeps what was typed").isEqualTo(newEmail);
		assertThat(wrongPassword.html().select("#email-password").val()).isEmpty();

		var asked = browser.submit("/account", "form#change-email",
				Map.of("newEmail", newEmail, "password", Signing.PASSWORD));
		assertThat(asked.status()).isEqualTo(200);
		assertThat(asked.text()).contains("Un lien de confirmation a été envoyé à " + newEmail);
		assertThat(Mailbox.await(email, 2).get(1).getSubject()).startsWith("Changement d’adresse demandé");
		Mailbox.assertComplete(Mailbox.await(email, 2).get(1), "localhost");
		assertThat(Signing.signIn(new Browser(port).from(Signing.uniqueClient()), newEmail, Signing.PASSWORD).status())
			.as("not before the link is followed")
			.isEqualTo(401);

		Mailbox.assertComplete(Mailbox.await(newEmail, 1).get(0), "localhost");
		var confirmed = browser.get(Mailbox.link(Mailbox.await(newEmail, 1).get(0), "email/confirm"));
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.text()).contains("Votre adresse est désormais " + newEmail);
		assertThat(browser.get("/account").status()).as("signed out everywhere").isEqualTo(302);

		assertThat(Signing.signIn(new Browser(port).from(Signing.uniqueClient()), email, Signing.PASSWORD).status())
			.isEqualTo(401);
		Browser again = new Browser(port);
		assertThat(Signing.signIn(again, newEmail, Signing.PASSWORD).status()).isEqualTo(302);
		assertThat(again.get("/account").html().select("#account-email").text()).isEqualTo(newEmail);
	}

	@Test
	void changedPasswordSignsOutOtherDevices() throws Exception {
		String email = Signing.uniqueEmail("omar");
		Browser phone = new Browser(port);
		Signing.registerAndConfirm(phone, email, "Omar");
		Signing.signIn(phone, email, Signing.PASSWORD);
		Browser laptop = new Browser(port);
		Signing.signIn(laptop, email, Signing.PASSWORD);
		assertThat(phone.get("/account").status()).isEqualTo(200);

		var changed = laptop.submit("/account", "form#change-password",
				Map.of("currentPassword", Signing.PASSWORD, "newPassword", "un tout autre secret"));
		assertThat(changed.status()).isEqualTo(302);
		assertThat(laptop.open(changed.location()).text()).contains("Votre mot de passe a été changé");
		assertThat(phone.get("/account").status()).isEqualTo(302);
		assertThat(
				Signing.signIn(new Browser(port).from(Signing.uniqueClient()), email, "un tout autre secret").status())
			.isEqualTo(302);
	}

	@Test
	void closedAccountIsGoneAndCanNoLongerSignIn() throws Exception {
		Browser browser = new Browser(port);
		String email = Signing.uniqueEmail("zoe");
		Signing.registerAndConfirm(browser, email, "Zoé");
		Signing.signIn(browser, email, Signing.PASSWORD);

		var refused = browser.submit("/account", "form#delete-account", Map.of("password", "pas le bon"));
		assertThat(refused.status()).isEqualTo(400);

		var closed = browser.submit("/account", "form#delete-account", Map.of("password", Signing.PASSWORD));
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.text()).contains("Compte supprimé").contains("Connectez-vous");
		assertThat(Mailbox.await(email, 2).get(1).getSubject()).startsWith("Compte supprimé");
		Mailbox.assertComplete(Mailbox.await(email, 2).get(1), "localhost");
		assertThat(browser.get("/account").status()).isEqualTo(302);
		assertThat(Signing.signIn(new Browser(port).from(Signing.uniqueClient()), email, Signing.PASSWORD).status())
			.isEqualTo(401);

		// The address is free again.
		assertThat(Signing.register(new Browser(port), email, "Zoé", Signing.PASSWORD).status()).isEqualTo(200);
		assertThat(Mailbox.await(email, 3).get(2).getSubject()).startsWith("Confirmez votre adresse");
	}

}
