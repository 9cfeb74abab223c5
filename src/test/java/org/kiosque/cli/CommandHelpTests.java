package org.kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.CommandLineRun;

/**
 * A command's help and the errors of its command line speak the site's language
 * ({@code kiosque.site.locale}): French by default, English when the site is in English,
 * however the setting is given. Nothing starts: {@code --help} answers before the
 * application would.
 */
class CommandHelpTests {

	/** Every command and subcommand, as typed. */
	static final List<List<String>> COMMANDS = List.of(List.of(), List.of("import"), List.of("import-wordpress"),
			List.of("import-ghost"), List.of("user"), List.of("user", "add"), List.of("user", "list"),
			List.of("user", "role"), List.of("user", "disable"), List.of("newsletter"), List.of("newsletter", "send"),
			List.of("newsletter", "import"), List.of("token"), List.of("token", "create"), List.of("token", "list"),
			List.of("token", "revoke"), List.of("generate-archive"), List.of("search"), List.of("search", "rebuild"));

	/** Picocli's own English, which a French help must not show. */
	static final List<String> PICOCLI_ENGLISH = List.of("Usage:", "Commands:", "Show this help message",
			"Print version information", "Missing required", "Unknown option", "Unmatched argument");

	@TempDir
	Path config;

	@Test
	void everyCommandsHelpIsInFrenchByDefault() {
		for (List<String> command : COMMANDS) {
			CommandLineRun help = kiosque(command, "--help");
			assertThat(help.status()).as("%s", command).isZero();
			assertThat(help.out()).as("%s", command)
				.startsWith("Utilisation : kiosque")
				.contains("Affiche cette aide et s’arrête.")
				.doesNotContain(PICOCLI_ENGLISH);
			assertEveryOptionIsDescribed(command, help.out());
		}
		assertThat(kiosque(List.of(), "--help").out()).startsWith("Utilisation : kiosque [-hV] [COMMANDE]")
			.contains("Commandes :", "Kiosque, une plateforme de publication d’actualités.")
			// The column's width follows the longest command's name.
			.containsPattern("\\n  import +Importe des dépêches d’agence")
			.containsPattern("\\n  import-wordpress +Importe un site WordPress")
			.containsPattern("\\n  import-ghost +Emménage depuis Ghost")
			.containsPattern("\\n  generate-archive +Ajoute N articles publiés")
			.containsPattern("\\n  user +Gérer les comptes");
		assertThat(kiosque(List.of("import"), "--help").out()).contains("--draft",
				"Enregistrer en brouillon au lieu de publier", "--section=RUBRIQUE", "FICHIER...",
				"Les fichiers de dépêches.");
		assertThat(kiosque(List.of("user", "add"), "--help").out()).contains("--role=RÔLE", "--name=NOM", "ADRESSE");
	}

	@Test
	void helpIsInEnglishWhenTheSiteIs() {
		for (List<String> command : COMMANDS) {
			CommandLineRun help = kiosque(command, "--help", "--kiosque.site.locale=en");
			assertThat(help.status()).as("%s", command).isZero();
			assertThat(help.out()).as("%s", command)
				.startsWith("Usage: kiosque")
				.contains("Show this help message and exit.")
				.doesNotContain("Utilisation", "Affiche");
			assertEveryOptionIsDescribed(command, help.out());
		}
		assertThat(kiosque(List.of("user", "add"), "--help", "--kiosque.site.locale=en").out())
			.contains("the person's e-mail address, used to sign in", "--role=ROLE", "EMAIL");
		assertThat(kiosque(List.of(), "--help", "--kiosque.site.locale=en").out())
			.startsWith("Usage: kiosque [-hV] [COMMAND]");
	}

	/**
	 * Help lines break at spaces only, within 80 columns: never inside a setting's name
	 * nor after an elided article (picocli's own wrapping broke both).
	 */
	@Test
	void helpBreaksLinesAtSpacesOnly() {
		assertThat(kiosque(List.of(), "--help").out()).contains("--spring.profiles.active=postgres",
				"un export plus récent\n                      n’apporte que ce qui a changé.");
		assertThat(kiosque(List.of("user"), "--help").out()).contains("est lu sur\n             l’entrée standard");
		for (List<String> command : COMMANDS) {
			for (String language : List.of("fr", "en")) {
				kiosque(command, "--help", "--kiosque.site.locale=" + language).out()
					.lines()
					.forEach(line -> assertThat(line).as("%s %s", command, language)
						.doesNotEndWith("’")
						.hasSizeLessThanOrEqualTo(WrappedHelp.WIDTH));
			}
		}
	}

	/** A word longer than a line is never cut: it stands whole on its own line. */
	@Test
	void aWordLongerThanTheLineStaysWhole() {
		String word = "--a.setting.name.longer.than.a.whole.line.of.help.is.never.cut.in.two=some-value";
		assertThat(WrappedHelp
			.wrap("  --opt   Some text before " + word + " and after.", 0, line -> new WrappedHelp.Hang(10, 12))
			.lines()).containsExactly("  --opt   Some text before", "            " + word, "            and after.");
	}

	/**
	 * The language comes from where the application would take it: here a settings file.
	 */
	@Test
	void helpFollowsTheLanguageOfTheSettingsFile() throws Exception {
		Files.writeString(config.resolve("application.properties"), "kiosque.site.locale=en\n");
		CommandLineRun help = kiosque(List.of("newsletter"), "--help",
				"--spring.config.additional-location=file:" + config.toAbsolutePath() + "/");
		assertThat(help.out()).startsWith("Usage: kiosque newsletter")
			.contains("Newsletter: send an edition, import subscribers.");
	}

	@Test
	void aWrongCommandLineIsExplainedInTheSitesLanguage() {
		CommandLineRun missing = kiosque(List.of("user", "add", "quelqu.un@exemple.fr"));
		assertThat(missing.status()).isEqualTo(2);
		assertThat(missing.err()).startsWith("Arguments manquants : ")
			.contains("--role=RÔLE", "--name=NOM", "Utilisation : kiosque user add")
			.doesNotContain(PICOCLI_ENGLISH);

		CommandLineRun unknown = kiosque(List.of("import", "--nope", "x.txt"));
		assertThat(unknown.status()).isEqualTo(2);
		assertThat(unknown.err()).startsWith("Argument inconnu : '--nope'").doesNotContain(PICOCLI_ENGLISH);

		CommandLineRun english = kiosque(List.of("user", "add", "someone@example.org"), "--kiosque.site.locale=en");
		assertThat(english.err()).startsWith("Missing arguments: ")
			.contains("--role=ROLE", "--name=NAME", "Usage: kiosque user add");
	}

	/** No option or parameter line of the help is left without its description. */
	private static void assertEveryOptionIsDescribed(List<String> command, String help) {
		help.lines()
			.filter(line -> line.matches("^ {2,6}(-|[A-Z\\[]).*"))
			.forEach(
					line -> assertThat(line.strip()).as("%s: %s", command, line).matches("\\S+(,? \\S+)?\\s{2,}\\S.*"));
	}

	private static CommandLineRun kiosque(List<String> command, String... more) {
		List<String> args = new ArrayList<>(command);
		args.addAll(List.of(more));
		return CommandLineRun.of(args.toArray(String[]::new));
	}

}
