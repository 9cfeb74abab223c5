package org.kiosque.article;

import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/**
 * URL slugs from headlines, section and tag names: {@code « État » d’urgence} becomes
 * {@code etat-d-urgence}, {@code Kılıçdaroğlu et Løkke Rasmussen à Łódź} becomes
 * {@code kilicdaroglu-et-lokke-rasmussen-a-lodz}, {@code الجزائر العاصمة} becomes
 * {@code aljzayr-al-asmt} rather than nothing.
 * <p>
 * Every script is spelled in Latin letters first, then in ASCII, by ICU's transforms
 * ({@code Any-Latin; Latin-ASCII}, CLDR's transliteration rules): stripping accents after
 * a compatibility decomposition alone would drop {@code ı ł ø đ ß æ œ} and every
 * non-Latin headline. ICU4J is the one the labels use; the tests' HTML checker, built
 * against an older ICU4J, runs in a class loader of its own.
 */
public final class Slugs {

	private static final int MAX = 120;

	/**
	 * CLDR's transforms, after the letters of African alphabets (Pan-Nigerian, Ewe, Akan,
	 * Azerbaijani) that {@code Latin-ASCII} leaves out and would drop.
	 */
	private static final Transliterator ASCII = Transliterator.createFromRules("kiosque-slug", """
			Ə > E; ə > e; Ɔ > O; ɔ > o;
			::Any-Latin; ::Latin-ASCII; ::NFKD;
			""", Transliterator.FORWARD);

	private Slugs() {
	}

	/**
	 * The slug of {@code text}: lower-case ASCII letters and digits in words joined by
	 * {@code -}, at most 120 characters, cut at a word boundary; {@code article} when
	 * nothing is left.
	 */
	public static String of(String text) {
		String folded = spelled(text).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
		String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX) {
			slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "article" : slug;
	}

	private static String spelled(String text) {
		// A Transliterator is not safe for concurrent use; slugs are made on writes only.
		synchronized (ASCII) {
			return ASCII.transliterate(text);
		}
	}

}
