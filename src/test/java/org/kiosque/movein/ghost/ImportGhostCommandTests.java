package org.kiosque.movein.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.CommandLineRun;

/**
 * {@code java -jar kiosque.jar import-ghost …} as an operator runs it, on a data
 * directory of its own (H2; the command is the same on PostgreSQL): the report on
 * standard output, exit status 1 and nothing written for a file that is no Ghost export.
 */
class ImportGhostCommandTests {

	@TempDir
	Path data;

	CommandLineRun kiosque(String... args) {
		return new CommandLineRun.OwnData(data).run(args);
	}

	long count(String sql) throws Exception {
		return new CommandLineRun.OwnData(data).count(sql);
	}

	@Test
	void importGhostPrintsItsReportChangesNothingTheSecondTimeAndRefusesAFileThatIsNoExport() throws Exception {
		Path export = GhostExportReaderTests.export("ghost4-mobiledoc.json");

		CommandLineRun dry = kiosque("import-ghost", export.toString(), "--dry-run");

		assertThat(dry.status()).isZero();
		assertThat(dry.out()).contains("Essai à blanc")
			.contains("Articles : 1 créé,")
			.contains("Membres : 1 abonné à la lettre, 0 déjà inscrit, 1 sans accord pour la lettre, non inscrit");
		assertThat(count("SELECT COUNT(*) FROM article")).isZero();
		assertThat(count("SELECT COUNT(*) FROM subscriber")).isZero();
		assertThat(dry.err()).doesNotContain("kiosque.site.base-url");

		CommandLineRun first = kiosque("import-ghost", export.toString());

		assertThat(first.status()).as(first.err()).isZero();
		assertThat(first.out()).contains("Emménagement terminé :")
			.contains("Articles : 1 créé, 0 mis à jour, 0 inchangé, 0 écarté")
			.contains("Membres : 1 abonné à la lettre, 0 déjà inscrit, 1 sans accord pour la lettre, non inscrit");
		assertThat(first.err()).doesNotContain("kiosque.site.base-url").doesNotContain("Articles [");
		assertThat(count("SELECT COUNT(*) FROM subscriber WHERE status = 'CONFIRMED'")).isEqualTo(1);

		CommandLineRun second = kiosque("import-ghost", export.toString());

		assertThat(second.out()).contains("Articles : 0 créé, 0 mis à jour, 1 inchangé, 0 écarté")
			.contains("0 ancienne adresse redirigée")
			.contains("Membres : 0 abonné à la lettre, 1 déjà inscrit,");
		assertThat(count("SELECT COUNT(*) FROM article")).isEqualTo(1);

		Path notGhost = Files.writeString(data.resolve("export.json"), "{\"posts\": []}");
		CommandLineRun refused = kiosque("import-ghost", notGhost.toString());

		assertThat(refused.status()).isEqualTo(1);
		assertThat(refused.err()).contains("n’est pas un export de Ghost");
	}

	@Test
	void aMissingFileOrAFolderIsSaidAsForWordPress() {
		String nope = data.resolve("x/nope.json").toString();

		CommandLineRun missing = kiosque("import-ghost", nope);

		assertThat(missing.status()).isEqualTo(1);
		assertThat(missing.err()).contains("Aucun fichier à cette adresse : " + nope).doesNotContain("Export refusé");

		CommandLineRun folder = kiosque("import-ghost", data.toString(), "--kiosque.site.locale=en");

		assertThat(folder.status()).isEqualTo(1);
		assertThat(folder.err()).contains("This is a folder, not an export file: " + data);
	}

}
