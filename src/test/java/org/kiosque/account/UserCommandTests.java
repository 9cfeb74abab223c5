package org.kiosque.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.KiosqueApplication;
import org.kiosque.cli.Commands;

/**
 * {@code java -jar kiosque.jar user ...}, run in-process against a fresh data directory
 * (its own H2 database), with standard input and output replaced.
 */
class UserCommandTests {

	@TempDir
	static Path data;

	private static final InputStream STDIN = System.in;

	private static final PrintStream STDOUT = System.out;

	record Run(int status, String out) {
	}

	@BeforeAll
	static void emptyDataDirectory() throws Exception {
		Files.createDirectories(data);
	}

	@AfterAll
	static void restore() {
		System.setIn(STDIN);
		System.setOut(STDOUT);
	}

	@Test
	void adminAddsStaffListsThemChangesARoleAndDisablesAnAccount() throws Exception {
		Run added = run("le long secret de l’admin\n", "user", "add", "chef@exemple.fr", "--role=ADMIN",
				"--name=Cheffe de rédaction");
		assertThat(added.status()).isZero();
		assertThat(added.out()).contains("Compte créé : chef@exemple.fr (ADMIN)");

		Run generated = run("", "user", "add", "Pigiste@Exemple.fr", "--role=CONTRIBUTOR", "--name=Pigiste",
				"--generate-password");
		assertThat(generated.status()).isZero();
		Matcher password = Pattern.compile("Mot de passe \\(affiché une seule fois\\) : (\\S+)")
			.matcher(generated.out());
		assertThat(password.find()).isTrue();
		assertThat(password.group(1)).hasSize(20);

		Run weak = run("motdepasse\n", "user", "add", "faible@exemple.fr", "--role=EDITOR", "--name=Faible");
		assertThat(weak.status()).isEqualTo(1);
		Run twice = run("encore un long secret\n", "user", "add", "chef@exemple.fr", "--role=EDITOR", "--name=Autre");
		assertThat(twice.status()).isEqualTo(1);

		Run list = run("", "user", "list");
		assertThat(list.status()).isZero();
		assertThat(list.out()).contains("chef@exemple.fr")
			.contains("pigiste@exemple.fr")
			.contains("CONTRIBUTOR")
			.doesNotContain("faible@exemple.fr");

		Run promoted = run("", "user", "role", "pigiste@exemple.fr", "EDITOR");
		assertThat(promoted.status()).isZero();
		assertThat(run("", "user", "list").out()).containsPattern("pigiste@exemple.fr\\s+EDITOR\\s+actif");

		Run lastAdmin = run("", "user", "role", "chef@exemple.fr", "READER");
		assertThat(lastAdmin.status()).as("the last admin stays").isEqualTo(1);

		Run disabled = run("", "user", "disable", "pigiste@exemple.fr");
		assertThat(disabled.status()).isZero();
		assertThat(run("", "user", "list").out()).containsPattern("pigiste@exemple.fr\\s+EDITOR\\s+désactivé");

		assertThat(run("", "user", "disable", "personne@exemple.fr").status()).isEqualTo(1);
	}

	/**
	 * {@code user list} keeps its columns in line whatever an address's length: each is
	 * as wide as its longest value.
	 */
	@Test
	void aLongAddressKeepsTheListsColumnsInLine() {
		String address = "redaction.correspondance.permanente.bruxelles@agence-exemple.eu";
		assertThat(address).hasSize(63);
		assertThat(run("", "user", "add", address, "--role=EDITOR", "--name=Bureau de Bruxelles", "--generate-password")
			.status()).isZero();

		java.util.List<String> lines = run("", "user", "list").out().lines().toList();
		assertThat(lines).anyMatch(line -> line.startsWith(address + " EDITOR"));
		// The role, state and name columns start at one place on every line.
		for (String column : java.util.List.of("RÔLE", "ÉTAT", "NOM")) {
			int at = lines.getFirst().indexOf(column);
			assertThat(lines).as(column)
				.allMatch(line -> line.length() > at && line.charAt(at - 1) == ' ' && line.charAt(at) != ' ');
		}
	}

	private static Run run(String stdin, String... args) {
		String[] all = new String[args.length + 3];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--kiosque.data-dir=" + data;
		all[args.length + 1] = "--spring.datasource.url=jdbc:h2:file:" + data + "/db/kiosque";
		all[args.length + 2] = "--spring.mail.host=";
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			int status = Commands.run(KiosqueApplication.class, all);
			return new Run(status, out.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setIn(STDIN);
			System.setOut(STDOUT);
		}
	}

}
