package org.kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.CommandLineRun;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * How a command line is read, before anything starts: settings wherever they stand, the
 * server only for settings alone, and a word that is no command told as a usage error in
 * the site's language. None of these start the application.
 */
class CommandWordsTests {

	@TempDir
	Path data;

	record Run(int status, String out, String err) {
	}

	@Test
	void settingsBeforeBetweenOrAfterTheCommandsWordsMakeTheSameInvocation() {
		Invocation before = Invocation.of("--kiosque.data-dir=/srv/k", "import", "depeche.txt");
		Invocation between = Invocation.of("import", "--kiosque.data-dir=/srv/k", "depeche.txt");
		Invocation after = Invocation.of("import", "depeche.txt", "--kiosque.data-dir=/srv/k");

		assertThat(before).isEqualTo(between).isEqualTo(after);
		assertThat(before.words()).containsExactly("import", "depeche.txt");
		assertThat(before.settings()).containsExactly("--kiosque.data-dir=/srv/k");

		// A command's own options have no dot: they stay with the command, in order.
		Invocation mixed = Invocation.of("--spring.profiles.active=postgres", "import", "--section=monde",
				"--server.port=9090", "--draft", "a.txt", "--debug", "--logging.level.org.kiosque=DEBUG");
		assertThat(mixed.words()).containsExactly("import", "--section=monde", "--draft", "a.txt");
		assertThat(mixed.settings()).containsExactly("--spring.profiles.active=postgres", "--server.port=9090",
				"--debug", "--logging.level.org.kiosque=DEBUG");
		assertThat(Invocation.of("user", "add", "a@exemple.fr", "--role=ADMIN", "--name=Anne Dupont").settings())
			.isEmpty();
	}

	@Test
	void onlySettingsStartTheServerAndAnyOtherWordIsACommand() {
		assertThat(Commands.isCommand(new String[0])).isFalse();
		assertThat(Commands.isCommand(new String[] { "--server.port=9090", "--kiosque.data-dir=/srv/k" })).isFalse();
		assertThat(Commands.isCommand(new String[] { "--debug", "--spring.profiles.active=postgres" })).isFalse();

		assertThat(Commands.isCommand(new String[] { "--kiosque.data-dir=/srv/k", "import", "depeche.txt" })).isTrue();
		assertThat(Commands.isCommand(new String[] { "--server.port=9090", "serve" })).isTrue();
		assertThat(Commands.isCommand(new String[] { "--help" })).isTrue();
		// A value given after a space is a word: a usage error, not a server on ./data.
		assertThat(Commands.isCommand(new String[] { "--kiosque.data-dir", "/srv/k" })).isTrue();
	}

	@Test
	void aWordThatIsNoCommandIsAUsageErrorInFrenchAndStartsNothing() {
		Run run = run("--kiosque.data-dir=" + data, "imprt", "depeche.txt");

		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains(
				"«\u00a0imprt\u00a0» n’est pas une commande de Kiosque. Vouliez-vous dire : import, import-wordpress, import-ghost ?")
			.contains(
					"Commandes : import, import-wordpress, import-ghost, user, newsletter, token, generate-archive, search. Les réglages s’écrivent --nom=valeur")
			.doesNotContain("Unmatched");
		assertThat(run.out()).isEmpty();
		assertThat(data.resolve("db")).doesNotExist();
	}

	@Test
	void theUsageErrorFollowsTheSitesLanguageWhereverTheSettingStands() {
		Run english = run("frobnicate", "--kiosque.site.locale=en", "--kiosque.data-dir=" + data);
		assertThat(english.status()).isEqualTo(2);
		assertThat(english.err()).contains("\"frobnicate\" is not a Kiosque command.")
			.contains(
					"Commands: import, import-wordpress, import-ghost, user, newsletter, token, generate-archive, search.")
			.doesNotContain("n’est pas");

		Run sub = run("--kiosque.site.locale=en", "user", "ad", "a@exemple.fr");
		assertThat(sub.status()).isEqualTo(2);
		assertThat(sub.err()).contains("\"ad\" is not a command of \"user\".", "Did you mean: add?")
			.contains("Commands: add, list, role, disable.");

		Run french = run("newsletter", "envoyer");
		assertThat(french.status()).isEqualTo(2);
		assertThat(french.err()).contains("«\u00a0envoyer\u00a0» n’est pas une commande de «\u00a0newsletter\u00a0».");
	}

	@Test
	void aSettingsValueAfterASpaceIsAUsageErrorThatShowsHowSettingsAreWritten() {
		Run run = run("--kiosque.data-dir", data.toString(), "import", "depeche.txt");

		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("«\u00a0" + data + "\u00a0» n’est pas une commande de Kiosque.")
			.contains("--nom=valeur");
		assertThat(data.resolve("db")).doesNotExist();
	}

	@Test
	void aCountBelowOneOrAnUnknownRoleIsAUsageErrorInTheSitesLanguageAndStartsNothing() {
		Run zero = run("--kiosque.data-dir=" + data, "generate-archive", "0");
		assertThat(zero.status()).isEqualTo(2);
		assertThat(zero.err()).contains("N et --batch doivent être des nombres entiers positifs.").contains("--seed");

		Run king = run("--kiosque.data-dir=" + data, "user", "add", "roi@exemple.fr", "--role=KING", "--name=Roi");
		assertThat(king.status()).isEqualTo(2);
		assertThat(king.err())
			.contains("Rôle inconnu : «\u00a0KING\u00a0» (rôles possibles : READER, CONTRIBUTOR, EDITOR, ADMIN)")
			.doesNotContain("Échec");

		Run english = run("--kiosque.site.locale=en", "--kiosque.data-dir=" + data, "user", "role", "roi@exemple.fr",
				"king");
		assertThat(english.status()).isEqualTo(2);
		assertThat(english.err()).contains("Unknown role: \"king\" (roles: READER, CONTRIBUTOR, EDITOR, ADMIN)");
		assertThat(data.resolve("db")).doesNotExist();
	}

	@Test
	void anUnknownOptionOfAKnownCommandStillShowsThatCommandsUsage() {
		Run run = run("--kiosque.data-dir=" + data, "import", "--nope", "a.txt");

		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("--nope").contains("--draft");
		assertThat(data.resolve("db")).doesNotExist();
	}

	@Test
	void theSiteAddressCountsAsSetOnTheCommandLineInTheEnvironmentOrAnOperatorsFileNotByThePackagedDefault()
			throws Exception {
		assertThat(CommandSettings.baseUrlChosen(environment())).as("packaged default").isFalse();
		assertThat(CommandSettings.baseUrlChosen(environment("--kiosque.site.base-url=https://journal.example")))
			.isTrue();
		StandardEnvironment variable = environment();
		// In place of the process's environment variables.
		variable.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
							Map.of("KIOSQUE_SITE_BASEURL", "https://journal.example")));
		assertThat(CommandSettings.baseUrlChosen(variable)).as("KIOSQUE_SITE_BASEURL").isTrue();
		Files.writeString(data.resolve("application.properties"), "kiosque.site.base-url=https://journal.example\n");
		assertThat(CommandSettings.baseUrlChosen(environment("--spring.config.additional-location=file:" + data + "/")))
			.as("the operator's application.properties")
			.isTrue();
		assertThat(CommandSettings.baseUrlChosen(environment("--kiosque.site.name=Le Journal"))).isFalse();
	}

	/** The environment a command starts with, these settings on its command line. */
	private static StandardEnvironment environment(String... settings) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(settings));
		ConfigDataEnvironmentPostProcessor.applyTo(environment);
		return environment;
	}

	/** {@code main} without its {@code System.exit}, output captured. */
	static Run run(String... args) {
		CommandLineRun run = CommandLineRun.of(args);
		return new Run(run.status(), run.out(), run.err());
	}

}
