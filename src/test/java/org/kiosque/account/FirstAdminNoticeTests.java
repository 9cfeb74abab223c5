package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The first-admin hint must work right after {@code ./mvnw spring-boot:run}, when no jar
 * exists yet, on the data directory and database the server uses.
 */
class FirstAdminNoticeTests {

	@Test
	void givesTheMavenCommandFirstThenTheJars() {
		String notice = FirstAdminNotice.notice("./data", List.of());
		assertThat(notice)
			.contains("./mvnw -q spring-boot:run -Dspring-boot.run.arguments=\"user add you@example.org "
					+ "--role=ADMIN --name='Your Name'\"")
			.contains("java -jar target/kiosque.jar user add you@example.org --role=ADMIN --name=\"Your Name\"")
			.contains("--generate-password")
			.doesNotContain("--kiosque.data-dir", "--spring.profiles.active");
	}

	@Test
	void repeatsTheSettingsTheCommandMustShareWithTheServer() {
		String notice = FirstAdminNotice.notice("/srv/kiosque", List.of("postgres"));
		assertThat(notice)
			.contains("--name='Your Name' --kiosque.data-dir=/srv/kiosque --spring.profiles.active=postgres\"")
			.contains("--name=\"Your Name\" --kiosque.data-dir=/srv/kiosque --spring.profiles.active=postgres.");
	}

}
