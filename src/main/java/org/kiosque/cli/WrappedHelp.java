package org.kiosque.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * A command's {@code --help} wrapped at spaces only, {@value #WIDTH} columns wide.
 * Picocli wraps wherever the JDK's {@code BreakIterator} sees a line-break opportunity:
 * after an elided article ("un export plus récent n’" / "apporte"), inside a setting's
 * name ("--spring.profiles." / "active=postgres"), and it cuts a word longer than its
 * column. Here picocli lays every section out on lines too wide to wrap, then each line
 * is wrapped at its spaces with picocli's indents: a list's (options, parameters,
 * commands) wrapped lines two columns into its description column, the synopsis's under
 * its first option. A word longer than the line stays whole and runs past the edge.
 */
final class WrappedHelp {

	/** A line's columns at most, picocli's default. */
	static final int WIDTH = 80;

	/** Wide enough that picocli never wraps a line itself. */
	private static final int UNWRAPPED = 10_000;

	/** How much further than the first a list row's wrapped lines stand: picocli's. */
	private static final int LIST_INDENT = 2;

	/** The sections laid out as two columns: names, then descriptions. */
	private static final Set<String> LISTS = Set.of(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST,
			CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST,
			CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
			CommandLine.Model.UsageMessageSpec.SECTION_KEY_END_OF_OPTIONS,
			CommandLine.Model.UsageMessageSpec.SECTION_KEY_AT_FILE_PARAMETER,
			CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST);

	/**
	 * A list's row: its indent and names (no two spaces in a row: {@code -h, --help},
	 * {@code --role=RÔLE}, {@code import}), then the spaces before its description.
	 */
	private static final Pattern ROW = Pattern.compile("^ +\\S+(?: \\S+)* {2,}(?=\\S)");

	private static final Pattern INDENT = Pattern.compile("^ *");

	private WrappedHelp() {
	}

	/** Gives {@code cli} and all its subcommands help wrapped at spaces only. */
	static CommandLine apply(CommandLine cli) {
		cli.setUsageHelpWidth(UNWRAPPED);
		Map<String, IHelpSectionRenderer> sections = new LinkedHashMap<>();
		cli.getHelpSectionMap().forEach((key, section) -> sections.put(key, wrapped(key, section)));
		// Given to every subcommand too (picocli's setHelpSectionMap).
		cli.setHelpSectionMap(sections);
		return cli;
	}

	private static IHelpSectionRenderer wrapped(String key, IHelpSectionRenderer section) {
		if (key.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS)) {
			return help -> {
				// The synopsis follows its heading on the same line; its wrapped lines
				// stand under what follows the command's name.
				int start = width(lastLine(help.synopsisHeading()));
				int under = start + width(help.commandSpec().qualifiedName()) + 1;
				return wrap(section.render(help), start, line -> new Hang(0, under));
			};
		}
		return LISTS.contains(key) ? help -> wrap(section.render(help), 0, WrappedHelp::listRow)
				: help -> wrap(section.render(help), 0, line -> new Hang(indent(line), indent(line)));
	}

	/**
	 * How a line wraps.
	 *
	 * @param kept its first characters, never cut (an indent, a list row's names)
	 * @param indent where its wrapped lines start
	 */
	record Hang(int kept, int indent) {
	}

	/**
	 * {@code text}'s lines wrapped at {@value #WIDTH} columns, at spaces only.
	 * @param start the column the text's first line starts at
	 * @param hang how each line wraps
	 */
	static String wrap(String text, int start, Function<String, Hang> hang) {
		List<String> wrapped = new ArrayList<>();
		int column = start;
		for (String line : text.split("\\R", -1)) {
			wrapped.addAll(wrapLine(line, column, hang.apply(line)));
			column = 0;
		}
		return String.join(System.lineSeparator(), wrapped);
	}

	/**
	 * One line cut at its spaces into lines of {@value #WIDTH} columns at most, but for a
	 * word longer than that, which stays whole on its own line.
	 */
	private static List<String> wrapLine(String line, int start, Hang hang) {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder(line.substring(0, hang.kept()));
		int column = start + width(current);
		boolean first = true;
		String[] words = line.substring(hang.kept()).split(" ", -1);
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			int needed = (first ? 0 : 1) + width(word);
			// Like picocli, a word followed by a space fits only with its space.
			int space = i < words.length - 1 ? 1 : 0;
			if (!first && column + needed + space > WIDTH) {
				lines.add(current.toString());
				current = new StringBuilder(" ".repeat(hang.indent())).append(word);
				column = hang.indent() + width(word);
			}
			else {
				current.append(first ? "" : " ").append(word);
				column += needed;
			}
			first = false;
		}
		lines.add(current.toString());
		return lines;
	}

	/**
	 * A list's row ({@code   -h, --help      Affiche...}): its names are kept, its
	 * wrapped lines stand two columns into its description. Any other line of a list (a
	 * description's second line) wraps under itself.
	 */
	private static Hang listRow(String line) {
		Matcher row = ROW.matcher(line);
		return row.find() ? new Hang(row.end(), row.end() + LIST_INDENT) : new Hang(indent(line), indent(line));
	}

	private static int indent(String line) {
		Matcher spaces = INDENT.matcher(line);
		return spaces.find() ? spaces.end() : 0;
	}

	private static String lastLine(String text) {
		return text.substring(text.lastIndexOf('\n') + 1);
	}

	/** Columns, one a character (code point): the help is in Latin letters. */
	private static int width(CharSequence text) {
		return Character.codePointCount(text, 0, text.length());
	}

}
