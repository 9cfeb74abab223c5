package org.kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.KiosqueProcess;
import org.kiosque.support.KiosqueProcess.Finished;

/**
 * The example as an operator types it, in a JVM of its own
 * ({@code java -jar kiosque.jar} with the settings first): what only a real process shows
 * is that it ends by itself (a server would not) with the command's exit status. H2 only:
 * the argument handling is the same on PostgreSQL.
 */
class CommandProcessTests {

	@TempDir
	Path folder;

	@Test
	void settingsBeforeTheCommandImportIntoTheirDataDirectoryWithoutServerOrDemo() throws Exception {
		Path data = folder.resolve("srv-k");
		int port = freePort();
		Path dispatch = Files.writeString(folder.resolve("depeche.txt"), dispatch("Une dépêche importée en ligne"),
				StandardCharsets.UTF_8);

		Finished run = KiosqueProcess.run(folder, List.of(), "--kiosque.data-dir=" + data, "--server.port=" + port,
				"import", dispatch.toString());

		assertThat(run.status()).as(run.err()).isZero();
		assertThat(run.out().strip())
			.isEqualTo(dispatch + " : publié, http://localhost:" + port + "/article/une-depeche-importee-en-ligne");
		assertThat(run.err()).contains("kiosque.site.base-url n’est pas réglé");
		assertThat(count(data, "SELECT COUNT(*) FROM article")).isEqualTo(1);
		assertThat(count(data, "SELECT COUNT(*) FROM section")).as("no demo section").isZero();
		assertThat(folder.resolve("data")).as("no ./data beside").doesNotExist();
	}

	@Test
	void aWordThatIsNoCommandEndsWithAUsageErrorAndStartsNothing() {
		Path data = folder.resolve("srv-k");

		Finished run = KiosqueProcess.run(folder, List.of(), "--kiosque.data-dir=" + data, "imprt", "depeche.txt");

		assertThat(run.status()).isEqualTo(2);
		assertThat(run.err()).contains("«\u00a0imprt\u00a0» n’est pas une commande de Kiosque.");
		assertThat(run.out()).isEmpty();
		assertThat(data).doesNotExist();
		assertThat(folder.resolve("data")).doesNotExist();
	}

	/** An agency dispatch dated today in the newsroom's time zone: published at once. */
	static String dispatch(String headline) {
		LocalDate day = LocalDate.now(ZoneId.of("Europe/Paris"));
		String date = (day.getDayOfMonth() == 1 ? "1er" : String.valueOf(day.getDayOfMonth())) + " "
				+ day.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH));
		return "Connectez-vous\n\n" + headline + "\n\n" + date + "\n\nLe premier paragraphe de « " + headline
				+ " ». [APS]\n\n\u00a0\nNombre de lectures : 12 fois\n";
	}

	static long count(Path data, String sql) throws Exception {
		try (var c = DriverManager.getConnection(
				"jdbc:h2:file:" + data.resolve("db/kiosque").toAbsolutePath() + ";AUTO_SERVER=TRUE", "sa", "");
				var s = c.createStatement();
				var rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
