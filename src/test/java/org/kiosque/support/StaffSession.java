package org.kiosque.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.kiosque.account.People;
import org.kiosque.account.Role;
import org.springframework.context.ApplicationContext;

/** A staff member, signed in through the sign-in form like anyone else. */
public final class StaffSession {

	private static final String PASSWORD = "un secret de rédaction";

	private StaffSession() {
	}

	public static Browser signedIn(ApplicationContext context, int port, Role role) {
		String email = role.name().toLowerCase() + "-lectures-" + System.nanoTime() + "@exemple.fr";
		context.getBean(People.class).add(email, "Rédaction " + role.name().toLowerCase(), role, PASSWORD);
		Browser browser = new Browser(port);
		var signedIn = browser.submit("/login", "form#sign-in", Map.of("username", email, "password", PASSWORD));
		assertThat(signedIn.status()).as("sign-in of a %s", role).isEqualTo(302);
		return browser;
	}

}
