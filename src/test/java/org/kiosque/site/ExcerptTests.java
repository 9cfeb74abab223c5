package org.kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The one cutter: at most the limit, on a grapheme boundary, at a space of any kind when
 * one is near, an ellipsis when something was cut, and an answer for any input.
 */
class ExcerptTests {

	private static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";

	private static final String THUMB_MEDIUM = "\uD83D\uDC4D\uD83C\uDFFD";

	private static final String FLAG_FR = "\uD83C\uDDEB\uD83C\uDDF7";

	@Test
	void textThatFitsIsReturnedWholeOnOneLine() {
		assertThat(Excerpt.of("Une phrase.", 11)).isEqualTo("Une phrase.");
		assertThat(Excerpt.of("  Une\n\nphrase.\t ", 11)).isEqualTo("Une phrase.");
		assertThat(Excerpt.of("Une\r\nphrase\u2028courte", 100)).isEqualTo("Une phrase courte");
	}

	@Test
	void aLongTextIsCutAtTheLastSpaceWithAnEllipsisWithinTheLimit() {
		String cut = Excerpt.of("Le groupe Procter & Gamble rachète l'usine d'Oran.", 30);
		assertThat(cut).isEqualTo("Le groupe Procter & Gamble…");
		assertThat(cut.length()).isLessThanOrEqualTo(30);
	}

	@Test
	void aCutExactlyBeforeASpaceKeepsTheWholeWord() {
		assertThat(Excerpt.of("abcd efgh ijkl", 10)).isEqualTo("abcd efgh…");
	}

	@Test
	void noBreakSpacesAndNarrowNoBreakSpacesAreSpacesToCutAt() {
		String nbsp = String.join("\u00A0", "Le", "groupe", "rachète", "l’usine", "d’Oran", "cette", "semaine");
		assertThat(Excerpt.of(nbsp, 20)).isEqualTo("Le\u00A0groupe\u00A0rachète…");
		String narrow = String.join("\u202F", "Le", "groupe", "rachète", "l’usine", "d’Oran");
		assertThat(Excerpt.of(narrow, 20)).isEqualTo("Le\u202Fgroupe\u202Frachète…");
		String thin = String.join("\u2009", "un", "deux", "trois", "quatre");
		assertThat(Excerpt.of(thin, 12)).isEqualTo("un\u2009deux…");
	}

	@Test
	void aSingleNoBreakSpaceIsKeptAndMixedRunsBecomeOneSpace() {
		assertThat(Excerpt.of("Il a dit\u00A0: «\u00A0oui\u00A0».", 100))
			.isEqualTo("Il a dit\u00A0: «\u00A0oui\u00A0».");
		assertThat(Excerpt.of("a\u00A0\u00A0b \u00A0c\n\u202Fd", 100)).isEqualTo("a\u00A0b c d");
	}

	@Test
	void textMadeOnlyOfSpacesIsEmpty() {
		assertThat(Excerpt.of("\u00A0".repeat(300), 10)).isEmpty();
		assertThat(Excerpt.of("\u202F\u00A0 \n\t\u2028\u3000", 3)).isEmpty();
	}

	@Test
	void aWordLongerThanTheRoomIsCutInsideIt() {
		assertThat(Excerpt.of("a".repeat(500), 10)).isEqualTo("aaaaaaaaa…");
		// A space too far back is not used: cutting there would lose most of the room.
		assertThat(Excerpt.of("Un " + "b".repeat(100), 20)).isEqualTo("Un " + "b".repeat(16) + "…");
	}

	@Test
	void emojiAreNeverCutInHalf() {
		String text = "a".repeat(199) + "\uD83D\uDE00";
		String cut = Excerpt.of(text, 200);
		assertThat(cut).isEqualTo("a".repeat(199) + "…");
		assertWellFormed(cut);
		assertThat(Excerpt.of("a".repeat(197) + "\uD83D\uDE00 fin", 200)).isEqualTo("a".repeat(197) + "\uD83D\uDE00…");
	}

	@Test
	void zwjSequencesSkinTonesAndFlagsStayWholeOrGoWhole() {
		for (String cluster : new String[] { FAMILY, THUMB_MEDIUM, FLAG_FR + FLAG_FR }) {
			String text = "abc" + cluster + cluster + "xyz";
			for (int limit = 1; limit <= text.length(); limit++) {
				String cut = Excerpt.of(text, limit);
				assertThat(cut.length()).as("%s at %d", cut, limit).isLessThanOrEqualTo(limit);
				assertWellFormed(cut);
				String kept = cut.endsWith(Excerpt.ELLIPSIS) ? cut.substring(0, cut.length() - 1) : cut;
				assertThat(text).startsWith(kept);
				assertThat(isGraphemeBoundary(text, kept.length())).as("%s at %d", cut, limit).isTrue();
			}
		}
	}

	@Test
	void flagsArePairsOfRegionalIndicatorsNeverSplitBetweenCountries() {
		String flags = FLAG_FR.repeat(5);
		assertThat(Excerpt.of(flags, 8)).isEqualTo(FLAG_FR + "…");
		assertThat(Excerpt.of(flags, 9)).isEqualTo(FLAG_FR + FLAG_FR + "…");
	}

	@Test
	void combiningMarksStayWithTheirLetter() {
		String decomposed = "e\u0301".repeat(10); // é written as e + combining acute
		assertThat(Excerpt.of(decomposed, 6)).isEqualTo("e\u0301e\u0301…");
		assertThat(Excerpt.of(decomposed, 7)).isEqualTo("e\u0301e\u0301e\u0301…");
	}

	@Test
	void aClusterLongerThanTheLimitIsCutBetweenCodePoints() {
		String zalgo = "Z" + "\u0336".repeat(50) + " suite";
		String cut = Excerpt.of(zalgo, 10);
		assertThat(cut).isEqualTo("Z" + "\u0336".repeat(8) + "…");
		String emojiTower = "\uD83D\uDC4D" + "\uD83C\uDFFD\u200D".repeat(20);
		assertWellFormed(Excerpt.of(emojiTower, 4));
		assertThat(Excerpt.of(emojiTower, 4).length()).isLessThanOrEqualTo(4);
	}

	@Test
	void loneSurrogatesAndControlsAreDropped() {
		assertThat(Excerpt.of("a\uD800b\uDC00c\u0000d\u0007", 10)).isEqualTo("abcd");
		assertThat(Excerpt.of("\uD83D".repeat(50), 10)).isEmpty();
		assertWellFormed(Excerpt.of("x\uDE00".repeat(100), 20));
	}

	@Test
	void danglingPunctuationGoesBeforeTheEllipsis() {
		assertThat(Excerpt.of("Alger, Oran, Constantine et Annaba", 14)).isEqualTo("Alger, Oran…");
		assertThat(Excerpt.of("Il a dit « bonjour à tous »", 12)).isEqualTo("Il a dit…");
		assertThat(Excerpt.of("Le cas (rare) de", 9)).isEqualTo("Le cas…");
		assertThat(Excerpt.of("Avant — après tout", 9)).isEqualTo("Avant…");
	}

	@Test
	void nullEmptyAndNonPositiveLimitsGiveAnAnswer() {
		assertThat(Excerpt.of(null, 10)).isEmpty();
		assertThat(Excerpt.of("", 10)).isEmpty();
		assertThat(Excerpt.of("texte", 0)).isEmpty();
		assertThat(Excerpt.of("texte", -5)).isEmpty();
		assertThat(Excerpt.of("texte", Integer.MIN_VALUE)).isEmpty();
		assertThat(Excerpt.of("texte", Integer.MAX_VALUE)).isEqualTo("texte");
		assertThat(Excerpt.of("texte", 1)).isEqualTo("…");
		assertThat(Excerpt.of("texte", 2)).isEqualTo("t…");
		assertThat(Excerpt.of("\uD83D\uDE00", 2)).isEqualTo("\uD83D\uDE00");
		assertThat(Excerpt.of("\uD83D\uDE00\uD83D\uDE00", 2)).isEqualTo("…");
		assertThat(Excerpt.of("\uD83D\uDE00\uD83D\uDE00", 3)).isEqualTo("\uD83D\uDE00…");
		assertThat(Excerpt.of("\uD83D\uDE00\uD83D\uDE00!", 2)).isEqualTo("…");
	}

	@Test
	void anyTextAnyLimitNeverThrowsAndKeepsEveryPromise() {
		Random random = new Random(20_260_401L);
		int[] pool = { 'a', 'é', ' ', '\u00A0', '\u202F', '\n', '\t', ',', '«', '(', '-', 0x0301, 0x200D, 0xFE0F,
				0x1F600, 0x1F44D, 0x1F3FD, 0x1F1EB, 0x1F1F7, 0xD800, 0xDC00, 0x0000, 0x2028, 'Z' };
		for (int round = 0; round < 3_000; round++) {
			StringBuilder text = new StringBuilder();
			int size = random.nextInt(40);
			for (int i = 0; i < size; i++) {
				text.appendCodePoint(pool[random.nextInt(pool.length)]);
			}
			String line = PlainText.line(text);
			int limit = random.nextInt(45) - 3;
			String cut = Excerpt.of(text.toString(), limit);

			assertThat(cut.length()).isLessThanOrEqualTo(Math.max(0, limit));
			assertWellFormed(cut);
			if (line.length() <= limit) {
				assertThat(cut).isEqualTo(line);
			}
			else if (limit > 0) {
				assertThat(cut).endsWith(Excerpt.ELLIPSIS);
				String kept = cut.substring(0, cut.length() - 1);
				assertThat(line).startsWith(kept);
			}
		}
	}

	private static void assertWellFormed(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
					.as("high surrogate at %d in %s", i, text)
					.isTrue();
				i++;
			}
			else {
				assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d in %s", i, text).isFalse();
			}
		}
	}

	private static boolean isGraphemeBoundary(String text, int offset) {
		BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
		graphemes.setText(text);
		return graphemes.isBoundary(offset);
	}

}
