package org.kiosque.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.kiosque.desk.CopyDiff.FieldDiff;
import org.kiosque.desk.CopyDiff.Kind;
import org.kiosque.desk.CopyDiff.Segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The word-level difference between two versions of an article's text, without Spring.
 */
class CopyDiffTests {

	private static final Copy BEFORE = new Copy("Le conseil vote le budget", "Un chapeau.", "Premier paragraphe.",
			"politique", "budget, conseil", "Léa Martin", "AFP", "conseil-budget", "");

	@Test
	void everyFieldIsThereInTheFormsOrderAndOnlyChangedOnesSayChanged() {
		Copy after = new Copy("Le conseil adopte le budget", "Un chapeau.", "Premier paragraphe.", "politique",
				"budget, conseil", "Léa Martin", "AFP", "conseil-budget", "Pour les moteurs.");

		CopyDiff diff = CopyDiff.between(BEFORE, after);

		assertThat(diff.fields()).extracting(FieldDiff::field).containsExactlyElementsOf(after.fields().keySet());
		assertThat(diff.changedFields()).extracting(FieldDiff::field).containsExactly("headline", "description");
		assertThat(diff.changed()).isTrue();
		assertThat(diff.field("headline").segments()).containsExactly(same("Le conseil "), removed("vote"),
				added("adopte"), same(" le budget"));
		assertThat(diff.field("description").segments()).containsExactly(added("Pour les moteurs."));
		assertThat(diff.field("standfirst").segments()).containsExactly(same("Un chapeau."));
		assertThat(diff.field("headline").labelKey()).isEqualTo("copy.field.headline");
	}

	@Test
	void identicalVersionsHaveNoChangeAndBlankFieldsNoSegment() {
		CopyDiff diff = CopyDiff.between(BEFORE, BEFORE);

		assertThat(diff.changed()).isFalse();
		assertThat(diff.changedFields()).isEmpty();
		assertThat(diff.field("description").segments()).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> diff.field("title"));
	}

	@Test
	void wordsReplacedSideBySideReadAsOnePhraseStruckAndOneAdded() {
		assertThat(CopyDiff.words("the quick brown fox", "a slow red fox")).containsExactly(removed("the quick brown"),
				added("a slow red"), same(" fox"));
	}

	@Test
	void aWordAddedBesideAWordStruckStaysApart() {
		List<Segment> segments = CopyDiff.words("un deux trois", "zéro un trois");

		assertThat(segments).extracting(Segment::kind).containsExactly(Kind.ADDED, Kind.SAME, Kind.REMOVED, Kind.SAME);
		assertThat(segments.get(0).text()).isEqualTo("zéro ");
		assertThat(segments.get(2).text()).isEqualToIgnoringWhitespace("deux");
	}

	@Test
	void whitespaceIsKeptSoTheSegmentsReadAsTheText() {
		String before = "Il a dit :\u00a0« non »\tpuis  il est parti.";
		String after = "Il a dit :\u00a0« oui »\tpuis il est revenu.";

		FieldDiff field = CopyDiff.between(copyWithStandfirst(before), copyWithStandfirst(after)).field("standfirst");

		assertThat(field.before()).isEqualTo(before);
		assertThat(field.after()).isEqualTo(after);
		assertThat(field.segments()).contains(removed("non"), added("oui"));
		assertThat(field.segments()).as("a no-break space separates words as a space does")
			.contains(same("Il a dit :\u00a0« "));
	}

	@Test
	void lineEndingsAndTrailingWhitespaceAreNoChange() {
		Copy lf = copyWithBody("Un.\n\nDeux.\nSuite.");
		Copy crlf = copyWithBody("Un.\r\n\r\nDeux.\r\nSuite.\r\n  ");

		CopyDiff diff = CopyDiff.between(lf, crlf);

		assertThat(diff.changed()).isFalse();
		assertThat(diff.field("body").segments()).containsExactly(same("Un.\n\nDeux.\nSuite."));
	}

	@Test
	void theBodyIsComparedParagraphByParagraph() {
		String before = "Premier paragraphe intact.\n\nDeuxième paragraphe, avant.\n\nTroisième paragraphe.";
		String after = "Premier paragraphe intact.\n\nDeuxième paragraphe, après.\n\nTroisième paragraphe.";

		List<Segment> segments = CopyDiff.between(copyWithBody(before), copyWithBody(after)).field("body").segments();

		assertThat(segments).containsExactly(same("Premier paragraphe intact.\n\nDeuxième paragraphe, "),
				removed("avant."), added("après."), same("\n\nTroisième paragraphe."));
	}

	@Test
	void paragraphsRemovedOrAddedTakeTheirBlankLineAlong() {
		assertThat(CopyDiff.paragraphs("A.\n\nB.\n\nC.", "A.\n\nC.")).containsExactly(same("A."), removed("\n\nB."),
				same("\n\nC."));
		assertThat(CopyDiff.paragraphs("A.\n\nB.", "B.")).containsExactly(removed("A.\n\n"), same("B."));
		assertThat(CopyDiff.paragraphs("A.", "A.\n\nB.")).containsExactly(same("A."), added("\n\nB."));
		assertThat(CopyDiff.paragraphs("B.", "A.\n\nB.")).containsExactly(added("A.\n\n"), same("B."));
		assertThat(CopyDiff.paragraphs("", "A.\n\nB.")).containsExactly(added("A.\n\nB."));
		assertThat(CopyDiff.paragraphs("A.\n\nB.", "")).containsExactly(removed("A.\n\nB."));
	}

	@Test
	void severalBlankLinesOrSpacesOnThemSeparateParagraphsAsOne() {
		assertThat(CopyDiff.paragraphs("A.\n\n\n \u00a0\n\nB.", "A.\n\nB.")).containsExactly(same("A.\n\nB."));
	}

	@Test
	void aParagraphSplitInTwoIsShownWordByWord() {
		List<Segment> segments = CopyDiff.paragraphs("Début. Une longue phrase ici.\n\nFin.",
				"Début.\n\nUne longue phrase ici.\n\nFin.");

		assertThat(segments).containsExactly(same("Début."), removed(" "), added("\n\n"),
				same("Une longue phrase ici.\n\nFin."));
	}

	@Test
	void tagsAreComparedTagByTag() {
		assertThat(CopyDiff.tags("budget, conseil", "budget, conseil, mairie")).containsExactly(same("budget, conseil"),
				added(", mairie"));
		assertThat(CopyDiff.tags("budget, conseil", "budget")).containsExactly(same("budget"), removed(", conseil"));
		assertThat(CopyDiff.between(BEFORE, copyWithTags("budget,conseil")).field("tags").segments())
			.containsExactly(same("budget"), removed(", "), added(","), same("conseil"));
	}

	@Test
	void emojiAndAccentsAreWholeWords() {
		List<Segment> segments = CopyDiff.words("Bravo 👏🏽 à l’équipe", "Bravo 🎉 à l’équipe");

		assertThat(segments).containsExactly(same("Bravo "), removed("👏🏽"), added("🎉"), same(" à l’équipe"));
	}

	@Test
	void aNewArticleIsAllAdded() {
		CopyDiff diff = CopyDiff.between(Copy.blank(), BEFORE);

		assertThat(diff.changedFields()).extracting(FieldDiff::field)
			.containsExactly("headline", "standfirst", "body", "section", "tags", "byline", "source", "slug");
		diff.changedFields()
			.forEach(field -> assertThat(field.segments()).singleElement()
				.extracting(Segment::kind)
				.isEqualTo(Kind.ADDED));
	}

	@Test
	void aLongBodyWithEditsHereAndThereIsDiffedToTheWord() {
		List<String> paragraphs = new ArrayList<>();
		IntStream.range(0, 250)
			.forEach(p -> paragraphs
				.add(IntStream.range(0, 20).mapToObj(w -> "mot" + p + "x" + w).collect(Collectors.joining(" "))));
		String before = String.join("\n\n", paragraphs);
		List<String> edited = new ArrayList<>(paragraphs);
		edited.set(10, edited.get(10).replace("mot10x5 ", "MOT "));
		edited.remove(100);
		edited.add(200, "Un paragraphe nouveau.");
		String after = String.join("\n\n", edited);

		// 5 000 words: about 0.3 to 2 ms of processor time once warm on the build machine
		// (docs/desk.md); the test proves the result, the report gave the time.
		FieldDiff body = CopyDiff.between(copyWithBody(before), copyWithBody(after)).field("body");

		assertThat(body.before()).isEqualTo(before);
		assertThat(body.after()).isEqualTo(after);
		assertThat(body.segments()).filteredOn(s -> !s.same())
			.containsExactly(removed("mot10x5"), added("MOT"), removed("\n\n" + paragraphs.get(100)),
					added("\n\nUn paragraphe nouveau."));
	}

	@Test
	void aLongParagraphOfShortLinesIsDiffedLineByLineThenWordByWord() {
		List<String> lines = IntStream.range(0, 150)
			.mapToObj(l -> IntStream.range(0, 20).mapToObj(w -> "l" + l + "w" + w).collect(Collectors.joining(" ")))
			.toList();
		String before = String.join("\n", lines);
		String after = before.replace("l3w5 ", "trois ").replace("l140w7 ", "cent-quarante ");

		FieldDiff body = CopyDiff.between(copyWithBody(before), copyWithBody(after)).field("body");

		assertThat(body.segments()).filteredOn(s -> !s.same())
			.containsExactly(removed("l3w5"), added("trois"), removed("l140w7"), added("cent-quarante"));
		assertThat(body.before()).isEqualTo(before);
		assertThat(body.after()).isEqualTo(after);
	}

	@Test
	void aBodyRewrittenWholeStillAnswers() {
		String before = IntStream.range(0, 5_000).mapToObj(w -> "avant" + w).collect(Collectors.joining(" "));
		String after = IntStream.range(0, 5_000).mapToObj(w -> "après" + w).collect(Collectors.joining(" "));

		List<Segment> segments = CopyDiff.paragraphs(before, after);

		assertThat(segments).containsExactly(removed(before), added(after));
	}

	@Test
	void segmentsAlwaysRebuildBothTexts() {
		String[][] pairs = { { "a b c", "a c" }, { "a  b", "a b" }, { " début", "début" }, { "x", "" }, { "", "y" },
				{ "un\ndeux", "un deux" }, { "a b c d", "b a d c" }, { "« oui »", "«\u202foui\u202f»" } };
		for (String[] pair : pairs) {
			List<Segment> segments = CopyDiff.words(pair[0], pair[1]);
			assertThat(text(segments, Kind.REMOVED)).as("before of %s", List.of(pair)).isEqualTo(pair[0]);
			assertThat(text(segments, Kind.ADDED)).as("after of %s", List.of(pair)).isEqualTo(pair[1]);
			assertThat(segments).allMatch(s -> !s.text().isEmpty());
		}
	}

	private static String text(List<Segment> segments, Kind side) {
		return segments.stream()
			.filter(s -> s.kind() == Kind.SAME || s.kind() == side)
			.map(Segment::text)
			.collect(Collectors.joining());
	}

	static Copy copyWithBody(String body) {
		return new Copy("Titre", "", body, "", "", "", "", "", "");
	}

	private static Copy copyWithTags(String tags) {
		return new Copy("Le conseil vote le budget", "Un chapeau.", "Premier paragraphe.", "politique", tags,
				"Léa Martin", "AFP", "conseil-budget", "");
	}

	private static Copy copyWithStandfirst(String standfirst) {
		return new Copy("Titre", standfirst, "", "", "", "", "", "", "");
	}

	private static Segment same(String text) {
		return new Segment(Kind.SAME, text);
	}

	private static Segment added(String text) {
		return new Segment(Kind.ADDED, text);
	}

	private static Segment removed(String text) {
		return new Segment(Kind.REMOVED, text);
	}

}
