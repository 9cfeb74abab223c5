package org.kiosque.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.kiosque.newsletter.ImportReport;
import org.kiosque.newsletter.Newsletter;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsletter send} and {@code newsletter import FILE.csv}. */
@Command(name = "newsletter", mixinStandardHelpOptions = true,
		description = "Newsletter: send an edition, import subscribers.",
		subcommands = { NewsletterCommand.Send.class, NewsletterCommand.Import.class })
final class NewsletterCommand implements KiosqueCommand.Group {

	@Override
	public Integer call() {
		return 0;
	}

	@Command(name = "send", mixinStandardHelpOptions = true,
			description = "Finishes any edition left unfinished (a crash, a kill), then sends an edition of the articles "
					+ "published since the last one; prints how many mails went.")
	static final class Send implements KiosqueCommand {

		@Spec
		CommandSpec spec;

		@Override
		public int run(ApplicationContext application) {
			PrintWriter out = spec.commandLine().getOut();
			List<Newsletter.Sending> sendings = application.getBean(Newsletter.class).sendNow();
			if (sendings.isEmpty()) {
				out.println("Aucun nouvel article depuis la dernière édition : rien à envoyer. 0 envoyé.");
				out.flush();
				return 0;
			}
			int sent = 0;
			for (Newsletter.Sending s : sendings) {
				out.printf(Locale.FRANCE,
						"Édition %d « %s »%s : %d article(s), %d destinataire(s), %d envoyé(s) en %.1f s (%.0f messages/s), %d en attente de nouvel essai.%n",
						s.editionId(), s.subject(), s.resumed() ? " (reprise, laissée inachevée)" : "", s.articles(),
						s.recipients(), s.sent(), s.took().toMillis() / 1000.0, s.rate(), s.waiting());
				sent += s.sent();
			}
			out.println(sent);
			out.flush();
			return 0;
		}

	}

	@Command(name = "import", mixinStandardHelpOptions = true,
			description = "Adds subscribers who already consented elsewhere: one address per line, optional name after a comma. "
					+ "Imports nothing if any line is bad; skips addresses already known.")
	static final class Import implements KiosqueCommand {

		@Override
		public boolean writesAddresses() {
			return false;
		}

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "FILE.csv", description = "the addresses to import")
		Path file;

		@Override
		public int run(ApplicationContext application) throws Exception {
			PrintWriter out = spec.commandLine().getOut();
			PrintWriter err = spec.commandLine().getErr();
			if (!Files.isReadable(file)) {
				err.println("Fichier illisible : " + file);
				err.flush();
				return 2;
			}
			ImportReport report = application.getBean(Newsletter.class).importSubscribers(file);
			if (!report.ok()) {
				report.badLines().forEach(err::println);
				err.println("Rien n’a été importé : corrigez ces lignes et relancez.");
				err.flush();
				return 1;
			}
			out.printf("%d abonné(s) importé(s), %d doublon(s) ignoré(s).%n", report.imported(), report.skipped());
			out.flush();
			return 0;
		}

	}

}
