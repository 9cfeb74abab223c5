package org.kiosque.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What {@code java -jar kiosque.jar ARGS} asks for: settings for Spring, wherever they
 * stand, and the words of a command. {@code --kiosque.data-dir=/srv/k import a.txt},
 * {@code import --kiosque.data-dir=/srv/k a.txt} and {@code import a.txt
 * --kiosque.data-dir=/srv/k} are the same invocation.
 *
 * @param settings the arguments for Spring, in their order: {@code --name=value} (or
 * {@code --name}) whose name has a dot ({@code kiosque.*}, {@code spring.*},
 * {@code server.*}, {@code logging.*}...; a command's own options have none), and Spring
 * Boot's {@code --debug} and {@code --trace}
 * @param words everything else, in its order: the command, its options and arguments.
 * Empty: the web server; anything else is a command, or a usage error, never the server
 */
record Invocation(List<String> settings, List<String> words) {

	private static final Pattern SETTING = Pattern
		.compile("--[A-Za-z0-9_-]+(\\.[A-Za-z0-9_\\[\\]-]+)+(=.*)?|--debug|--trace", Pattern.DOTALL);

	Invocation {
		settings = List.copyOf(settings);
		words = List.copyOf(words);
	}

	static Invocation of(String... args) {
		List<String> settings = new ArrayList<>();
		List<String> words = new ArrayList<>();
		for (String arg : args) {
			(isSetting(arg) ? settings : words).add(arg);
		}
		return new Invocation(settings, words);
	}

	static boolean isSetting(String arg) {
		return SETTING.matcher(arg).matches();
	}

	/** Whether this starts the web server: settings only, or nothing at all. */
	boolean server() {
		return words.isEmpty();
	}

}
