package org.kiosque.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.context.ApplicationContext;

/**
 * A command of {@code java -jar kiosque.jar COMMAND}. Picocli fills its options before
 * Spring starts (so {@code --help} is instant); {@link #run} then gets the services it
 * needs from the started application.
 */
public interface KiosqueCommand {

	/**
	 * @return the process exit status: 0 for success
	 */
	int run(ApplicationContext application) throws Exception;

	/**
	 * Whether the command needs the application at all (a group such as {@code user}
	 * alone does not).
	 */
	default boolean needsApplication() {
		return true;
	}

	/**
	 * Whether the command may write the site's addresses, printed or in mails (built from
	 * {@code kiosque.site.base-url}): such a command says once when that setting was
	 * never set. False unless the command prints or mails an address.
	 */
	default boolean writesAddresses() {
		return false;
	}

	/**
	 * What is wrong with the command's values (a count, a role) that picocli's types do
	 * not catch, checked before the application starts: a usage error (exit status 2),
	 * like an unknown option.
	 * @return the {@code error.*} key of {@code messages/cli-help*.properties} and its
	 * arguments, or none when the values are fine
	 */
	default Optional<UsageProblem> usageProblem() {
		return Optional.empty();
	}

	/**
	 * A usage error of a command's values.
	 *
	 * @param key its message in {@code messages/cli-help*.properties}
	 * @param args the message's arguments
	 */
	record UsageProblem(String key, Object... args) {
	}

	/**
	 * Says on standard error why a command did nothing (an unknown address, a file that
	 * cannot be opened, a value the application refuses), flushed so that it comes before
	 * the JVM's exit.
	 * @param sentence the whole sentence, in the operator's language
	 * @return 1, the exit status of a command that refused
	 */
	static int refuse(String sentence) {
		System.err.println(sentence);
		System.err.flush();
		return 1;
	}

	/** Picocli's view of a group command with no subcommand: print its usage. */
	interface Group extends Callable<Integer> {

	}

}
