package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.article.HtmlValidityTests;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueProcess;

/**
 * A fresh install, as only a process of its own on an empty data directory has one (the
 * shared test database always has admins): the first visit to {@code /newsroom} offers to
 * create the first admin with the setup code printed in the log; a wrong code is refused
 * and throttled, the right one creates the admin once, and then the offer is gone. H2
 * only: the code's storage is proven on both databases by {@link SetupCodesTests}.
 */
class FirstAdminSetupTests {

	private static final Pattern CODE = Pattern
		.compile("Code d’installation du premier administrateur : ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})");

	private static final String PASSWORD = "la clé de la rédaction";

	@TempDir
	Path dataDir;

	@Test
	void theSetupCodeFromTheLogCreatesTheFirstAdminOnce() throws Exception {
		try (KiosqueProcess server = KiosqueProcess.start(dataDir, List.of(), "--kiosque.demo.enabled=false",
				"--spring.main.banner-mode=off")) {
			Matcher printed = CODE.matcher(server.log());
			assertThat(printed.find()).as(server.log()).isTrue();
			String code = printed.group(1);
			assertThat(server.log()).as("the command still offered").contains("user add vous@exemple.fr --role=ADMIN");

			Browser stranger = new Browser(server.port());
			Browser.Page newsroom = stranger.get("/newsroom");
			assertThat(newsroom.status()).isEqualTo(302);
			assertThat(newsroom.location()).isEqualTo("/newsroom/setup");
			Browser.Page form = stranger.get("/newsroom/setup");
			assertThat(form.status()).isEqualTo(200);
			assertThat(form.header("Cache-Control")).contains("no-store");
			assertThat(form.html().select("aside.aside").html()).as("no reader box").isEmpty();
			assertThat(HtmlValidityTests.errors(form.body())).isEmpty();

			Browser.Page wrong = form.submit(stranger, "form#setup",
					fields("ABCD-EFGH-JKMN-PQRS", "intrus@exemple.fr"));
			assertThat(wrong.status()).isEqualTo(422);
			assertThat(wrong.text()).contains("Ce code d’installation n’est pas valable.");
			Browser.Page weak = form.submit(stranger, "form#setup",
					Map.of("code", code, "email", "chef@exemple.fr", "displayName", "Cheffe", "password", "court"));
			assertThat(weak.status()).as("a weak password, the code kept").isEqualTo(422);

			// One client guessing is stopped, even when it finally types the right code.
			Browser guesser = new Browser(server.port()).from("198.51.100.23");
			for (int i = 0; i < 5; i++) {
				assertThat(guesser.get("/newsroom/setup")
					.submit(guesser, "form#setup", fields("ZZZZ-ZZZZ-ZZZZ-ZZZ" + i, "g@exemple.fr"))
					.status()).isEqualTo(422);
			}
			Browser.Page throttled = guesser.get("/newsroom/setup")
				.submit(guesser, "form#setup", fields(code, "g@exemple.fr"));
			assertThat(throttled.status()).isEqualTo(429);
			assertThat(throttled.header("Retry-After")).isNotBlank();

			Browser.Page created = form.submit(stranger, "form#setup",
					fields(code.toLowerCase().replace("-", " "), "chef@exemple.fr"));
			assertThat(created.status()).as(created.text()).isEqualTo(200);
			assertThat(created.text()).contains("Compte administrateur créé");

			// The same browser (its first visit to /newsroom was saved in a session,
			// whose
			// token the form carries), the same code, another address.
			Browser.Page second = form.submit(stranger, "form#setup", fields(code, "second@exemple.fr"));
			assertThat(second.status()).as("used once, and the offer is gone").isEqualTo(404);
			assertThat(new Browser(server.port()).get("/newsroom/setup").status()).isEqualTo(404);
			Browser.Page nowSignIn = new Browser(server.port()).get("/newsroom");
			assertThat(nowSignIn.location()).endsWith("/login");

			Browser admin = new Browser(server.port());
			assertThat(
					admin.submit("/login", "form#sign-in", Map.of("username", "chef@exemple.fr", "password", PASSWORD))
						.status())
				.isEqualTo(302);
			Browser.Page people = admin.get("/newsroom/people");
			assertThat(people.status()).as("an admin").isEqualTo(200);

			// The only admin cannot leave the site without one.
			String self = "tr[data-email=chef@exemple.fr] form.role-form";
			String rolePath = people.html().selectFirst(self).attr("action");
			Browser.Page demoted = people.submit(admin, self, Map.of("role", "EDITOR"));
			assertThat(demoted.status()).isEqualTo(400);
			assertThat(demoted.text()).contains("C’est le dernier administrateur actif");
			Browser.Page disabled = admin.post(rolePath.replace("/role", "/enabled"),
					Map.of("enabled", "false", "_csrf", people.html().selectFirst("input[name=_csrf]").val()));
			assertThat(disabled.status()).isEqualTo(400);
			assertThat(admin.get("/newsroom/people").status()).as("still an admin").isEqualTo(200);
		}
	}

	private static Map<String, String> fields(String code, String email) {
		return Map.of("code", code, "email", email, "displayName", "Cheffe de la rédaction", "password", PASSWORD);
	}

}
