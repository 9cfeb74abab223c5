package org.kiosque.movein;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.CommandLineRun;
import org.kiosque.support.SamplePictures;

/**
 * {@code java -jar kiosque.jar import-wordpress …} as an operator runs it, on a data
 * directory of its own (H2; the command is the same on PostgreSQL): a dry run that writes
 * no row, the report on standard output with its counts per kind, what was skipped and
 * why, the notes and the leftovers; a second run that changes nothing; exit status 1 for
 * a file that is no export. Standard error stays quiet: no progress bar off a terminal,
 * and no warning about {@code kiosque.site.base-url}, which a move does not use.
 */
class ImportWordPressCommandTests {

	@TempDir
	Path data;

	static final List<String> TABLES = List.of("article", "comment", "reader", "picture", "section", "tag",
			"former_address", "movein_origin");

	@Test
	void importWordPressPrintsItsReportWritesNothingInADryRunAndNothingTheSecondTime() throws Exception {
		CommandLineRun.OwnData own = new CommandLineRun.OwnData(data);
		Path uploads = Files.createDirectories(data.resolve("uploads/2019/05")).getParent().getParent();
		SamplePictures.write(uploads.resolve("2019/05/mairie.jpg"), SamplePictures.jpeg(1600, 1200));
		String export = Path.of("src/test/resources/movein/wordpress/blocks-dated.xml").toString();

		CommandLineRun dry = own.run("import-wordpress", export, "--uploads=" + uploads, "--dry-run");

		assertThat(dry.status()).as(dry.err()).isZero();
		// (Inside this JVM a log line of the application may come first.)
		assertThat(dry.out()).contains("Essai à blanc, rien n’a été écrit ; voici ce qui serait fait :")
			.contains("Articles : 5 créés, 0 mis à jour, 0 inchangé, 2 écartés")
			.contains("Commentaires : 4 créés, 0 mis à jour, 0 inchangé, 1 écarté")
			.contains("Photos : 1 créée, 0 mise à jour, 1 inchangée, 1 écartée")
			.contains("10 anciennes adresses redirigées");
		for (String table : TABLES) {
			assertThat(own.count("SELECT COUNT(*) FROM " + table)).as(table).isZero();
		}
		assertThat(dry.err()).doesNotContain("kiosque.site.base-url").doesNotContain("Articles [");

		CommandLineRun first = own.run("import-wordpress", export, "--uploads=" + uploads);

		assertThat(first.status()).as(first.err()).isZero();
		assertThat(first.out()).contains("Emménagement terminé :")
			.contains("Articles : 5 créés, 0 mis à jour, 0 inchangé, 2 écartés")
			.contains("Rubriques : 2 créées, 0 mise à jour, ")
			.contains("Mots-clés : 2 créés, 0 mis à jour, 0 inchangé, 0 écarté")
			.contains("Comptes de la rédaction : 2 créés,")
			.contains("Commentaires : 4 créés, 0 mis à jour, 0 inchangé, 1 écarté")
			.contains("Photos : 1 créée, 0 mise à jour, 1 inchangée, 1 écartée")
			.contains("10 anciennes adresses redirigées")
			// What was skipped, and why; the notes; the leftovers.
			.contains("éléments écartés :")
			.contains("« Article jeté » : statut « trash » non importé")
			.contains(" : page (WordPress) et non article : pas importée")
			.contains(" : rétrolien (pingback, trackback), pas un commentaire")
			.contains("fichier absent : ")
			.contains("2019/06/port-disparu.jpg (l’article vient sans cette photo)")
			.contains("morceaux de HTML gardés en lien ou écartés :")
			.contains(" : shortcode [gallery ids=\"1101,1102\" columns=\"2\"]");
		assertThat(first.err()).doesNotContain("kiosque.site.base-url").doesNotContain("Articles [");
		assertThat(own.count("SELECT COUNT(*) FROM article")).isEqualTo(5);
		assertThat(own.count("SELECT COUNT(*) FROM comment")).isEqualTo(4);

		CommandLineRun second = own.run("import-wordpress", export, "--uploads=" + uploads);

		assertThat(second.status()).isZero();
		assertThat(second.out()).contains("Articles : 0 créé, 0 mis à jour, 5 inchangés, 2 écartés")
			.contains("Mots-clés : 0 créé, 0 mis à jour, 2 inchangés, 0 écarté")
			.contains("Commentaires : 0 créé, 0 mis à jour, 4 inchangés, 1 écarté")
			.contains("0 ancienne adresse redirigée");
		assertThat(own.count("SELECT COUNT(*) FROM article")).isEqualTo(5);

		Path notAnExport = Files.writeString(data.resolve("export.xml"), "ceci n’est pas du XML");
		CommandLineRun refused = own.run("import-wordpress", notAnExport.toString());

		assertThat(refused.status()).isEqualTo(1);
		assertThat(refused.err()).contains("Export illisible : " + notAnExport);
	}

	@Test
	void aMissingFileAFolderAndAFileThatIsNoExportEachSaySoOnce() throws Exception {
		CommandLineRun.OwnData own = new CommandLineRun.OwnData(data);
		String nope = data.resolve("x/nope.xml").toString();

		CommandLineRun missing = own.run("import-wordpress", nope);

		assertThat(missing.status()).isEqualTo(1);
		assertThat(missing.err()).contains("Aucun fichier à cette adresse : " + nope).doesNotContain("illisible");
		assertThat(occurrences(missing.err(), nope)).isEqualTo(1);

		CommandLineRun english = own.run("import-wordpress", nope, "--kiosque.site.locale=en");

		assertThat(english.status()).isEqualTo(1);
		assertThat(english.err()).contains("No file at this address: " + nope);

		CommandLineRun folder = own.run("import-wordpress", data.toString());

		assertThat(folder.status()).isEqualTo(1);
		assertThat(folder.err()).contains("C’est un dossier, pas un fichier d’export : " + data);

		Path notXml = Files.writeString(data.resolve("export.xml"), "ceci n’est pas du XML");
		CommandLineRun notAnExport = own.run("import-wordpress", notXml.toString());

		assertThat(notAnExport.status()).isEqualTo(1);
		assertThat(notAnExport.err()).contains("Export illisible : " + notXml + " (");
		assertThat(occurrences(notAnExport.err(), notXml.toString())).isEqualTo(1);
		assertThat(own.count("SELECT COUNT(*) FROM article")).isZero();
	}

	@Test
	void aFileThatCannotBeReadSaysSo() throws Exception {
		// A Unix socket's file: the system refuses to open it for reading, to root as to
		// anyone (a file without read permission would not do: CI runs as root).
		Path socket = data.resolve("export.sock");
		try (ServerSocketChannel listening = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
			listening.bind(UnixDomainSocketAddress.of(socket));

			CommandLineRun refused = new CommandLineRun.OwnData(data).run("import-wordpress", socket.toString());

			assertThat(refused.status()).isEqualTo(1);
			assertThat(refused.err())
				.contains("Ce fichier ne peut pas être lu (vérifiez ses droits d’accès) : " + socket);
		}
	}

	static int occurrences(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}

}
