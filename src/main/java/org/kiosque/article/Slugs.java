package org.kiosque.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * URL slugs from headlines, section and tag names: {@code « État » d’urgence} becomes
 * {@code etat-d-urgence}, {@code Kılıçdaroğlu et Løkke Rasmussen à Łódź} becomes
 * {@code kilicdaroglu-et-lokke-rasmussen-a-lodz}.
 * <p>
 * Letters are transliterated to ASCII before anything is dropped. Stripping accents after
 * a Unicode compatibility decomposition (NFKD) handles most of them, but
 * {@code ı ł ø đ ð þ ß æ œ ħ ŧ ŋ ə}... have no decomposition and would simply vanish;
 * they are spelled first as CLDR's {@code Latin-ASCII} transform spells them.
 * <p>
 * Why not ICU4J's {@code Any-Latin; Latin-ASCII} itself: the HTML checker the tests use
 * (nu.validator) is built against ICU4J 58 and fails with today's ICU4J on the same class
 * path, and the table below is all of {@code Latin-ASCII} that NFKD does not already do
 * for Latin letters.
 */
public final class Slugs {

	private static final int MAX = 120;

	/**
	 * Latin letters without a decomposition, and their ASCII spelling (CLDR Latin-ASCII).
	 */
	private static final Map<Character, String> SPELLED = Map.ofEntries(Map.entry('ı', "i"), Map.entry('ł', "l"),
			Map.entry('Ł', "L"), Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('đ', "d"), Map.entry('Đ', "D"),
			Map.entry('ð', "d"), Map.entry('Ð', "D"), Map.entry('þ', "th"), Map.entry('Þ', "TH"), Map.entry('ß', "ss"),
			Map.entry('ẞ', "SS"), Map.entry('æ', "ae"), Map.entry('Æ', "AE"), Map.entry('œ', "oe"),
			Map.entry('Œ', "OE"), Map.entry('ħ', "h"), Map.entry('Ħ', "H"), Map.entry('ŀ', "l"), Map.entry('Ŀ', "L"),
			Map.entry('ĸ', "q"), Map.entry('ŧ', "t"), Map.entry('Ŧ', "T"), Map.entry('ŋ', "n"), Map.entry('Ŋ', "N"),
			Map.entry('ə', "e"), Map.entry('Ə', "E"), Map.entry('ɛ', "e"), Map.entry('Ɛ', "E"), Map.entry('ɔ', "o"),
			Map.entry('Ɔ', "O"), Map.entry('ƒ', "f"), Map.entry('Ƒ', "F"), Map.entry('ɨ', "i"), Map.entry('Ɨ', "I"),
			Map.entry('ƀ', "b"), Map.entry('Ƀ', "B"), Map.entry('ɓ', "b"), Map.entry('Ɓ', "B"), Map.entry('ɗ', "d"),
			Map.entry('Ɗ', "D"), Map.entry('ǥ', "g"), Map.entry('Ǥ', "G"), Map.entry('ƙ', "k"), Map.entry('Ƙ', "K"),
			Map.entry('ƚ', "l"), Map.entry('Ƚ', "L"), Map.entry('ɲ', "n"), Map.entry('Ɲ', "N"), Map.entry('ƭ', "t"),
			Map.entry('Ƭ', "T"), Map.entry('ʉ', "u"), Map.entry('Ʉ', "U"), Map.entry('ƴ', "y"), Map.entry('Ƴ', "Y"),
			Map.entry('ƶ', "z"), Map.entry('Ƶ', "Z"), Map.entry('ȥ', "z"), Map.entry('Ȥ', "Z"), Map.entry('ǝ', "e"),
			Map.entry('Ǝ', "E"), Map.entry('ĳ', "ij"), Map.entry('Ĳ', "IJ"));

	private Slugs() {
	}

	/**
	 * The slug of {@code text}: lower-case ASCII letters and digits in words joined by
	 * {@code -}, at most 120 characters, cut at a word boundary; {@code article} when
	 * nothing is left.
	 */
	public static String of(String text) {
		StringBuilder spelled = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String ascii = SPELLED.get(c);
			if (ascii == null) {
				spelled.append(c);
			}
			else {
				spelled.append(ascii);
			}
		}
		String folded = Normalizer.normalize(spelled, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT);
		String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX) {
			slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "article" : slug;
	}

}
