package org.kiosque.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.kiosque.newsletter.ImportReport;
import org.kiosque.newsletter.Newsletter;
import org.kiosque.site.Labels;
import org.springframework.context.ApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsletter send} and {@code newsletter import FILE.csv}. Help in
 * {@code messages/cli-help*.properties}, what they print in
 * {@code messages/cli*.properties}.
 */
@Command(name = "newsletter", mixinStandardHelpOptions = true,
		subcommands = { NewsletterCommand.Send.class, NewsletterCommand.Import.class })
final class NewsletterCommand implements KiosqueCommand.Group {

	@Override
	public Integer call() {
		return 0;
	}

	@Command(name = "send", mixinStandardHelpOptions = true)
	static final class Send implements KiosqueCommand {

		@Spec
		CommandSpec spec;

		/** The edition's mails link to the articles and to unsubscribing. */
		@Override
		public boolean writesAddresses() {
			return true;
		}

		@Override
		public int run(ApplicationContext application) {
			PrintWriter out = spec.commandLine().getOut();
			Labels labels = application.getBean(Labels.class);
			List<Newsletter.Sending> sendings = application.getBean(Newsletter.class).sendNow();
			if (sendings.isEmpty()) {
				out.println(labels.get("cli.newsletter.nothing"));
				out.flush();
				return 0;
			}
			int sent = 0;
			for (Newsletter.Sending s : sendings) {
				out.println(labels.get(s.resumed() ? "cli.newsletter.resumed" : "cli.newsletter.sent",
						String.valueOf(s.editionId()), s.subject(), s.articles(), s.recipients(), s.sent(),
						s.took().toMillis() / 1000.0, s.rate(), s.waiting()));
				sent += s.sent();
			}
			out.println(sent);
			out.flush();
			return 0;
		}

	}

	@Command(name = "import", mixinStandardHelpOptions = true)
	static final class Import implements KiosqueCommand {

		@Spec
		CommandSpec spec;

		@Parameters(paramLabel = "${bundle:label.csv}", descriptionKey = "newsletter.file")
		Path file;

		@Override
		public int run(ApplicationContext application) throws Exception {
			PrintWriter out = spec.commandLine().getOut();
			PrintWriter err = spec.commandLine().getErr();
			Labels labels = application.getBean(Labels.class);
			if (!Files.isReadable(file)) {
				err.println(labels.get("cli.newsletter.unreadable", file.toString()));
				err.flush();
				return 2;
			}
			ImportReport report = application.getBean(Newsletter.class).importSubscribers(file);
			if (!report.ok()) {
				report.badLines().forEach(err::println);
				err.println(labels.get("cli.newsletter.nothing-imported"));
				err.flush();
				return 1;
			}
			out.println(labels.count("cli.newsletter.imported", report.imported(), report.skipped()));
			out.flush();
			return 0;
		}

	}

}
