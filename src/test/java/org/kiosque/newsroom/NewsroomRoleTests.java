package org.kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.account.People;
import org.kiosque.account.Person;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The newsroom is for staff; its people page for admins. */
@KiosqueTest
class NewsroomRoleTests {

	private static final String PASSWORD = "un secret de rédaction";

	@LocalServerPort
	int port;

	@Autowired
	People people;

	@Test
	void strangerIsSentToSignInAndReaderIsForbidden() {
		var stranger = new Browser(port).get("/newsroom");
		assertThat(stranger.status()).isEqualTo(302);
		assertThat(stranger.location()).endsWith("/login");

		Browser reader = signedIn(Role.READER, "Lectrice");
		var forbidden = reader.get("/newsroom");
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.text()).contains("Accès refusé");
		assertThat(forbidden.html().select(".account .reader-name").text()).as("the masthead on error pages too")
			.isEqualTo("Lectrice");
		assertThat(reader.get("/newsroom/people").status()).isEqualTo(403);
	}

	@Test
	void editorSeesTheNewsroomHomeButNotThePeopleAdmin() {
		Browser editor = signedIn(Role.EDITOR, "Éditrice");
		var home = editor.get("/newsroom");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.text()).contains("Bonjour Éditrice").contains("Éditeur");
		assertThat(home.html().select(".newsroom-menu a[href=/newsroom/people]")).isEmpty();
		assertThat(editor.get("/newsroom/people").status()).isEqualTo(403);
	}

	@Test
	void staffSignInLandsInTheNewsroom() {
		Person contributor = person(Role.CONTRIBUTOR, "Pigiste");
		var signedIn = new Browser(port).submit("/login", "form#sign-in",
				Map.of("username", contributor.email(), "password", PASSWORD));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.location()).isEqualTo("/newsroom");
	}

	@Test
	void adminPromotesAReaderAndDisablesAnAccount() {
		Browser admin = signedIn(Role.ADMIN, "Administratrice");
		var home = admin.get("/newsroom");
		assertThat(home.html().select(".newsroom-menu a[href=/newsroom/people]").text()).isEqualTo("Équipe et comptes");

		Person reader = person(Role.READER, "Futur éditeur");
		Browser readerBrowser = signIn(reader);
		assertThat(readerBrowser.get("/newsroom").status()).isEqualTo(403);

		var found = admin.get("/newsroom/people?email=" + reader.email());
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.html().select("tr[data-email=" + reader.email() + "]")).hasSize(1);
		var promoted = found.submit(admin, "tr[data-email=" + reader.email() + "] form.role-form",
				Map.of("role", "EDITOR"));
		assertThat(promoted.status()).isEqualTo(302);
		assertThat(admin.open(promoted.location()).text()).contains("Modification enregistrée");
		assertThat(people.find(reader.id()).orElseThrow().role()).isEqualTo(Role.EDITOR);

		// The old session carried the old role: it ended; the next sign-in has the new
		// one.
		assertThat(readerBrowser.get("/newsroom").status()).isEqualTo(302);
		assertThat(signIn(reader).get("/newsroom").status()).isEqualTo(200);

		var list = admin.get("/newsroom/people");
		assertThat(list.html().select("tr[data-email=" + reader.email() + "]")).hasSize(1);
		var disabled = list.submit(admin, "tr[data-email=" + reader.email() + "] form.enabled-form", Map.of());
		assertThat(disabled.status()).isEqualTo(302);
		assertThat(people.find(reader.id()).orElseThrow().enabled()).isFalse();
		var refused = new Browser(port).submit("/login", "form#sign-in",
				Map.of("username", reader.email(), "password", PASSWORD));
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.text()).contains("Ce compte a été désactivé");
	}

	private Person person(Role role, String name) {
		return people.add(role.name().toLowerCase() + "-" + System.nanoTime() + "@exemple.fr", name, role, PASSWORD);
	}

	private Browser signedIn(Role role, String name) {
		return signIn(person(role, name));
	}

	private Browser signIn(Person person) {
		Browser browser = new Browser(port);
		var signedIn = browser.submit("/login", "form#sign-in",
				Map.of("username", person.email(), "password", PASSWORD));
		assertThat(signedIn.status()).isEqualTo(302);
		return browser;
	}

}
