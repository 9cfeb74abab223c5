package org.kiosque.site;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jspecify.annotations.Nullable;

/**
 * The one place where plain text is derived from HTML, and where text is put on one line.
 * <p>
 * {@link #ofHtml} parses the HTML (jsoup) and keeps the characters its text nodes
 * <em>mean</em>: {@code Procter &amp; Gamble} is {@code Procter & Gamble},
 * {@code l&#39;usine} is {@code l'usine}. Whoever writes the result (a template, an XML
 * writer, a JSON writer, a mail) escapes it once, for its own output; nothing downstream
 * may unescape or escape it again. Block elements and {@code <br>
 * } separate words, markup and the {@code alt} of images are not text.
 * <p>
 * {@link #line} is the one-line form every excerpt starts from: each run of white space
 * (any {@link Character#isWhitespace} or {@link Character#isSpaceChar} character, so
 * U+00A0 and U+202F too) becomes one space, except that one space separator alone (a thin
 * space) stays as it is and a run of no-break spaces stays one no-break space (French
 * typography puts one before {@code :} and inside {@code « »}); controls and lone
 * surrogates are dropped; the ends are trimmed.
 */
public final class PlainText {

	/** The least HTML parsed for an opening, in characters. */
	private static final int OPENING_WINDOW = 4096;

	/**
	 * Text past the length asked for that may be damaged by the cut in the HTML (an
	 * entity or a tag cut in two leaves a few characters or none).
	 */
	private static final int OPENING_MARGIN = 64;

	private PlainText() {
	}

	/**
	 * The text of an HTML fragment (an article body), on one line.
	 * @param html any HTML, even broken; {@code null} is empty
	 * @return the text, entities decoded, white space as {@link #line} leaves it; never
	 * {@code null}
	 */
	public static String ofHtml(@Nullable String html) {
		if (html == null || html.isEmpty()) {
			return "";
		}
		StringBuilder text = new StringBuilder(html.length());
		NodeTraversor.traverse(new Words(text), Jsoup.parseBodyFragment(html).body());
		return line(text);
	}

	/**
	 * At least the first {@code length} characters of {@link #ofHtml}, without parsing a
	 * whole long body when its opening is enough: a description needs 160 characters, not
	 * the text of fifty paragraphs. Only the end of what is returned can differ from
	 * {@link #ofHtml} (where the HTML was cut, inside a tag or an entity); the first
	 * {@code length} characters never do.
	 * @param html any HTML, even broken; {@code null} is empty
	 * @param length how many characters of text the caller needs at least
	 * @return the opening of the text, longer than {@code length} unless the whole text
	 * is shorter; never {@code null}
	 */
	public static String openingOfHtml(@Nullable String html, int length) {
		if (html == null) {
			return "";
		}
		// Markup is rarely more than a few times the text it wraps; when it is, the whole
		// body is parsed after all.
		int window = Math.max(OPENING_WINDOW, length * 8);
		if (length >= 0 && html.length() > window) {
			String opening = ofHtml(html.substring(0, window));
			if (opening.length() > length + OPENING_MARGIN) {
				return opening;
			}
		}
		return ofHtml(html);
	}

	/**
	 * Text put on one line: white space runs collapsed (see the class comment), controls
	 * and lone surrogates dropped, trimmed.
	 * @param text any text; {@code null} is empty
	 * @return the line; never {@code null}
	 */
	public static String line(@Nullable CharSequence text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		Run run = new Run();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				run.add(c);
				continue;
			}
			if (Character.isSurrogate(c)) {
				if (Character.isHighSurrogate(c) && i + 1 < text.length()
						&& Character.isLowSurrogate(text.charAt(i + 1))) {
					run.end(out);
					out.append(c).append(text.charAt(++i));
				}
				continue; // a lone surrogate is no character at all
			}
			if (Character.getType(c) == Character.CONTROL) {
				continue;
			}
			run.end(out);
			out.append(c);
		}
		return out.toString();
	}

	/**
	 * True for every space a line may break at or a reader sees as one: Java's white
	 * space (ASCII spaces, line and paragraph separators, most Unicode spaces) and the
	 * Unicode space separators it leaves out, the no-break ones.
	 */
	public static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	private static boolean isNoBreak(char c) {
		return c == '\u00A0' || c == '\u202F' || c == '\u2007';
	}

	/**
	 * A run of spaces between two words: one space separator alone (a thin or no-break
	 * space) stays itself, a run of no-break spaces one no-break space, anything else one
	 * plain space.
	 */
	private static final class Run {

		private int length;

		private char first;

		private boolean onlyNoBreak;

		void add(char c) {
			if (length == 0) {
				first = c;
				onlyNoBreak = true;
			}
			onlyNoBreak &= isNoBreak(c);
			length++;
		}

		/** Writes the space the run stood for, unless it leads the text (trimmed). */
		void end(StringBuilder out) {
			if (length > 0 && !out.isEmpty()) {
				boolean keep = onlyNoBreak || (length == 1 && Character.getType(first) == Character.SPACE_SEPARATOR);
				out.append(keep ? first : ' ');
			}
			length = 0;
		}

	}

	/** Collects text nodes, with a space around every block and at every line break. */
	private record Words(StringBuilder text) implements NodeVisitor {

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode words) {
				text.append(words.getWholeText());
			}
			else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
				text.append(' ');
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element && element.isBlock()) {
				text.append(' ');
			}
		}

	}

}
