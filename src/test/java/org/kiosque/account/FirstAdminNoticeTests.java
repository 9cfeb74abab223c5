package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.kiosque.support.LabelsIn;

/**
 * The first-admin hint must work right after {@code ./mvnw spring-boot:run}, when no jar
 * exists yet, on the data directory and database the server uses.
 */
class FirstAdminNoticeTests {

	@Test
	void givesTheMavenCommandFirstThenTheJars() {
		String notice = FirstAdminNotice.notice(LabelsIn.language("en"), "./data", List.of());
		assertThat(notice)
			.contains("./mvnw -q spring-boot:run -Dspring-boot.run.arguments=\"user add you@example.org "
					+ "--role=ADMIN --name='Your Name'\"")
			.contains("bin/kiosque user add you@example.org --role=ADMIN --name=\"Your Name\"")
			.contains("--generate-password")
			.doesNotContain("--kiosque.data-dir", "--spring.profiles.active");
	}

	@Test
	void repeatsTheSettingsTheCommandMustShareWithTheServer() {
		String notice = FirstAdminNotice.notice(LabelsIn.language("en"), "/srv/kiosque", List.of("postgres"));
		assertThat(notice)
			.contains("--name='Your Name' --kiosque.data-dir=/srv/kiosque --spring.profiles.active=postgres\"")
			.contains("--name=\"Your Name\" --kiosque.data-dir=/srv/kiosque --spring.profiles.active=postgres.");
	}

	@Test
	void speaksTheSitesLanguage() {
		assertThat(FirstAdminNotice.notice(LabelsIn.language("fr"), "./data", List.of()))
			.startsWith("Aucun compte administrateur pour l’instant.")
			.contains("bin/kiosque user add vous@exemple.fr --role=ADMIN --name=\"Votre Nom\"")
			.contains("--generate-password");
	}

}
