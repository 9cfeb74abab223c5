package org.kiosque.article;

import java.text.Normalizer;
import java.util.Locale;

/**
 * URL slugs from French headlines: {@code « État » d’urgence} becomes
 * {@code etat-d-urgence}.
 */
final class Slugs {

	private static final int MAX = 120;

	private Slugs() {
	}

	static String of(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "")
			.replace("œ", "oe")
			.replace("Œ", "oe")
			.replace("æ", "ae")
			.replace("Æ", "ae")
			.replace("ß", "ss")
			.toLowerCase(Locale.ROOT);
		String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX) {
			slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
		}
		return slug.isEmpty() ? "article" : slug;
	}

}
