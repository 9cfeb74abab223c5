package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An admin disables a colleague who is signed in: their stored session (Spring Session
 * JDBC, found by its principal name) ends at once, on every node, and they cannot sign in
 * again; enabled again, they can.
 */
@KiosqueTest
class DisablingEndsSessionsTests {

	private static final String PASSWORD = "un secret de la rédaction";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDisabledColleagueIsSignedOutAndCannotSignIn() {
		String email = "disabled-" + System.nanoTime() + "@exemple.fr";
		Person editor = people.add(email, "Éditeur bientôt désactivé", Role.EDITOR, PASSWORD);
		Browser session = signIn(email);
		assertThat(session.get("/newsroom/schedule").status()).isEqualTo(200);
		assertThat(sessions(email)).isEqualTo(1);

		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		Browser.Page done = admin.get("/newsroom/people?email=" + email)
			.submit(admin, "tr[data-email=" + email + "] form.enabled-form", Map.of());
		assertThat(done.status()).isEqualTo(302);

		assertThat(sessions(email)).isZero();
		Browser.Page after = session.get("/newsroom/schedule");
		assertThat(after.status()).isEqualTo(302);
		assertThat(after.location()).endsWith("/login");
		Browser.Page refused = new Browser(port).submit("/login", "form#sign-in",
				Map.of("username", email, "password", PASSWORD));
		assertThat(refused.status()).isEqualTo(401);

		people.changeEnabled(editor.id(), true);
		assertThat(signIn(email).get("/newsroom/schedule").status()).isEqualTo(200);
	}

	private Browser signIn(String email) {
		Browser browser = new Browser(port);
		assertThat(browser.submit("/login", "form#sign-in", Map.of("username", email, "password", PASSWORD)).status())
			.isEqualTo(302);
		return browser;
	}

	private long sessions(String email) {
		return jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = :email")
			.param("email", email)
			.query(Long.class)
			.single();
	}

}
