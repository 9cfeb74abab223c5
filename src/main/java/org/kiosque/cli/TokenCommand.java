package org.kiosque.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.kiosque.account.ApiToken;
import org.kiosque.account.ApiTokens;
import org.kiosque.site.Labels;
import org.kiosque.site.NewspaperDates;
import org.springframework.context.ApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code token create|list|revoke}: the publishing API's tokens from the command line.
 * {@code create} prints the token once (only its hash is kept). Help in
 * {@code messages/cli-help*.properties}, what it prints in
 * {@code messages/cli*.properties}.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
		subcommands = { TokenCommand.Create.class, TokenCommand.ListAll.class, TokenCommand.Revoke.class })
final class TokenCommand implements KiosqueCommand.Group {

	@Override
	public Integer call() {
		return 0;
	}

	/** Where commands write; replaced in tests. */
	static PrintStream out() {
		return System.out;
	}

	@Command(name = "create", mixinStandardHelpOptions = true)
	static final class Create implements KiosqueCommand {

		@Parameters(index = "0", paramLabel = "${bundle:label.name}", descriptionKey = "token.name")
		String name = "";

		@Option(names = "--role", required = true, paramLabel = "${bundle:label.role}", descriptionKey = "token.role")
		String role = "";

		@Override
		public int run(ApplicationContext application) {
			Labels labels = application.getBean(Labels.class);
			var chosen = ApiTokens.role(role);
			if (chosen.isEmpty()) {
				return KiosqueCommand.refuse(labels.get("account.token.problem.role"));
			}
			try {
				var issued = application.getBean(ApiTokens.class).create(name, chosen.get(), null);
				out().println(labels.get("cli.token.created", issued.token().id(), issued.token().name(),
						issued.token().role().name()));
				out().println(issued.secret());
				return 0;
			}
			catch (ApiTokens.Refused refused) {
				return KiosqueCommand.refuse(labels.get(refused.refusal().messageKey()));
			}
		}

	}

	@Command(name = "list", mixinStandardHelpOptions = true)
	static final class ListAll implements KiosqueCommand {

		@Override
		public int run(ApplicationContext application) {
			Labels labels = application.getBean(Labels.class);
			NewspaperDates dates = application.getBean(NewspaperDates.class);
			List<List<String>> rows = new ArrayList<>();
			rows.add(List.of(labels.get("cli.token.list.id"), labels.get("cli.token.list.role"),
					labels.get("cli.token.list.last-used"), labels.get("cli.token.list.state"),
					labels.get("cli.token.list.name")));
			for (ApiToken t : application.getBean(ApiTokens.class).all()) {
				Instant lastUsed = t.lastUsedAt();
				Instant revoked = t.revokedAt();
				rows.add(List.of(String.valueOf(t.id()), String.valueOf(t.role()),
						lastUsed == null ? labels.get("account.token.never") : dates.dayAndTime(lastUsed),
						t.active() || revoked == null ? ""
								: labels.get("account.token.revoked-on", dates.date(revoked)),
						t.name()));
			}
			TextColumns.lines(rows).forEach(out()::println);
			return 0;
		}

	}

	@Command(name = "revoke", mixinStandardHelpOptions = true)
	static final class Revoke implements KiosqueCommand {

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "token.id")
		long id;

		@Override
		public int run(ApplicationContext application) {
			Labels labels = application.getBean(Labels.class);
			if (!application.getBean(ApiTokens.class).revoke(id)) {
				return KiosqueCommand.refuse(labels.get("cli.token.unknown", id));
			}
			out().println(labels.get("cli.token.revoked", id));
			return 0;
		}

	}

}
