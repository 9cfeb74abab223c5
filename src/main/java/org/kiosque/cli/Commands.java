package org.kiosque.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

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

	@Command(name = "kiosque", mixinStandardHelpOptions = true, version = "Kiosque 0.1",
			description = "Kiosque, a news publishing platform. Without a command, starts the web server.",
			footer = { "", "Settings such as --kiosque.data-dir=DIR or --spring.profiles.active=postgres apply to every command." },
			subcommands = { NewsletterCommand.class })
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
		CommandLine cli = new CommandLine(new Root());
		PrintWriter err = cli.getErr();
		ParseResult parsed;
		try {
			parsed = cli.parseArgs(commandArgs.toArray(String[]::new));
		} catch (CommandLine.ParameterException e) {
			err.println(e.getMessage());
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
		} catch (Exception e) {
			err.println("Échec : " + e.getMessage());
			err.flush();
			return 1;
		}
	}

	private static ConfigurableApplicationContext start(Class<?> application, List<String> settings) {
		SpringApplication spring = new SpringApplication(application);
		spring.setWebApplicationType(WebApplicationType.NONE);
		spring.setBannerMode(Banner.Mode.OFF);
		spring.setLogStartupInfo(false);
		List<String> all = new ArrayList<>(List.of("--kiosque.scheduling.enabled=false", "--logging.level.root=WARN",
				"--kiosque.command=true"));
		all.addAll(settings);
		return spring.run(all.toArray(String[]::new));
	}
}
