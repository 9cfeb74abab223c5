package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleEdit;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Two people, one article: a save made from an older revision than the latest never
 * overwrites silently. Changes to different fields or paragraphs are merged, and the
 * editor says so; the same paragraph changed by both is answered 409, the person's text
 * kept in the form and both versions shown side by side; saving again from there is a
 * choice made knowingly.
 */
@KiosqueTest
class StaleSaveTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleLedger ledger;

	@Autowired
	Newsdesk newsdesk;

	@Test
	void aSaveFromAnOlderRevisionIsA409ThatKeepsTheText() {
		Browser first = StaffSession.signedIn(context, port, Role.EDITOR);
		Browser second = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(first, "save",
				Map.of("headline", "À deux mains " + System.nanoTime(), "body", "Le texte commun."));
		var firstOpens = first.get(EditorForms.editor(id));
		var secondOpens = second.get(EditorForms.editor(id));
		assertThat(EditorForms.fields(secondOpens)).containsEntry("baseRevision", "1");

		assertThat(EditorForms.post(first, firstOpens, "save", Map.of("body", "La version de la première.")).status())
			.isEqualTo(303);
		var stale = EditorForms.post(second, secondOpens, "save", Map.of("body", "La version du second."));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.html().select("#editor-problem").text()).contains("Rien n’a été écrasé");
		assertThat(EditorForms.fields(stale)).containsEntry("body", "La version du second.")
			.containsEntry("baseRevision", "2");
		assertThat(stale.html().select(".desk-theirs .theirs-body").text()).isEqualTo("La version de la première.");
		assertThat(stale.html().select(".desk-theirs h2").text()).contains("Version 2").contains("Rédaction editor");
		assertThat(stale.html().select(".merge-conflict .clash[data-field=body] .clash-mine ins").text())
			.contains("second");
		assertThat(stale.html().select(".merge-conflict .clash[data-field=body] .clash-theirs ins").text())
			.contains("première");
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("La version de la première.");

		var chosen = EditorForms.post(second, stale, "save", Map.of());
		assertThat(chosen.status()).as("saved again from the latest revision").isEqualTo(303);
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("La version du second.");
	}

	@Test
	void aPublicationFromAnOlderRevisionThatClashesIsRefusedToo() {
		Browser first = StaffSession.signedIn(context, port, Role.EDITOR);
		Browser second = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(first, "save",
				Map.of("headline", "Pas si vite " + System.nanoTime(), "body", "Le début."));
		var old = second.get(EditorForms.editor(id));
		EditorForms.act(first, EditorForms.editor(id), "save", Map.of("body", "Le début, repris entre-temps."));

		assertThat(EditorForms.post(second, old, "publish", Map.of("body", "Le début, autrement.")).status())
			.isEqualTo(409);
		assertThat(ledger.find(id).orElseThrow().status().name()).isEqualTo("DRAFT");
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("Le début, repris entre-temps.");
	}

	@ParameterizedTest(name = "the {0} saver writes the second paragraph")
	@ValueSource(strings = { "first", "second" })
	void changesToDifferentFieldsAndParagraphsAreMergedAndBothKept(String whoWritesTheSecondParagraph) {
		Browser first = StaffSession.signedIn(context, port, Role.EDITOR);
		Browser second = StaffSession.signedIn(context, port, Role.EDITOR);
		String headline = "Deux plumes " + System.nanoTime();
		long id = EditorForms.create(first, "save",
				Map.of("headline", headline, "body", "Premier paragraphe.\n\nDeuxième paragraphe."));
		var firstOpens = first.get(EditorForms.editor(id));
		var secondOpens = second.get(EditorForms.editor(id));
		Map<String, String> paragraphOne = Map.of("headline", headline + " (mis à jour)", "body",
				"Premier paragraphe, corrigé.\n\nDeuxième paragraphe.");
		Map<String, String> paragraphTwo = Map.of("body", "Premier paragraphe.\n\nDeuxième paragraphe, complété.",
				"tags", "budget");
		boolean firstWritesTwo = whoWritesTheSecondParagraph.equals("first");

		var early = EditorForms.post(first, firstOpens, "save", firstWritesTwo ? paragraphTwo : paragraphOne);
		assertThat(early.status()).isEqualTo(303);
		var late = EditorForms.post(second, secondOpens, "save", firstWritesTwo ? paragraphOne : paragraphTwo);

		assertThat(late.status()).as("merged, not refused: %s", late.text()).isEqualTo(303);
		assertThat(late.location()).contains("merged=2");
		var reopened = second.get(late.location());
		assertThat(reopened.html().select(".notice").text())
			.contains("Kiosque a fusionné vos modifications avec celles de Rédaction editor")
			.contains(firstWritesTwo ? "Texte" : "Titre");
		var article = ledger.find(id).orElseThrow();
		assertThat(article.bodyMarkdown()).isEqualTo("Premier paragraphe, corrigé.\n\nDeuxième paragraphe, complété.");
		assertThat(article.headline()).isEqualTo(headline + " (mis à jour)");
		assertThat(article.tags()).containsExactly("budget");
		assertThat(EditorForms.fields(reopened)).containsEntry("baseRevision", "3");
	}

	@Test
	void anArticleThatCameWithoutRevisionsIsKeptAsItCameAndTwoEditorsChangesMerge() {
		Browser first = StaffSession.signedIn(context, port, Role.EDITOR);
		Browser second = StaffSession.signedIn(context, port, Role.EDITOR);
		// As an import files it: no revision, no one's name.
		long id = newsdesk
			.create(new ArticleEdit("Venu d’ailleurs " + System.nanoTime(), "Chapeau d’origine.",
					"Premier paragraphe.\n\nDeuxième paragraphe.", null, List.of(), null, null, null, null,
					ArticleStatus.PUBLISHED, Instant.now().minusSeconds(3600), null))
			.id();
		var firstOpens = first.get(EditorForms.editor(id));
		var secondOpens = second.get(EditorForms.editor(id));
		assertThat(EditorForms.fields(secondOpens)).containsEntry("baseRevision", "0");

		assertThat(EditorForms
			.post(first, firstOpens, "save", Map.of("body", "Premier paragraphe, corrigé.\n\nDeuxième paragraphe."))
			.status()).isEqualTo(303);
		var late = EditorForms.post(second, secondOpens, "save", Map.of("standfirst", "Chapeau repris."));

		assertThat(late.status()).as("merged, not a clash in full: %s", late.text()).isEqualTo(303);
		var article = ledger.find(id).orElseThrow();
		assertThat(article.bodyMarkdown()).isEqualTo("Premier paragraphe, corrigé.\n\nDeuxième paragraphe.");
		assertThat(article.standfirst()).isEqualTo("Chapeau repris.");
		var history = first.get(EditorForms.editor(id) + "/revisions");
		assertThat(history.html().select("td.action").eachText()).as("newest first")
			.containsExactly("Enregistrement", "Enregistrement", "Texte d’origine (import)");
		var compared = first.get(EditorForms.editor(id) + "/revisions/compare?from=1&to=3");
		assertThat(compared.status()).isEqualTo(200);
		assertThat(compared.html().select(".diff-text[data-field=standfirst] del").text())
			.as("the text as it came is there to compare")
			.contains("origine");
	}

	@Test
	void aFormFromARevisionThatDoesNotExistClashesInsteadOfFailing() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = newsdesk
			.create(new ArticleEdit("Sans passé " + System.nanoTime(), null, "Le texte importé.", null, List.of(), null,
					null, null, null, ArticleStatus.DRAFT, null, null))
			.id();
		var opened = editor.get(EditorForms.editor(id));

		var answer = EditorForms.post(editor, opened, "save", Map.of("baseRevision", "7", "body", "Autre texte."));

		assertThat(answer.status()).isEqualTo(409);
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("Le texte importé.");
	}

}
