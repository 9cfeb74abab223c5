package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.kiosque.article.HtmlValidityTests;
import org.kiosque.site.MailTokens;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin invites a colleague from {@code /newsroom/people}: the mail goes through the
 * real SMTP server, its link sets the password once, then the colleague signs in with the
 * role; a used or expired link is refused; an address that has an account gets the same
 * answer as one that has none.
 */
@KiosqueTest
class InvitationTests {

	private static final String PASSWORD = "un mot de passe de rédaction";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	@Test
	void theInvitationLinkSetsThePasswordOnceAndTheColleagueSignsInWithTheRole() throws Exception {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		String email = "invitee-" + System.nanoTime() + "@exemple.fr";

		Browser.Page sent = invite(admin, email, "EDITOR");
		assertThat(sent.status()).isEqualTo(302);
		assertThat(sent.location()).isEqualTo("/newsroom/people?done=invited");
		Browser.Page list = admin.get(sent.location());
		assertThat(list.text()).contains("Invitation envoyée.");
		assertThat(list.html().select("#invitations td").eachText()).contains(email, "Éditeur");
		assertThat(HtmlValidityTests.errors(list.body())).as("the people page").isEmpty();

		MimeMessage mail = Mailbox.await(email, 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Invitation à rejoindre la rédaction – Kiosque");
		String link = Mailbox.link(mail, "invitation?token=");
		Browser colleague = new Browser(port);
		Browser.Page form = colleague.get(link);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.header("Cache-Control")).contains("no-store");
		assertThat(form.text()).contains("Invitation pour " + email + ", avec le rôle « Éditeur ».");
		assertThat(HtmlValidityTests.errors(form.body())).isEmpty();

		Browser.Page weak = form.submit(colleague, "form#invitation",
				Map.of("displayName", "Awa Diallo", "password", "court"));
		assertThat(weak.status()).as("a weak password is refused, the link kept").isEqualTo(422);
		Browser.Page done = colleague.get(link)
			.submit(colleague, "form#invitation", Map.of("displayName", "Awa Diallo", "password", PASSWORD));
		assertThat(done.status()).isEqualTo(200);
		assertThat(done.text()).contains("Bienvenue dans la rédaction");
		assertThat(people.find(email)).get()
			.extracting(Person::role, Person::verified)
			.containsExactly(Role.EDITOR, true);

		Browser.Page again = new Browser(port).get(link);
		assertThat(again.status()).as("the link works once").isEqualTo(400);
		assertThat(again.text()).contains("Invitation invalide ou expirée");
		Browser.Page replay = form.submit(new Browser(port), "form#invitation",
				Map.of("displayName", "Quelqu’un d’autre", "password", "un autre mot de passe long"));
		assertThat(replay.status()).as("a second post of the same link").isIn(400, 403);
		assertThat(people.find(email)).get().extracting(Person::displayName).isEqualTo("Awa Diallo");

		Browser signedIn = new Browser(port);
		Browser.Page in = signedIn.submit("/login", "form#sign-in", Map.of("username", email, "password", PASSWORD));
		assertThat(in.status()).isEqualTo(302);
		assertThat(signedIn.get("/newsroom/schedule").status()).as("an editor's desk").isEqualTo(200);
		assertThat(signedIn.get("/newsroom/people").status()).as("not an admin's").isEqualTo(403);
		assertThat(admin.get("/newsroom/people?email=" + email).html().select("td.last-sign-in").text())
			.as("last sign-in shown")
			.isNotEqualTo("jamais")
			.isNotBlank();
	}

	@Test
	void anExpiredInvitationIsRefused() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		String email = "expired-" + System.nanoTime() + "@exemple.fr";
		invite(admin, email, "CONTRIBUTOR");
		String link = Mailbox.link(Mailbox.await(email, 1).get(0), "invitation?token=");
		String token = link.substring(link.indexOf("token=") + 6);
		// Time moves through the row: the invitation was sent eight days ago.
		jdbc.sql("UPDATE invitation SET created_at = created_at - INTERVAL '8' DAY,"
				+ " expires_at = expires_at - INTERVAL '8' DAY WHERE token_hash = :hash")
			.param("hash", MailTokens.hash(token))
			.update();

		Browser colleague = new Browser(port);
		assertThat(colleague.get(link).status()).isEqualTo(400);
		assertThat(people.find(email)).isEmpty();
	}

	@Test
	void anAddressWithAnAccountGetsTheSameAnswerAndKeepsItsHigherRole() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		String known = "known-" + System.nanoTime() + "@exemple.fr";
		people.add(known, "Déjà Là", Role.EDITOR, "un mot de passe déjà choisi");
		String unknown = "unknown-" + System.nanoTime() + "@exemple.fr";

		Browser.Page forKnown = invite(admin, known, "CONTRIBUTOR");
		Browser.Page forUnknown = invite(admin, unknown, "CONTRIBUTOR");
		assertThat(forKnown.status()).isEqualTo(forUnknown.status()).isEqualTo(302);
		assertThat(forKnown.location()).isEqualTo(forUnknown.location());
		assertThat(admin.get(forKnown.location()).html().select("#invitations td").eachText()).contains(known, unknown);

		String link = Mailbox.link(Mailbox.await(known, 1).get(0), "invitation?token=");
		Browser owner = new Browser(port);
		assertThat(owner.get(link)
			.submit(owner, "form#invitation", Map.of("displayName", "Déjà Là", "password", PASSWORD))
			.status()).isEqualTo(200);
		assertThat(people.find(known)).get().extracting(Person::role).as("never lowered").isEqualTo(Role.EDITOR);
		assertThat(new Browser(port).submit("/login", "form#sign-in", Map.of("username", known, "password", PASSWORD))
			.status()).as("the new password works").isEqualTo(302);
	}

	@Test
	void aBadAddressOrRoleIsRefusedWithoutAMail() {
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		assertThat(invite(admin, "pas une adresse", "EDITOR").status()).isEqualTo(422);
		String email = "reader-role-" + System.nanoTime() + "@exemple.fr";
		Browser.Page refused = invite(admin, email, "READER");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.text()).contains("Ce rôle n’existe pas.");
		assertThat(Mailbox.to(email)).isEmpty();
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		assertThat(editor.post("/newsroom/people/invitations", Map.of("email", email, "role", "EDITOR")).status())
			.as("admins only")
			.isEqualTo(403);
	}

	private static Browser.Page invite(Browser admin, String email, String role) {
		return admin.get("/newsroom/people").submit(admin, "form#invite", Map.of("email", email, "role", role));
	}

}
