package org.kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.cli.CommandWordsTests.Run;
import org.kiosque.support.Mailbox;

/**
 * Commands run the way {@code main} runs them (in this JVM, each starting its own
 * application on a data directory of its own, H2 only: the argument handling is the same
 * on PostgreSQL): settings before, between or after the command's words give the same
 * result; a command never publishes the demo content; the addresses it prints and mails
 * come from {@code kiosque.site.base-url}, and it says once when that was never set.
 */
class CommandSettingsTests {

	static final String UNSET = "kiosque.site.base-url n’est pas réglé";

	@TempDir
	Path data;

	@Test
	void settingsBeforeOrAfterTheCommandImportTheSameWayAndNeverPublishTheDemo() throws Exception {
		Path first = dispatch("premiere.txt", "Première dépêche importée par la commande");
		Path second = dispatch("seconde.txt", "Seconde dépêche importée par la commande");

		// The example, settings first; no setting can make a command publish the
		// demo content.
		Run before = CommandWordsTests.run("--kiosque.data-dir=" + data, "--kiosque.demo.enabled=true",
				"--kiosque.command=false", "--kiosque.site.base-url=https://journal.example", "import",
				first.toString());
		Run after = CommandWordsTests.run("import", "--kiosque.site.base-url=https://journal.example",
				second.toString(), "--kiosque.data-dir=" + data);

		assertThat(before.status()).isZero();
		assertThat(before.out()).contains(
				first + " : publié, https://journal.example/article/" + "premiere-depeche-importee-par-la-commande");
		assertThat(after.status()).isZero();
		assertThat(after.out()).contains(
				second + " : publié, https://journal.example/article/" + "seconde-depeche-importee-par-la-commande");
		assertThat(before.err() + after.err()).doesNotContain(UNSET);
		assertThat(count("SELECT COUNT(*) FROM article")).isEqualTo(2);
		assertThat(count("SELECT COUNT(*) FROM section")).as("no demo section").isZero();

		// Never set: the address is the default one, and the command says so, once.
		Run unset = CommandWordsTests.run("--kiosque.data-dir=" + data, "import", first.toString(), second.toString());
		assertThat(unset.status()).isZero();
		assertThat(unset.out()).contains(first + " : déjà présent, http://localhost:8080/article/");
		assertThat(unset.err().split(UNSET, -1)).as("one warning").hasSize(2);
		assertThat(unset.err()).contains(UNSET + " ; les adresses que cette commande écrit ou envoie par courriel "
				+ "commencent par http://localhost:8080.");

		// A command that writes no address says nothing of it.
		Run list = CommandWordsTests.run("user", "list", "--kiosque.data-dir=" + data);
		assertThat(list.status()).isZero();
		assertThat(list.err()).doesNotContain(UNSET);
	}

	@Test
	void newsletterSendFromTheCommandLineMailsCompleteLettersOnTheSitesAddress() throws Exception {
		String reader = "commande-" + System.nanoTime() + "@lecteurs.test";
		Path subscribers = Files.writeString(data.resolve("abonnes.csv"), reader + ",Lectrice\n");
		Path today = dispatch("du-jour.txt", "Dépêche du jour pour la lettre");
		List<String> settings = List.of("--kiosque.data-dir=" + data, "--kiosque.site.base-url=https://journal.example",
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + Mailbox.PORT);
		Mailbox.server();

		assertThat(CommandWordsTests.run(with(settings, "import", today.toString())).status()).isZero();
		assertThat(CommandWordsTests.run(with(settings, "newsletter", "import", subscribers.toString())).status())
			.isZero();
		Run send = CommandWordsTests.run(with(settings, "newsletter", "send"));

		assertThat(send.status()).isZero();
		assertThat(send.err()).doesNotContain(UNSET);
		MimeMessage edition = Mailbox.await(reader, 1).getFirst();
		Mailbox.assertComplete(edition, "journal.example");
		assertThat(((InternetAddress) edition.getFrom()[0]).getAddress()).isEqualTo("newsletter@journal.example");
		assertThat(Mailbox.text(edition)).contains("https://journal.example/article/depeche-du-jour-pour-la-lettre")
			.doesNotContain("localhost");
		assertThat(edition.getHeader("List-Unsubscribe", ", ")).startsWith("<https://journal.example/newsletter/")
			.contains("<mailto:unsubscribe@journal.example?");
	}

	private static String[] with(List<String> settings, String... words) {
		return java.util.stream.Stream.concat(settings.stream(), java.util.Arrays.stream(words)).toArray(String[]::new);
	}

	@Test
	void anAddressSavedInTheNewsroomIsTheOneCommandsPrint() throws Exception {
		Path first = dispatch("avant.txt", "Dépêche importée avant le réglage");
		Path second = dispatch("apres.txt", "Dépêche importée après le réglage");
		assertThat(CommandWordsTests.run("--kiosque.data-dir=" + data, "import", first.toString()).status()).isZero();
		// What the settings page saves (org.kiosque.site.SavedSettings), no property set.
		try (var c = DriverManager.getConnection(
				"jdbc:h2:file:" + data.resolve("db/kiosque").toAbsolutePath() + ";AUTO_SERVER=TRUE", "sa", "");
				var s = c.createStatement()) {
			s.executeUpdate("INSERT INTO site_settings (name, setting, changed_by, changed_at) "
					+ "VALUES ('site.base-url', 'https://salle.exemple.fr', 'chef@exemple.fr', CURRENT_TIMESTAMP)");
		}

		Run run = CommandWordsTests.run("--kiosque.data-dir=" + data, "import", second.toString());

		assertThat(run.status()).isZero();
		assertThat(run.out())
			.contains(second + " : publié, https://salle.exemple.fr/article/depeche-importee-apres-le-reglage");
		assertThat(run.err()).doesNotContain(UNSET);
	}

	private Path dispatch(String name, String headline) throws Exception {
		return Files.writeString(data.resolve(name), CommandProcessTests.dispatch(headline), StandardCharsets.UTF_8);
	}

	private long count(String sql) throws Exception {
		return CommandProcessTests.count(data, sql);
	}

}
