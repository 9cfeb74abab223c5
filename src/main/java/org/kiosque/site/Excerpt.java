package org.kiosque.site;

import java.text.BreakIterator;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The one cutter of text: every snippet, description, digest line, mail subject and echo
 * of what a reader typed is shortened here, never with {@code substring}.
 * <p>
 * The text is first put on one line ({@link PlainText#line}). If it is longer than the
 * limit, it is cut on a grapheme boundary (an extended grapheme cluster, what a reader
 * sees as one character: an emoji with its skin tone or its zero-width joiners, a letter
 * with its combining accents, a flag), at the last space of any kind (U+00A0 and U+202F
 * included) in the second half of what fits, else inside the word; spaces and dangling
 * punctuation ({@code , ; :}, opening brackets and quotes, dashes) before the cut go, and
 * {@value #ELLIPSIS} marks it.
 * <p>
 * Lengths are Java's ({@link String#length()}, UTF-16 units, an emoji counts two): the
 * result, ellipsis included, is never longer than the limit, so it fits a
 * {@code VARCHAR(limit)} on any database. Entities are never counted: the text given is
 * plain text, escaped later by whoever writes it.
 * <p>
 * It never throws: {@code null}, empty text, a limit of zero or less (an empty result),
 * text made only of spaces, lone surrogates (dropped) and clusters longer than the limit
 * all give an answer.
 */
public final class Excerpt {

	/** The mark of a cut: U+2026, one character. */
	public static final String ELLIPSIS = "…";

	/**
	 * A cut is not moved back to a space further back than this share of the room: a long
	 * word at the end is cut inside rather than losing half the excerpt.
	 */
	private static final int WORD_BREAK_SHARE = 2;

	/** Characters after the cut that decide whether it is a grapheme boundary. */
	private static final int LOOK_AHEAD = 16;

	private Excerpt() {
	}

	/**
	 * {@code text} on one line, at most {@code limit} characters long.
	 * @param text plain text (never HTML: derive it with {@link PlainText#ofHtml});
	 * {@code null} is empty
	 * @param limit the most {@link String#length()} the answer may have, ellipsis
	 * included; zero or less gives {@code ""}
	 * @return the whole line when it fits, else its opening and {@value #ELLIPSIS}; never
	 * {@code null}
	 */
	public static String of(@Nullable String text, int limit) {
		if (text == null || limit <= 0) {
			return "";
		}
		String line = PlainText.line(text);
		if (line.length() <= limit) {
			return line;
		}
		int room = limit - ELLIPSIS.length();
		if (room <= 0) {
			return ELLIPSIS;
		}
		// Only what is near the cut decides the boundaries: no need to walk a whole body.
		String head = line.substring(0, Math.min(line.length(), room + LOOK_AHEAD));
		BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
		graphemes.setText(head);
		int end = graphemeEnd(graphemes, head, room);
		end = wordEnd(graphemes, head, end);
		while (end > 0 && dangles(head.charAt(end - 1))) {
			end--;
		}
		return end == 0 ? ELLIPSIS : head.substring(0, end) + ELLIPSIS;
	}

	/** The last grapheme boundary at or before {@code room}, else a code point's. */
	private static int graphemeEnd(BreakIterator graphemes, String head, int room) {
		int end = graphemes.isBoundary(room) ? room : graphemes.preceding(room);
		if (end > 0) {
			return end;
		}
		// One cluster longer than the room (a letter under hundreds of accents): cut it
		// between code points rather than give nothing.
		return Character.isLowSurrogate(head.charAt(room)) && Character.isHighSurrogate(head.charAt(room - 1))
				? room - 1 : room;
	}

	/** The last space at or before {@code end}, if it is not too far back. */
	private static int wordEnd(BreakIterator graphemes, String head, int end) {
		for (int i = end; i >= Math.max(1, end / WORD_BREAK_SHARE); i--) {
			if (i < head.length() && PlainText.isSpace(head.charAt(i)) && graphemes.isBoundary(i)) {
				return i;
			}
		}
		return end;
	}

	/** What should not stand just before an ellipsis. */
	private static boolean dangles(char c) {
		if (PlainText.isSpace(c) || c == ',' || c == ';' || c == ':') {
			return true;
		}
		int type = Character.getType(c);
		return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
				|| type == Character.DASH_PUNCTUATION || type == Character.CONNECTOR_PUNCTUATION;
	}

}
