package org.kiosque.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.kiosque.site.SiteSettings;

import org.springframework.aot.AotDetector;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.SpringProperties;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/**
 * {@code java -jar kiosque.jar COMMAND [options]}: one-shot commands that share the
 * server's settings ({@code --name=value}, before or after the command's words, see
 * {@link Invocation}) and database, but open no port, run no background job and never
 * publish the demo content. A word that is no command is a usage error (exit status 2),
 * never a started server. A command that may write the site's addresses (printed, or in
 * mails) says once on standard error when {@code kiosque.site.base-url} was never set.
 */
public final class Commands {

	private Commands() {
	}

	/** Its help, and every command's, is in {@code messages/cli-help*.properties}. */
	@Command(name = "kiosque", mixinStandardHelpOptions = true, version = "Kiosque 0.1",
			subcommands = { ImportCommand.class, ImportWordPressCommand.class, ImportGhostCommand.class,
					UserCommand.class, NewsletterCommand.class, TokenCommand.class, GenerateArchiveCommand.class,
					SearchCommand.class })
	static final class Root implements KiosqueCommand.Group {

		@Override
		public Integer call() {
			return 0;
		}

	}

	/**
	 * Whether {@code args} ask for a command (or a usage error) rather than the web
	 * server: true as soon as one argument is not a setting ({@link Invocation}),
	 * wherever the settings stand.
	 */
	public static boolean isCommand(String[] args) {
		return !Invocation.of(args).server();
	}

	/**
	 * Runs the command {@code args} name, settings taken wherever they stand; returns the
	 * exit status: 0 done, 1 refused, 2 usage error (a word that is no command among
	 * them, told in the site's language without starting anything).
	 */
	public static int run(Class<?> application, String[] args) {
		Invocation invocation = Invocation.of(args);
		CommandLanguage language = CommandLanguage.of(invocation.settings());
		CommandLine cli = language.speak(new CommandLine(new Root()));
		PrintWriter err = cli.getErr();
		ParseResult parsed;
		try {
			parsed = cli.parseArgs(invocation.words().toArray(String[]::new));
		}
		catch (CommandLine.UnmatchedArgumentException e) {
			if (!notACommand(e)) {
				return usage(e, err, language);
			}
			err.println(unknownCommand(e, language));
			err.flush();
			return 2;
		}
		catch (CommandLine.ParameterException e) {
			return usage(e, err, language);
		}
		Integer help = CommandLine.executeHelpRequest(parsed);
		if (help != null) {
			return help;
		}
		ParseResult leaf = parsed;
		while (leaf.hasSubcommand()) {
			leaf = leaf.subcommand();
		}
		Object command = leaf.commandSpec().userObject();
		if (!(command instanceof KiosqueCommand kiosqueCommand) || !kiosqueCommand.needsApplication()) {
			leaf.commandSpec().commandLine().usage(cli.getOut());
			return leaf == parsed ? 0 : 2;
		}
		var problem = kiosqueCommand.usageProblem();
		if (problem.isPresent()) {
			err.println(language.get(problem.get().key(), problem.get().args()));
			leaf.commandSpec().commandLine().usage(err);
			err.flush();
			return 2;
		}
		try (ConfigurableApplicationContext context = start(application, invocation.settings())) {
			SiteSettings site = context.getBean(SiteSettings.class);
			if (kiosqueCommand.writesAddresses() && !CommandSettings.baseUrlChosen(context.getEnvironment())
					&& !site.savedHere(SiteSettings.BASE_URL)) {
				err.println(CommandLanguage.of(site.locale()).get("commands.base-url-unset", site.absolute("")));
				err.flush();
			}
			return kiosqueCommand.run(context);
		}
		catch (Exception e) {
			err.println(language.failed(e));
			err.flush();
			return 1;
		}
	}

	private static int usage(CommandLine.ParameterException e, PrintWriter err, CommandLanguage language) {
		err.println(language.problem(e));
		e.getCommandLine().usage(err);
		return 2;
	}

	/**
	 * A word where a command (or a group's subcommand) was expected, as opposed to an
	 * unknown option or a surplus argument of a command.
	 */
	private static boolean notACommand(CommandLine.UnmatchedArgumentException e) {
		List<String> unmatched = e.getUnmatched();
		return !e.getCommandLine().getSubcommands().isEmpty() && !unmatched.isEmpty()
				&& !unmatched.getFirst().startsWith("-");
	}

	private static String unknownCommand(CommandLine.UnmatchedArgumentException e, CommandLanguage messages) {
		CommandLine where = e.getCommandLine();
		String word = e.getUnmatched().getFirst();
		StringBuilder text = new StringBuilder(where.getParent() == null ? messages.get("commands.unknown", word)
				: messages.get("commands.unknown-sub", word, where.getCommandName()));
		List<String> close = e.getSuggestions().stream().filter(where.getSubcommands()::containsKey).toList();
		if (!close.isEmpty()) {
			text.append(' ').append(messages.get("commands.did-you-mean", String.join(", ", close)));
		}
		text.append(System.lineSeparator())
			.append(messages.get("commands.known", String.join(", ", where.getSubcommands().keySet())));
		return text.toString();
	}

	private static ConfigurableApplicationContext start(Class<?> application, List<String> settings) {
		// The start prepared at build time is the server's (its beans, web and all): a
		// command makes its own smaller context the ordinary way (PreparedStart).
		SpringProperties.setProperty(AotDetector.AOT_ENABLED, "false");
		SpringApplication spring = new SpringApplication(application);
		// No web server, servlet context, security filter chain or session store: a
		// command
		// answers no request. The rest it leaves out is CommandContext's.
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.addInitializers(new CommandContext());
		spring.setLazyInitialization(true);
		spring.setBannerMode(Banner.Mode.OFF);
		spring.setLogStartupInfo(false);
		// A command's standard output is its result; the log still goes to DATA/logs.
		// Defaults only: a setting of the operator's wins.
		spring.setDefaultProperties(Map.of("logging.level.root", "WARN", "logging.threshold.console", "ERROR"));
		return spring.run(settings.toArray(String[]::new));
	}

}
