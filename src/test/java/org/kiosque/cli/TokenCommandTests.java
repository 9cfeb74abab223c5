package org.kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.kiosque.account.ApiTokens;
import org.kiosque.support.ApiClient;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * {@code token create NAME --role=ROLE} prints a working token once; {@code token list}
 * shows it without the secret; {@code token revoke ID} closes the API to it.
 */
@KiosqueTest
class TokenCommandTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aTokenMadeOnTheCommandLineWorksUntilRevoked() throws Exception {
		TokenCommand.Create create = new TokenCommand.Create();
		create.name = "Traduction " + System.nanoTime();
		create.role = "contributor";
		String printed = printed(() -> create.run(context));
		String secret = printed.lines().filter(l -> l.startsWith(ApiTokens.PREFIX)).findFirst().orElseThrow();
		assertThat(printed).contains("affiché une seule fois");
		ApiClient api = new ApiClient(port, secret);
		assertThat(api.get("/api/admin/articles").status()).isEqualTo(200);
		String list = printed(() -> new TokenCommand.ListAll().run(context));
		assertThat(list).contains(create.name).doesNotContain(secret);
		assertThat(list.lines().findFirst().orElseThrow()).startsWith("N°")
			.contains("RÔLE", "DERNIER USAGE", "ÉTAT", "NOM");
		long id = context.getBean(ApiTokens.class)
			.all()
			.stream()
			.filter(t -> t.name().equals(create.name))
			.findFirst()
			.orElseThrow()
			.id();
		TokenCommand.Revoke revoke = new TokenCommand.Revoke();
		revoke.id = id;
		assertThat(printed(() -> revoke.run(context))).contains("révoqué");
		assertThat(api.get("/api/admin/articles").status()).isEqualTo(401);
		// Dates as the site prints them (French, to the minute), never an instant's
		// ISO text.
		String line = printed(() -> new TokenCommand.ListAll().run(context)).lines()
			.filter(l -> l.endsWith(create.name))
			.findFirst()
			.orElseThrow();
		assertThat(line).containsPattern(" (jamais|\\p{L}+ \\d+(er)? \\p{L}+ \\d{4} à \\d+ h \\d{2}) ")
			.containsPattern("révoqué le \\d+(er)? \\p{L}+ \\d{4}")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
		assertThat(revoke.run(context)).isEqualTo(1);
	}

	@Test
	void aReadersRoleIsRefused() throws Exception {
		TokenCommand.Create create = new TokenCommand.Create();
		create.name = "Lecteur";
		create.role = "READER";
		assertThat(create.run(context)).isEqualTo(1);
	}

	private static String printed(Callable<Integer> command) throws Exception {
		PrintStream before = System.out;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		try {
			assertThat(command.call()).isZero();
		}
		finally {
			System.setOut(before);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

}
