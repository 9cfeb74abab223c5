package org.kiosque.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kiosque.ingest.DispatchRejected.Reason;

class DispatchParserTests {

	static final String NBSP = "\u00a0";
	static final String NNBSP = "\u202f";

	static byte[] seed() {
		try (InputStream in = DispatchParserTests.class.getResourceAsStream("/demo/turquie-hamas-istanbul.txt")) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static String seedText() {
		return new String(seed(), StandardCharsets.UTF_8);
	}

	static Dispatch parse(String text) throws DispatchRejected {
		return DispatchParser.parse(text.getBytes(StandardCharsets.UTF_8));
	}

	static Reason rejection(byte[] bytes) {
		return catchThrowableOfType(DispatchRejected.class, () -> DispatchParser.parse(bytes)).reason();
	}

	static Reason rejection(String text) {
		return rejection(text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A small dispatch in the seed's form, with the given date line and last paragraph.
	 */
	static String page(String dateLine, String lastParagraph) {
		return "Connectez-vous\n\nUn titre de dépêche\n\n" + dateLine + "\n\nPremier paragraphe.\n\n" + NBSP + "\n\n"
				+ lastParagraph + "\n\n" + NBSP + "\nNombre de lectures : 12 fois\n\nNouveau commentaire :\n\n\n"
				+ "Inscription à la newsletter";
	}

	@Test
	void theSeedGivesItsHeadlineDateCaptionParagraphsAgencyAndReads() throws DispatchRejected {
		Dispatch d = DispatchParser.parse(seed());

		assertThat(d.headline())
			.isEqualTo("Le chef des services de renseignement de Türkiye rencontre une délégation du Hamas à Istanbul");
		assertThat(d.date()).isEqualTo(LocalDate.of(2026, 1, 24));
		assertThat(d.caption()).isEqualTo("Ibrahim Kalin, chef du Renseignement turc");
		assertThat(d.agency()).isEqualTo("AA");
		assertThat(d.reads()).isEqualTo(66);
		assertThat(d.paragraphs()).hasSize(11);
		assertThat(d.paragraphs().getFirst())
			.startsWith("Le chef de l’Organisation nationale du renseignement de la Türkiye");
		assertThat(d.paragraphs().getLast()).isEqualTo(
				"L’accord a mis fin à un génocide mené par Israël depuis le 8 octobre 2023 et qui a duré deux ans, "
						+ "faisant plus de 71 000 morts et 171 000 blessés palestiniens, et provoquant des destructions massives "
						+ "ayant touché près de 90 % des infrastructures civiles.");
	}

	@Test
	void theSeedKeepsItsTypographyAndLosesItsChrome() throws DispatchRejected {
		Dispatch d = DispatchParser.parse(seed());

		assertThat(d.paragraphs()).anyMatch(p -> p.contains("d’un « Conseil de la paix »"));
		assertThat(d.paragraphs()).anyMatch(p -> p.endsWith("dans le cadre d’un plan proposé pour la bande de Gaza."));
		assertThat(d.paragraphs()).allSatisfy(p -> {
			assertThat(p).doesNotContain("Connectez-vous", "Nouveau commentaire", "Inscription à la newsletter",
					"Nombre de lectures", "[AA]", "Ibrahim Kalin, chef du Renseignement turc");
			assertThat(p).isNotBlank().doesNotStartWith(NBSP).doesNotEndWith(NBSP).doesNotEndWith(" ");
		});
		// The caption is kept once, as the caption, not as a paragraph.
		assertThat(String.join("\n", d.paragraphs())).doesNotContain("chef du Renseignement turc\n");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Samedi 24 Janvier 2026 | 2026-01-24", "samedi 24 janvier 2026 | 2026-01-24",
					"SAMEDI 24 JANVIER 2026 | 2026-01-24", "24 janvier 2026 | 2026-01-24", "1er mai 2026 | 2026-05-01",
					"Vendredi 1er Mai 2026 | 2026-05-01", "lundi 3 février 2025 | 2025-02-03",
					"lundi 3 fevrier 2025 | 2025-02-03", "Samedi, 15 août 2026 | 2026-08-15",
					"mercredi 25 décembre 2030 | 2030-12-25", "01 avril 2026 | 2026-04-01" })
	void readsTheFrenchDateLineWhateverItsCase(String line, String expected) throws DispatchRejected {
		assertThat(parse(page(line, "Fin. [APS]")).date()).isEqualTo(LocalDate.parse(expected));
	}

	@Test
	void readsADateLineWithNoBreakSpaces() throws DispatchRejected {
		assertThat(parse(page("samedi" + NBSP + "24" + NNBSP + "janvier" + NBSP + "2026", "Fin.")).date())
			.isEqualTo(LocalDate.of(2026, 1, 24));
	}

	@ParameterizedTest
	@ValueSource(strings = { "31 février 2026", "Mardi 31 février 2026", "30 février 2024", "32 janvier 2026",
			"0 mai 2026", "31 avril 2026", "29 février 2026" })
	void refusesAnImpossibleDate(String line) {
		DispatchRejected e = catchThrowableOfType(DispatchRejected.class, () -> parse(page(line, "Fin.")));
		assertThat(e.reason()).isIn(Reason.IMPOSSIBLE_DATE, Reason.WRONG_WEEKDAY);
		if (!line.startsWith("Mardi")) {
			assertThat(e.reason()).isEqualTo(Reason.IMPOSSIBLE_DATE);
			assertThat(e.getMessage()).isEqualTo("date impossible : «" + NBSP + line + NBSP + "»");
		}
	}

	@Test
	void acceptsTheTwentyNinthOfFebruaryInALeapYear() throws DispatchRejected {
		assertThat(parse(page("jeudi 29 février 2024", "Fin.")).date()).isEqualTo(LocalDate.of(2024, 2, 29));
	}

	@Test
	void refusesADateWhoseWeekdayIsWrong() {
		DispatchRejected e = catchThrowableOfType(DispatchRejected.class,
				() -> parse(page("Lundi 24 janvier 2026", "Fin.")));
		assertThat(e.reason()).isEqualTo(Reason.WRONG_WEEKDAY);
		assertThat(e.getMessage()).contains("Lundi 24 janvier 2026").contains("samedi");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "Fin de la dépêche. [AA] | AA | Fin de la dépêche.",
			"Fin de la dépêche.[APS] | APS | Fin de la dépêche.", "Fin de la dépêche. (AFP) | AFP | Fin de la dépêche.",
			"Fin de la dépêche. (Reuters) | Reuters | Fin de la dépêche.",
			"Fin de la dépêche. [MAP]  | MAP | Fin de la dépêche." })
	void takesTheAgencyTagOffTheLastParagraph(String last, String agency, String rest) throws DispatchRejected {
		Dispatch d = parse(page("24 janvier 2026", last));
		assertThat(d.agency()).isEqualTo(agency);
		assertThat(d.paragraphs()).containsExactly("Premier paragraphe.", rest);
	}

	@Test
	void takesAnAgencyTagStandingOnItsOwnLine() throws DispatchRejected {
		Dispatch d = parse(page("24 janvier 2026", "Fin de la dépêche." + NBSP + "\n\n" + NBSP + "\n\n[APS]"));
		assertThat(d.agency()).isEqualTo("APS");
		assertThat(d.paragraphs()).containsExactly("Premier paragraphe.", "Fin de la dépêche.");
	}

	@Test
	void keepsParenthesesThatAreNoAgency() throws DispatchRejected {
		Dispatch d = parse(page("24 janvier 2026", "Selon l’Organisation des Nations unies (ONU)"));
		assertThat(d.agency()).isNull();
		assertThat(d.paragraphs().getLast()).isEqualTo("Selon l’Organisation des Nations unies (ONU)");
	}

	@Test
	void aDispatchWithoutTagHasNoAgency() throws DispatchRejected {
		assertThat(parse(page("24 janvier 2026", "Fin.")).agency()).isNull();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "Nombre de lectures : 66 fois | 66", "Nombre de lectures : 1 204 fois | 1204",
					"Nombre de lectures :\u00a01\u00a0204\u00a0fois | 1204",
					"Nombre de lectures : 1\u202f204\u202f317 fois | 1204317", "nombre de lectures: 7 fois | 7",
					"Nombre de lectures : 0 fois | 0" })
	void theOldReadCountBecomesTheStartingCount(String line, long reads) throws DispatchRejected {
		String text = page("24 janvier 2026", "Fin.").replace("Nombre de lectures : 12 fois", line);
		assertThat(parse(text).reads()).isEqualTo(reads);
	}

	@Test
	void aPageWithoutReadCountStartsAtZero() throws DispatchRejected {
		String text = page("24 janvier 2026", "Fin.").replace("Nombre de lectures : 12 fois", "");
		assertThat(parse(text).reads()).isZero();
	}

	@Test
	void spacersOfNoBreakSpacesAndBlanksSeparateParagraphs() throws DispatchRejected {
		String text = "Titre\r\n\r\n1er mai 2026\r\n" + NBSP + "\r\n  \t\r\nUn.\r\n" + NBSP + NBSP + " " + NNBSP
				+ "\r\n\r\nDeux «" + NBSP + "cités" + NBSP + "», 1" + NNBSP + "204 personnes, l’État.\r\n";
		Dispatch d = parse(text);
		assertThat(d.paragraphs()).containsExactly("Un.",
				"Deux «" + NBSP + "cités" + NBSP + "», 1" + NNBSP + "204 personnes, l’État.");
		assertThat(d.caption()).isNull();
	}

	@Test
	void aCaptionIsTheLineWrittenTwiceUnderTheDate() throws DispatchRejected {
		String text = "Titre\n\n1er mai 2026\n\nLa légende\nLa légende\n\nUn.\n\nDeux.";
		Dispatch d = parse(text);
		assertThat(d.caption()).isEqualTo("La légende");
		assertThat(d.paragraphs()).containsExactly("Un.", "Deux.");
	}

	@Test
	void withoutARepeatedLineThereIsNoCaption() throws DispatchRejected {
		Dispatch d = parse("Titre\n\n1er mai 2026\n\nUn.\n\nDeux.");
		assertThat(d.caption()).isNull();
		assertThat(d.paragraphs()).containsExactly("Un.", "Deux.");
	}

	@Test
	void pageChromeNeverReachesTheArticle() throws DispatchRejected {
		String text = """
				Accueil
				Se déconnecter
				Monde
				Le vrai titre
				Vendredi 1er mai 2026
				Partager
				Imprimer
				Un paragraphe.
				Partager sur Facebook
				Un autre paragraphe. [AFP]
				Commentaires (3)
				Un lecteur : je ne suis pas d’accord.
				Nombre de lectures : 1 204 fois
				Nouveau commentaire :
				Votre nom
				Inscription à la newsletter
				Votre e-mail
				""";
		Dispatch d = parse(text);
		assertThat(d.headline()).isEqualTo("Le vrai titre");
		assertThat(d.paragraphs()).containsExactly("Un paragraphe.", "Un autre paragraphe.");
		assertThat(d.agency()).isEqualTo("AFP");
		assertThat(d.reads()).isEqualTo(1204);
	}

	@Test
	void theReadCountUnderTheArticleClosesIt() throws DispatchRejected {
		Dispatch d = parse("Le titre\n1er mai 2026\nUn.\nAbonnez-vous\nDeux. [APS]\nNombre de lectures : 3 fois\n"
				+ "© 2026 Le Journal, tous droits réservés\n");
		assertThat(d.paragraphs()).containsExactly("Un.", "Deux.");
		assertThat(d.agency()).isEqualTo("APS");
		assertThat(d.reads()).isEqualTo(3);
	}

	@Test
	void aReadCountAboveTheArticleIsReadToo() throws DispatchRejected {
		Dispatch d = parse("Le titre\n1er mai 2026\nNombre de lectures : 1 204 fois\nUn.\nDeux. [APS]\n");
		assertThat(d.paragraphs()).containsExactly("Un.", "Deux.");
		assertThat(d.reads()).isEqualTo(1204);
	}

	@Test
	void aMenuLinkToTheNewsletterAboveTheArticleIsJustChrome() throws DispatchRejected {
		Dispatch d = parse("Connectez-vous\nNewsletter\nAbonnez-vous\nLe titre\n1er mai 2026\nUn.\n");
		assertThat(d.headline()).isEqualTo("Le titre");
		assertThat(d.paragraphs()).containsExactly("Un.");
	}

	@Test
	void aByteOrderMarkIsNoPartOfTheHeadline() throws DispatchRejected {
		assertThat(parse("\uFEFFLe titre\n1er mai 2026\nUn.").headline()).isEqualTo("Le titre");
	}

	@Test
	void aSentenceThatStartsWithADateIsNoDateLine() throws DispatchRejected {
		Dispatch d = parse("Le titre\n3 mai 2026\n24 janvier 2026 restera une date importante.\n");
		assertThat(d.date()).isEqualTo(LocalDate.of(2026, 5, 3));
		assertThat(d.paragraphs()).containsExactly("24 janvier 2026 restera une date importante.");
	}

	// Bad input

	@Test
	void refusesAnEmptyFile() {
		assertThat(rejection(new byte[0])).isEqualTo(Reason.EMPTY);
		assertThat(rejection("\n\n" + NBSP + "\n  \n")).isEqualTo(Reason.EMPTY);
	}

	@Test
	void refusesAPageOfChromeOnly() {
		String chrome = "Connectez-vous\n\n" + NBSP + "\nNombre de lectures : 66 fois\n\nNouveau commentaire :\n\n"
				+ "Inscription à la newsletter";
		DispatchRejected e = catchThrowableOfType(DispatchRejected.class, () -> parse(chrome));
		assertThat(e.reason()).isEqualTo(Reason.ONLY_CHROME);
		assertThat(e.getMessage()).startsWith("rien que l’habillage");
	}

	@Test
	void refusesBytesThatAreNotUtf8() {
		byte[] latin1 = page("24 janvier 2026", "Fin.").getBytes(StandardCharsets.ISO_8859_1);
		assertThat(rejection(latin1)).isEqualTo(Reason.NOT_TEXT);
		assertThat(catchThrowableOfType(DispatchRejected.class, () -> DispatchParser.parse(latin1)).getMessage())
			.isEqualTo("pas un texte UTF-8 (fichier binaire ou autre encodage)");
	}

	@Test
	void refusesABinaryFile() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThat(rejection(png)).isEqualTo(Reason.NOT_TEXT);
		// Valid UTF-8 is not text either when it holds control characters.
		assertThat(rejection("Titre\n1er mai 2026\nUn\u0000deux.")).isEqualTo(Reason.NOT_TEXT);
		// A UTF-8 sequence cut in the middle.
		byte[] cut = Arrays.copyOf(seed(), seed().length + 1);
		cut[cut.length - 1] = (byte) 0xC3;
		assertThat(rejection(cut)).isEqualTo(Reason.NOT_TEXT);
	}

	@Test
	void refusesADispatchWithoutHeadline() {
		assertThat(rejection("Connectez-vous\n\nSamedi 24 Janvier 2026\n\nUn paragraphe.\n"))
			.isEqualTo(Reason.NO_HEADLINE);
	}

	@Test
	void refusesADispatchWithoutDateLine() {
		DispatchRejected e = catchThrowableOfType(DispatchRejected.class,
				() -> parse(seedText().replace("Samedi 24 Janvier 2026", "")));
		assertThat(e.reason()).isEqualTo(Reason.NO_DATE);
		assertThat(e.getMessage()).startsWith("aucune ligne de date");
	}

	@Test
	void refusesADispatchWithoutParagraph() {
		assertThat(rejection("Le titre\n1er mai 2026\n\nNouveau commentaire :\n")).isEqualTo(Reason.NO_BODY);
	}

	@Test
	void refusesAHeadlineTooLongForAnArticle() {
		assertThat(rejection("x".repeat(301) + "\n1er mai 2026\nUn.")).isEqualTo(Reason.HEADLINE_TOO_LONG);
	}

	@Test
	void refusesAFileOverOneMegabyte() {
		String head = page("24 janvier 2026", "Fin.");
		byte[] big = (head + "\n" + "a".repeat(DispatchParser.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);
		DispatchRejected e = catchThrowableOfType(DispatchRejected.class, () -> DispatchParser.parse(big));
		assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
		assertThat(e.getMessage()).startsWith("fichier trop volumineux").contains("048").contains("576");
	}

	@Test
	void acceptsAFileOfExactlyOneMegabyte() throws DispatchRejected {
		String head = "Titre\n1er mai 2026\nUn.\n";
		byte[] exact = (head + "b".repeat(DispatchParser.MAX_BYTES - head.length())).getBytes(StandardCharsets.UTF_8);
		assertThat(exact).hasSize(DispatchParser.MAX_BYTES);
		assertThat(DispatchParser.parse(exact).paragraphs()).hasSize(2);
	}

	@Test
	void everyRejectionHasAFrenchAndAnEnglishReason() {
		for (Reason reason : Reason.values()) {
			assertThatThrownBy(() -> {
				throw new DispatchRejected(reason, 1);
			}).hasMessageNotContaining("ingest.rejected");
		}
		var english = java.util.ResourceBundle.getBundle("messages.ingest", java.util.Locale.ENGLISH);
		for (Reason reason : Reason.values()) {
			assertThat(english.getString(reason.key())).isNotBlank();
		}
	}

}
