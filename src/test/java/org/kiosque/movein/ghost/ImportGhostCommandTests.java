package org.kiosque.movein.ghost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.KiosqueApplication;
import org.kiosque.cli.Commands;

/**
 * {@code java -jar kiosque.jar import-ghost …} as an operator runs it, on a data
 * directory of its own (H2; the command is the same on PostgreSQL): the report on
 * standard output, exit status 1 and nothing written for a file that is no Ghost export.
 */
class ImportGhostCommandTests {

	@TempDir
	Path data;

	record Run(int status, String out, String err) {
	}

	String h2() {
		return "jdbc:h2:file:" + data.resolve("db/kiosque").toAbsolutePath() + ";AUTO_SERVER=TRUE";
	}

	Run kiosque(String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--kiosque.data-dir=" + data, "--spring.datasource.url=" + h2(),
				"--spring.datasource.username=sa", "--spring.datasource.password="));
		PrintStream out = System.out;
		PrintStream err = System.err;
		var capturedOut = new ByteArrayOutputStream();
		var capturedErr = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
			int status = Commands.run(KiosqueApplication.class, all.toArray(String[]::new));
			return new Run(status, capturedOut.toString(StandardCharsets.UTF_8),
					capturedErr.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	long count(String sql) throws Exception {
		try (var c = DriverManager.getConnection(h2(), "sa", "");
				var s = c.createStatement();
				var rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	@Test
	void importGhostPrintsItsReportAndRefusesAFileThatIsNoExport() throws Exception {
		Path export = GhostExportReaderTests.export("ghost4-mobiledoc.json");

		Run dry = kiosque("import-ghost", export.toString(), "--dry-run");

		assertThat(dry.status()).isZero();
		assertThat(dry.out()).contains("Essai à blanc")
			.contains("Articles : 1 créé,")
			.contains("Membres : 1 abonné à la lettre, 0 déjà inscrit, 1 sans accord pour la lettre, non inscrit");
		assertThat(count("SELECT COUNT(*) FROM article")).isZero();

		Path notGhost = Files.writeString(data.resolve("export.json"), "{\"posts\": []}");
		Run refused = kiosque("import-ghost", notGhost.toString());

		assertThat(refused.status()).isEqualTo(1);
		assertThat(refused.err()).contains("n’est pas un export de Ghost");
	}

}
