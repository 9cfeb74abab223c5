package org.kiosque.cli;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.kiosque.site.Labels;
import org.springframework.context.support.ResourceBundleMessageSource;

import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The site's language ({@code kiosque.site.locale}, {@code fr} by default) for what a
 * command says before the application starts: its {@code --help} and the errors of its
 * command line. Once started, a command speaks through the application's {@link Labels},
 * in the same language.
 * <p>
 * The texts are in {@code messages/cli-help*.properties}: picocli's usage help keys
 * ({@code kiosque.user.add.usage.description}, an option's {@code descriptionKey}), and
 * the command-line errors as ICU message formats ({@code error.*}), which replace
 * picocli's English ones, and what the command line itself writes ({@code commands.*}: a
 * word that is no command, a site address never set).
 */
final class CommandLanguage {

	static final String HELP = "messages/cli-help";

	private final Locale locale;

	private final Labels labels;

	private CommandLanguage(Locale locale) {
		this.locale = locale;
		ResourceBundleMessageSource help = new ResourceBundleMessageSource();
		help.setBasename(HELP);
		help.setDefaultEncoding("UTF-8");
		// French is the bundle without suffix: never the JVM's language instead.
		help.setFallbackToSystemLocale(false);
		this.labels = Labels.of(help, locale);
	}

	/**
	 * The language the application would take from the same settings: the command line's
	 * {@code --name=value}, system properties, environment variables and
	 * {@code application.properties} files, read the Spring Boot way but without starting
	 * anything (so that {@code --help} stays instant).
	 * @param settings the {@code --some.setting=value} arguments given to the command
	 */
	static CommandLanguage of(List<String> settings) {
		return new CommandLanguage(CommandSettings.language(settings));
	}

	/**
	 * The language of a started command's site, for the lines the command line itself
	 * writes around it.
	 */
	static CommandLanguage of(Locale locale) {
		return new CommandLanguage(locale);
	}

	/** The text of {@code key} (an ICU message format), arguments filled in. */
	String get(String key, Object... args) {
		return labels.get(key, args);
	}

	Locale locale() {
		return locale;
	}

	/**
	 * Gives {@code cli} and all its subcommands their help in the site's language,
	 * wrapped at spaces only ({@link WrappedHelp}).
	 */
	CommandLine speak(CommandLine cli) {
		cli.setResourceBundle(ResourceBundle.getBundle(HELP.replace('/', '.'), locale,
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
		return WrappedHelp.apply(cli);
	}

	/** What is wrong with a command line, in the site's language. */
	String problem(ParameterException e) {
		return switch (e) {
			case MissingParameterException missing -> labels.count("error.missing", missing.getMissing().size(),
					missing.getMissing().stream().map(CommandLanguage::name).collect(Collectors.joining(", ")));
			case UnmatchedArgumentException unknown -> labels.count("error.unknown", unknown.getUnmatched().size(),
					unknown.getUnmatched().stream().map(a -> "'" + a + "'").collect(Collectors.joining(", ")));
			case OverwrittenOptionException twice -> labels.get("error.twice", name(twice.getOverwritten()));
			default -> e.getArgSpec() != null && e.getValue() != null
					? labels.get("error.value", name(e.getArgSpec()), e.getValue()) : labels.get("error.other");
		};
	}

	/** A command that failed once started. */
	String failed(Exception e) {
		return labels.get("failed", String.valueOf(e.getMessage()));
	}

	/** {@code --role=<role>} for an option, {@code FILE} for a parameter. */
	private static String name(ArgSpec arg) {
		if (arg instanceof OptionSpec option) {
			return option.arity().max() > 0 ? option.longestName() + "=" + option.paramLabel() : option.longestName();
		}
		return arg.paramLabel();
	}

}
