package org.kiosque.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the diff and the merge cut a field's text: line endings, paragraphs and words, the
 * same for both so that what the diff shows as one change is what the merge treats as
 * one.
 */
final class CopyText {

	/** What joins two paragraphs in a text rebuilt from paragraphs. */
	static final String PARAGRAPH_BREAK = "\n\n";

	private static final Pattern TAG_SEPARATOR = Pattern.compile("\\s*,\\s*");

	private CopyText() {
	}

	/**
	 * The text as it is compared: line feeds only ({@code \r\n} and lone {@code \r} from
	 * a browser's form or an old file become {@code \n}) and no trailing whitespace,
	 * which neither Markdown nor a headline shows.
	 */
	static String normalised(String text) {
		return text.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
	}

	/**
	 * The paragraphs of a (normalised or not) text: blocks separated by blank lines, as
	 * in CommonMark, without the separators; none for a blank text. A blank line holds
	 * only whitespace (a no-break space too, as pasted text often has); several in a row
	 * separate two paragraphs as one does.
	 */
	static List<String> paragraphs(String text) {
		String normalised = normalised(text);
		List<String> paragraphs = new ArrayList<>();
		int start = -1;
		int end = -1;
		int line = 0;
		while (line <= normalised.length()) {
			int next = normalised.indexOf('\n', line);
			int lineEnd = next < 0 ? normalised.length() : next;
			if (isBlank(normalised, line, lineEnd)) {
				if (start >= 0) {
					paragraphs.add(normalised.substring(start, end));
					start = -1;
				}
			}
			else {
				start = start < 0 ? line : start;
				end = lineEnd;
			}
			line = lineEnd + 1;
		}
		if (start >= 0) {
			paragraphs.add(normalised.substring(start, end));
		}
		return paragraphs;
	}

	/** Paragraphs joined back into one text, one blank line between two. */
	static String joined(List<String> paragraphs) {
		return String.join(PARAGRAPH_BREAK, paragraphs);
	}

	/**
	 * The text cut into words and the whitespace between them, alternately, so that the
	 * pieces put back together are the text itself. Whitespace is Unicode's: the no-break
	 * and narrow no-break spaces of French typography ({@code « mot »}, {@code mot :})
	 * separate words too. An emoji is never split: every whitespace character is in the
	 * Basic Multilingual Plane and a surrogate is never whitespace, so the text is cut
	 * char by char.
	 */
	static List<String> words(String text) {
		List<String> tokens = new ArrayList<>();
		int start = 0;
		for (int i = 1; i < text.length(); i++) {
			if (isSpace(text.charAt(i)) != isSpace(text.charAt(i - 1))) {
				tokens.add(text.substring(start, i));
				start = i;
			}
		}
		if (start < text.length()) {
			tokens.add(text.substring(start));
		}
		return tokens;
	}

	/**
	 * A list of tags cut into names and the commas (with their spaces) between them, so
	 * that a tag added or removed shows as one, comma and all.
	 */
	static List<String> tagWords(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher comma = TAG_SEPARATOR.matcher(text);
		int start = 0;
		while (comma.find()) {
			if (comma.start() > start) {
				tokens.add(text.substring(start, comma.start()));
			}
			tokens.add(comma.group());
			start = comma.end();
		}
		if (start < text.length()) {
			tokens.add(text.substring(start));
		}
		return tokens;
	}

	private static boolean isBlank(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (!isSpace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	static boolean isSpace(char c) {
		// ASCII first: most characters of a text are letters, and most spaces plain ones
		if (c < 128) {
			return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
		}
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	static boolean isSpace(String text) {
		return !text.isEmpty() && isBlank(text, 0, text.length());
	}

}
