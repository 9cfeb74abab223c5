package org.kiosque.article;

import java.util.Locale;

import com.ibm.icu.text.Transliterator;

/**
 * URL slugs from headlines, section and tag names: {@code « État » d’urgence} becomes
 * {@code etat-d-urgence}, {@code Kılıçdaroğlu et Løkke Rasmussen à Łódź} becomes
 * {@code kilicdaroglu-et-lokke-rasmussen-a-lodz}.
 * <p>
 * Letters are transliterated to ASCII before anything is dropped. Stripping accents after
 * a Unicode decomposition is not enough: {@code ı ł ø đ ß æ œ þ ð} have no decomposition
 * and would simply vanish. ICU's {@code Any-Latin; Latin-ASCII} transform (the CLDR
 * transliteration rules) knows them all, and also gives other scripts (Greek, Cyrillic,
 * Arabic...) a Latin spelling rather than an empty slug.
 */
final class Slugs {

	private static final int MAX = 120;

	// Built once (its rules take a few tens of milliseconds to compile); used only when
	// an
	// article, section or tag is written, never on a page view. ICU does not promise that
	// a compound transliterator may be shared between threads, hence the lock.
	private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

	private Slugs() {
	}

	/**
	 * The slug of {@code text}: lower-case ASCII letters and digits in words joined by
	 * {@code -}, at most 120 characters, cut at a word boundary; {@code article} when
	 * nothing is left.
	 */
	static String of(String text) {
		String ascii;
		synchronized (TO_ASCII) {
			ascii = TO_ASCII.transliterate(text);
		}
		String folded = ascii.toLowerCase(Locale.ROOT);
		String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX) {
			slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "article" : slug;
	}

}
