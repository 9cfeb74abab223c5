package org.kiosque.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/**
 * {@code java -jar kiosque.jar COMMAND [options]}: one-shot commands that share the
 * server's settings ({@code --name=value}) and database, but open no port and run no
 * background job.
 */
public final class Commands {

	/** {@code --some.setting=value}: for Spring, not for the command. */
	private static final Pattern SETTING = Pattern.compile("^--[A-Za-z0-9_-]+\\.[A-Za-z0-9_.\\[\\]-]+=.*");

	private Commands() {
	}

	/** Its help, and every command's, is in {@code messages/cli-help*.properties}. */
	@Command(name = "kiosque", mixinStandardHelpOptions = true, version = "Kiosque 0.1",
			subcommands = { ImportCommand.class, UserCommand.class, NewsletterCommand.class })
	static final class Root implements KiosqueCommand.Group {

		@Override
		public Integer call() {
			return 0;
		}

	}

	public static boolean isCommand(String[] args) {
		if (args.length == 0) {
			return false;
		}
		String first = args[0];
		return !first.startsWith("-") || first.equals("--help") || first.equals("-h") || first.equals("--version")
				|| first.equals("-V");
	}

	public static int run(Class<?> application, String[] args) {
		List<String> commandArgs = new ArrayList<>();
		List<String> settings = new ArrayList<>();
		for (String arg : args) {
			(SETTING.matcher(arg).matches() ? settings : commandArgs).add(arg);
		}
		CommandLanguage language = CommandLanguage.of(settings);
		CommandLine cli = language.speak(new CommandLine(new Root()));
		PrintWriter err = cli.getErr();
		ParseResult parsed;
		try {
			parsed = cli.parseArgs(commandArgs.toArray(String[]::new));
		}
		catch (CommandLine.ParameterException e) {
			err.println(language.problem(e));
			e.getCommandLine().usage(err);
			return 2;
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
		try (ConfigurableApplicationContext context = start(application, settings)) {
			return kiosqueCommand.run(context);
		}
		catch (Exception e) {
			err.println(language.failed(e));
			err.flush();
			return 1;
		}
	}

	/**
	 * Applied after the {@code server.*} settings; {@code server.port} itself stays as
	 * set (site URLs use it).
	 */
	static final class NoPort implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

		@Override
		public void customize(ConfigurableWebServerFactory factory) {
			factory.setPort(-1);
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

	private static ConfigurableApplicationContext start(Class<?> application, List<String> settings) {
		SpringApplication spring = new SpringApplication(application);
		// The application's web beans (the security filter chain among them) need a
		// servlet
		// context, so a command gets one; but its web server never listens.
		spring.setWebApplicationType(WebApplicationType.SERVLET);
		spring
			.addInitializers(context -> context.getBeanFactory().registerSingleton("commandOpensNoPort", new NoPort()));
		spring.setBannerMode(Banner.Mode.OFF);
		spring.setLogStartupInfo(false);
		List<String> all = new ArrayList<>(List.of("--kiosque.scheduling.enabled=false", "--logging.level.root=WARN",
				// A command's standard output is its result; the log still goes to
				// DATA/logs.
				"--logging.threshold.console=ERROR", "--kiosque.command=true"));
		all.addAll(settings);
		return spring.run(all.toArray(String[]::new));
	}

}
