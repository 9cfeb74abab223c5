package org.kiosque.site;

import org.jspecify.annotations.Nullable;

/**
 * The one normaliser of text coming in: every character legal in UTF-8 but not in XML 1.0
 * goes, so that what is stored can always be written into a feed, a sitemap or any other
 * XML document.
 * <p>
 * XML 1.0 (section 2.2, production {@code Char}) allows TAB, LF, CR, U+0020 to U+D7FF,
 * U+E000 to U+FFFD and U+10000 to U+10FFFF. Everything else, that is the C0 controls but
 * those three, U+FFFE, U+FFFF and surrogates that are not part of a pair, is removed,
 * except two that carry meaning: U+000B (vertical tab, which word processors write for a
 * manual line break) and U+000C (form feed, a page break) become a line break in text of
 * several lines and a space in a one-line field.
 * <p>
 * Entry points (forms and query parameters, JSON bodies, imports, the newsdesk) clean
 * with {@link #lines} or {@link #line}; XML writers clean again with {@link #forXml} as a
 * second defence, for rows written before this rule or by hand.
 */
public final class CleanText {

	private CleanText() {
	}

	/** Text of one line (headline, name): U+000B and U+000C become a space. */
	public static String line(String text) {
		return clean(text, ' ');
	}

	/** {@link #line(String)}, passing {@code null} through. */
	public static @Nullable String lineOrNull(@Nullable String text) {
		return text == null ? null : line(text);
	}

	/** Text of several lines (body, comment): U+000B and U+000C become a line break. */
	public static String lines(String text) {
		return clean(text, '\n');
	}

	/** {@link #lines(String)}, passing {@code null} through. */
	public static @Nullable String linesOrNull(@Nullable String text) {
		return text == null ? null : lines(text);
	}

	/**
	 * Text as an XML writer may write it: what {@link #line} gives, or {@code ""} for
	 * {@code null}.
	 */
	public static String forXml(@Nullable String text) {
		return text == null ? "" : line(text);
	}

	/** True when {@code text} holds nothing that XML 1.0 refuses. */
	public static boolean isXmlLegal(String text) {
		return firstIllegal(text) < 0;
	}

	private static String clean(String text, char breakWith) {
		int first = firstIllegal(text);
		if (first < 0) {
			// The common case costs one scan and no copy.
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		out.append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				out.append(c).append(text.charAt(++i));
			}
			else if (c == '\u000B' || c == '\u000C') {
				out.append(breakWith);
			}
			else if (legal(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static int firstIllegal(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (!legal(c)) {
				return i;
			}
		}
		return -1;
	}

	/** A legal XML 1.0 character on its own (a surrogate never is). */
	private static boolean legal(char c) {
		if (c < 0x20) {
			return c == '\t' || c == '\n' || c == '\r';
		}
		return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
	}

}
