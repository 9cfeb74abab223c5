package org.kiosque.desk;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.desk.CopyDiff.Kind;
import org.kiosque.desk.CopyDiff.Segment;
import org.kiosque.desk.CopyMerge.Clash;
import org.kiosque.desk.CopyMerge.Conflict;
import org.kiosque.desk.CopyMerge.Merged;
import org.kiosque.desk.CopyMerge.Outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The three-way merge of two people's saves of one article, without Spring. */
class CopyMergeTests {

	private static final String BODY = String.join("\n\n", "Le conseil municipal a voté mardi soir.",
			"Le budget atteint 12 millions d’euros.", "L’opposition a voté contre.", "Le maire s’en félicite.");

	private static final Copy BASE = new Copy("Le conseil vote le budget", "Une séance agitée.", BODY, "politique",
			"budget, conseil", "Léa Martin", "AFP", "conseil-budget", "");

	@Test
	void changesToDifferentFieldsAreBothKept() {
		Copy mine = with(BASE, "headline", "Le conseil adopte le budget");
		Copy theirs = with(BASE, "standfirst", "Une séance houleuse.", "section", "local");

		Merged merged = merged(CopyMerge.merge(BASE, mine, theirs));

		assertThat(merged.copy().headline()).isEqualTo("Le conseil adopte le budget");
		assertThat(merged.copy().standfirst()).isEqualTo("Une séance houleuse.");
		assertThat(merged.copy().section()).isEqualTo("local");
		assertThat(merged.copy().body()).isEqualTo(BODY);
		assertThat(merged.fromTheirs()).containsExactly("standfirst", "section");
		assertThat(merged.combined()).isEmpty();
		assertThat(merged.tookTheirs()).isTrue();
	}

	@Test
	void whenOnlyThisSideChangedNothingOfTheirsIsSaid() {
		Copy mine = with(BASE, "headline", "Autre titre");

		Merged merged = merged(CopyMerge.merge(BASE, mine, BASE));

		assertThat(merged.copy()).isEqualTo(mine);
		assertThat(merged.tookTheirs()).isFalse();
	}

	@Test
	void theSameChangeOnBothSidesIsNoConflict() {
		Copy both = with(BASE, "headline", "Le conseil adopte le budget", "body", BODY.replace("mardi", "lundi"));

		Merged merged = merged(CopyMerge.merge(BASE, both, both));

		assertThat(merged.copy()).isEqualTo(both);
		assertThat(merged.fromTheirs()).isEmpty();
		assertThat(merged.combined()).isEmpty();
	}

	@Test
	void theSameFieldChangedDifferentlyIsAConflict() {
		Copy mine = with(BASE, "headline", "Le conseil adopte le budget", "byline", "Léa M.");
		Copy theirs = with(BASE, "headline", "Le budget voté", "source", "APS");

		Conflict conflict = conflict(CopyMerge.merge(BASE, mine, theirs));

		assertThat(conflict.clashes()).containsExactly(
				new Clash("headline", 0, BASE.headline(), "Le conseil adopte le budget", "Le budget voté"));
		assertThat(conflict.fields()).containsExactly("headline");
		assertThat(conflict.proposal().headline()).as("this side's text where they clash")
			.isEqualTo("Le conseil adopte le budget");
		assertThat(conflict.proposal().byline()).isEqualTo("Léa M.");
		assertThat(conflict.proposal().source()).as("the other side's other changes are in the proposal")
			.isEqualTo("APS");
	}

	@Test
	void differentParagraphsOfTheBodyAreMerged() {
		Copy mine = with(BASE, "body", BODY.replace("mardi soir", "mardi 3 mars au soir"));
		Copy theirs = with(BASE, "body", BODY.replace("s’en félicite", "se félicite du vote"));

		Merged merged = merged(CopyMerge.merge(BASE, mine, theirs));

		assertThat(merged.copy().body()).isEqualTo(String.join("\n\n",
				"Le conseil municipal a voté mardi 3 mars au soir.", "Le budget atteint 12 millions d’euros.",
				"L’opposition a voté contre.", "Le maire se félicite du vote."));
		assertThat(merged.combined()).containsExactly("body");
		assertThat(merged.fromTheirs()).isEmpty();
	}

	@Test
	void neighbouringParagraphsChangedEachBySomeoneAreMerged() {
		Copy mine = with(BASE, "body", BODY.replace("12 millions", "12,5 millions"));
		Copy theirs = with(BASE, "body", BODY.replace("a voté contre", "s’est abstenue"));

		Merged merged = merged(CopyMerge.merge(BASE, mine, theirs));

		assertThat(merged.copy().body()).contains("12,5 millions", "s’est abstenue");
	}

	@Test
	void theSameParagraphChangedDifferentlyIsAConflictShowingBothVersions() {
		Copy mine = with(BASE, "body", BODY.replace("12 millions", "12,5 millions"));
		Copy theirs = with(BASE, "body", BODY.replace("12 millions d’euros", "douze millions d’euros")
			.replace("Le maire", "Le premier magistrat"));

		Conflict conflict = conflict(CopyMerge.merge(BASE, mine, theirs));

		assertThat(conflict.clashes()).containsExactly(new Clash("body", 2, "Le budget atteint 12 millions d’euros.",
				"Le budget atteint 12,5 millions d’euros.", "Le budget atteint douze millions d’euros."));
		Clash clash = conflict.clashes().getFirst();
		assertThat(clash.labelKey()).isEqualTo("copy.field.body");
		assertThat(clash.mineChanges()).contains(new Segment(Kind.REMOVED, "12"), new Segment(Kind.ADDED, "12,5"));
		assertThat(clash.theirsChanges()).contains(new Segment(Kind.REMOVED, "12"), new Segment(Kind.ADDED, "douze"));
		assertThat(conflict.proposal().body()).as("mine where they clash, theirs elsewhere")
			.contains("12,5 millions", "Le premier magistrat");
	}

	@Test
	void aParagraphInsertedBySomeoneAndAnotherEditedByTheOtherAreMerged() {
		String inserted = String.join("\n\n", "Le conseil municipal a voté mardi soir.",
				"La séance a duré quatre heures.", "Le budget atteint 12 millions d’euros.",
				"L’opposition a voté contre.", "Le maire s’en félicite.");
		Copy mine = with(BASE, "body", inserted);
		Copy theirs = with(BASE, "body", BODY.replace("a voté contre", "s’est abstenue"));

		Merged merged = merged(CopyMerge.merge(BASE, mine, theirs));

		assertThat(merged.copy().body()).isEqualTo(inserted.replace("a voté contre", "s’est abstenue"));
		assertThat(merged(CopyMerge.merge(BASE, theirs, mine)).copy().body()).as("either way round")
			.isEqualTo(merged.copy().body());
	}

	@Test
	void aParagraphInsertedRightBeforeOneTheOtherEditedIsMerged() {
		Copy mine = with(BASE, "body", BODY.replace("Le budget atteint", "Une précision.\n\nLe budget atteint"));
		Copy theirs = with(BASE, "body", BODY.replace("12 millions", "13 millions"));

		Merged merged = merged(CopyMerge.merge(BASE, mine, theirs));

		assertThat(merged.copy().body()).contains("mardi soir.\n\nUne précision.\n\nLe budget atteint 13 millions");
	}

	@Test
	void paragraphsAddedAtTheSamePlaceByBothAreAConflict() {
		Copy mine = with(BASE, "body", BODY + "\n\nMa conclusion.");
		Copy theirs = with(BASE, "body", BODY + "\n\nSa conclusion.");

		Conflict conflict = conflict(CopyMerge.merge(BASE, mine, theirs));

		assertThat(conflict.clashes()).containsExactly(new Clash("body", 5, "", "Ma conclusion.", "Sa conclusion."));
	}

	@Test
	void aParagraphDeletedBySomeoneAndEditedByTheOtherIsAConflict() {
		Copy mine = with(BASE, "body", BODY.replace("\n\nL’opposition a voté contre.", ""));
		Copy theirs = with(BASE, "body", BODY.replace("a voté contre", "a voté contre, sauf deux élus"));

		Conflict conflict = conflict(CopyMerge.merge(BASE, mine, theirs));

		assertThat(conflict.clashes()).containsExactly(
				new Clash("body", 3, "L’opposition a voté contre.", "", "L’opposition a voté contre, sauf deux élus."));
		assertThat(conflict.clashes().getFirst().mineChanges())
			.containsExactly(new Segment(Kind.REMOVED, "L’opposition a voté contre."));
	}

	@Test
	void aParagraphDeletedByBothAndAnotherEditedIsMerged() {
		String deleted = BODY.replace("\n\nL’opposition a voté contre.", "");
		Copy mine = with(BASE, "body", deleted);
		Copy theirs = with(BASE, "body", deleted.replace("mardi", "lundi"));

		Merged merged = merged(CopyMerge.merge(BASE, mine, theirs));

		assertThat(merged.copy().body()).isEqualTo(deleted.replace("mardi", "lundi"));
		assertThat(merged.combined()).containsExactly("body");
	}

	@Test
	void tagsMergeAsSets() {
		Copy base = with(BASE, "tags", "budget, conseil, mairie");
		Copy mine = with(base, "tags", "budget, conseil, finances");
		Copy theirs = with(base, "tags", "Budget, mairie, opposition, Finances");

		Merged merged = merged(CopyMerge.merge(base, mine, theirs));

		assertThat(merged.copy().tags()).as("conseil removed by them, mairie by me, each added one, case aside")
			.isEqualTo("budget, finances, opposition");
		assertThat(merged.combined()).containsExactly("tags");
	}

	@Test
	void tagsRetypedOnOneSideOnlyAreTakenAsTyped() {
		Copy theirs = with(BASE, "tags", "budget,conseil,  élections");

		Merged merged = merged(CopyMerge.merge(BASE, BASE, theirs));

		assertThat(merged.copy().tags()).isEqualTo("budget,conseil,  élections");
		assertThat(merged.fromTheirs()).containsExactly("tags");
	}

	@Test
	void twoNewArticlesFromNothingMergeWhereTheyDoNotOverlap() {
		Copy mine = new Copy("Un titre", "", "Mon texte.", "", "", "", "", "", "");
		Copy theirs = new Copy("", "Un chapeau", "", "sport", "", "", "", "", "");

		Merged merged = merged(CopyMerge.merge(Copy.blank(), mine, theirs));

		assertThat(merged.copy())
			.isEqualTo(new Copy("Un titre", "Un chapeau", "Mon texte.", "sport", "", "", "", "", ""));
		Conflict conflict = conflict(CopyMerge.merge(Copy.blank(), mine, with(mine, "body", "Son texte.")));
		assertThat(conflict.clashes()).containsExactly(new Clash("body", 1, "", "Mon texte.", "Son texte."));
	}

	@Test
	void lineEndingsAreNoChange() {
		Copy crlf = with(BASE, "body", BODY.replace("\n", "\r\n") + "\r\n", "standfirst", "Une séance agitée.\r\n");
		Copy theirs = with(BASE, "body", BODY.replace("mardi", "lundi"));

		Merged merged = merged(CopyMerge.merge(BASE, crlf, theirs));

		assertThat(merged.copy().body()).isEqualTo(BODY.replace("mardi", "lundi"));
		assertThat(merged.fromTheirs()).containsExactly("body");
		assertThat(merged(CopyMerge.merge(with(BASE, "body", BODY.replace("\n", "\r\n")), BASE, BASE)).copy().body())
			.doesNotContain("\r");
	}

	@Test
	void crlfOnOneSideAndLfOnTheOtherMergeParagraphByParagraph() {
		Copy mine = with(BASE, "body", BODY.replace("mardi", "lundi").replace("\n", "\r\n"));
		Copy theirs = with(BASE, "body", BODY.replace("félicite", "réjouit"));

		Merged merged = merged(CopyMerge.merge(BASE, mine, theirs));

		assertThat(merged.copy().body()).isEqualTo(BODY.replace("mardi", "lundi").replace("félicite", "réjouit"));
	}

	@Test
	void emojiAndAccentsSurviveTheMerge() {
		String body = "Bravo 👏🏽 à l’équipe !\n\nÇa se fête 🎉.";
		Copy base = with(BASE, "body", body);
		Copy mine = with(base, "body", body.replace("👏🏽", "👏🏽👏🏽"));
		Copy theirs = with(base, "body", body.replace("🎉", "🥂").replace("Ça", "Cela"), "headline", "Été 🌞");

		Merged merged = merged(CopyMerge.merge(base, mine, theirs));

		assertThat(merged.copy().body()).isEqualTo("Bravo 👏🏽👏🏽 à l’équipe !\n\nCela se fête 🥂.");
		assertThat(merged.copy().headline()).isEqualTo("Été 🌞");
	}

	@Test
	void aConflictHasAtLeastOneClash() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Conflict(List.of(), BASE));
	}

	/** The copy with some fields replaced: names and values alternately. */
	private static Copy with(Copy copy, String... namesAndValues) {
		Map<String, String> fields = copy.fields();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			assertThat(fields).containsKey(namesAndValues[i]);
			fields.put(namesAndValues[i], namesAndValues[i + 1]);
		}
		return Copy.of(fields);
	}

	private static Merged merged(Outcome outcome) {
		assertThat(outcome).isInstanceOf(Merged.class);
		return (Merged) outcome;
	}

	private static Conflict conflict(Outcome outcome) {
		assertThat(outcome).isInstanceOf(Conflict.class);
		return (Conflict) outcome;
	}

}
