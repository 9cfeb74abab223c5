package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slugs keep every Latin letter, those without a Unicode decomposition included. */
class SlugsTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Kılıçdaroğlu et Løkke Rasmussen à Łódź | kilicdaroglu-et-lokke-rasmussen-a-lodz
			« État » d’urgence                     | etat-d-urgence
			Straße, Æsir, Œuvre, cœur               | strasse-aesir-oeuvre-coeur
			Þórður Guðjónsson                       | thordur-gudjonsson
			Đorđe Đoković                           | dorde-dokovic
			İSTANBUL ILIK IŞIK                      | istanbul-ilik-isik
			ŁÓDŹ ØRESUND ĐAKOVO ẞ                   | lodz-oresund-dakovo-ss
			Œdipe ÆGIR ÞING Ð                       | oedipe-aegir-thing-d
			Ħamrun, Ŀlívia, ŉ, ĸ, Ŧ, ŋ                     | hamrun-llivia-n-q-t-n
			""")
	void lettersWithoutDecompositionAreTransliteratedNotDropped(String text, String slug) {
		assertThat(Slugs.of(text)).isEqualTo(slug);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Əliyev, Ɛwe, Ɔkɔ, ƒ, Ĳssel                  | eliyev-ewe-oko-f-ijssel
			ﬁnale ½ ²                                  | finale-1-2-2
			""")
	void compatibilityFormsAndOtherLatinLettersAreSpelledToo(String text, String slug) {
		assertThat(Slugs.of(text)).isEqualTo(slug);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			الجزائر العاصمة            | aljzayr-al-asmt
			Москва и Київ               | moskva-i-kiiv
			Αθήνα                       | athena
			北京                          | bei-jing
			""")
	void otherScriptsAreSpelledInLatinLetters(String text, String slug) {
		assertThat(Slugs.of(text)).isEqualTo(slug);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			'«  »'     | article
			'!!!'      | article
			""")
	void nothingLeftGivesArticle(String text, String slug) {
		assertThat(Slugs.of(text)).isEqualTo(slug);
	}

	@org.junit.jupiter.api.Test
	void longHeadlinesAreCutAtAWordBoundary() {
		String slug = Slugs.of("mot ".repeat(60));
		assertThat(slug.length()).isLessThanOrEqualTo(120);
		assertThat(slug).doesNotEndWith("-").endsWith("mot");
	}

}
