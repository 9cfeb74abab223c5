package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.ArticleStatus;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every action at the desk is a revision (who, when, which action, which fields, the
 * note), listed newest first with links to compare two of them; restoring an old one
 * makes a new revision of its text and rewrites no history.
 */
@KiosqueTest
class RevisionTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleLedger ledger;

	@Autowired
	RevisionRepository revisions;

	@Test
	void eachActionIsARevisionWithWhoWhatAndWhichFields() {
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(contributor, "save",
				Map.of("headline", "Première version " + System.nanoTime(), "body", "Un.\n\nDeux."));
		EditorForms.act(contributor, EditorForms.editor(id), "save", Map.of("body", "Un.\n\nDeux et demi."));
		EditorForms.act(contributor, EditorForms.editor(id), "save", Map.of());
		EditorForms.act(contributor, EditorForms.editor(id), "submit", Map.of());
		EditorForms.act(editor, EditorForms.editor(id), "return", Map.of("note", "Sourcez le deuxième point."));
		EditorForms.act(contributor, EditorForms.editor(id), "submit", Map.of("standfirst", "Un chapeau."));
		EditorForms.act(editor, EditorForms.editor(id), "publish", Map.of());
		EditorForms.act(editor, EditorForms.editor(id), "unpublish", Map.of());

		assertThat(revisions.latestNumber(id)).isEqualTo(8);
		Revision second = revisions.find(id, 2).orElseThrow();
		assertThat(second.action()).isEqualTo(DeskAction.SAVE);
		assertThat(second.copy().body()).isEqualTo("Un.\n\nDeux et demi.");
		assertThat(second.changed()).containsExactly("body");
		assertThat(revisions.find(id, 3).orElseThrow().changed())
			.as("a form posted back unchanged changes nothing, line breaks included")
			.isEmpty();
		assertThat(revisions.find(id, 5).orElseThrow().note()).isEqualTo("Sourcez le deuxième point.");
		assertThat(revisions.find(id, 7).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);

		Document list = editor.get(EditorForms.editor(id) + "/revisions").html();
		assertThat(list.select("#revisions tbody tr").eachAttr("data-number")).containsExactly("8", "7", "6", "5", "4",
				"3", "2", "1");
		assertThat(list.select("tr[data-number=8] .action").text()).isEqualTo("Dépublication");
		assertThat(list.select("tr[data-number=8] .who").text()).isEqualTo("Rédaction editor");
		assertThat(list.select("tr[data-number=6] .changed").text()).isEqualTo("Chapeau");
		assertThat(list.select("tr[data-number=5] .note").text()).isEqualTo("Sourcez le deuxième point.");
		assertThat(list.select("tr[data-number=2] .who").text()).isEqualTo("Rédaction contributor");
		assertThat(list.select("tr[data-number=2] a.compare-before").attr("href"))
			.isEqualTo("/newsroom/articles/" + id + "/revisions/compare?from=1&to=2");
		assertThat(list.select("tr[data-number=2] a.compare-latest").attr("href"))
			.isEqualTo("/newsroom/articles/" + id + "/revisions/compare?from=2&to=8");
		assertThat(list.select("tr[data-number=8] form.restore-form")).as("the latest is not restored").isEmpty();
	}

	@Test
	void restoringMakesANewRevisionOfTheOldTextAndKeepsHistory() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		String headline = "Le texte d’avant " + System.nanoTime();
		long id = EditorForms.create(editor, "save", Map.of("headline", headline, "body", "La bonne version."));
		EditorForms.act(editor, EditorForms.editor(id), "publish", Map.of());
		EditorForms.act(editor, EditorForms.editor(id), "save",
				Map.of("headline", "Un titre raté", "body", "Une version ratée."));
		String address = ledger.find(id).orElseThrow().slug();

		var page = editor.get(EditorForms.editor(id) + "/revisions");
		var restored = page.submit(editor, "tr[data-number=1] form.restore-form", Map.of());
		assertThat(restored.status()).isEqualTo(303);
		assertThat(editor.get(restored.location()).html().select(".notice").text())
			.contains("Version restaurée (nouvelle version 4)");

		var article = ledger.find(id).orElseThrow();
		assertThat(article.headline()).isEqualTo(headline);
		assertThat(article.bodyMarkdown()).isEqualTo("La bonne version.");
		assertThat(article.status()).as("a restore moves nothing").isEqualTo(ArticleStatus.PUBLISHED);
		assertThat(article.slug()).as("nor the address").isEqualTo(address);
		assertThat(revisions.latestNumber(id)).isEqualTo(4);
		assertThat(revisions.find(id, 3).orElseThrow().copy().body()).isEqualTo("Une version ratée.");
		Revision four = revisions.find(id, 4).orElseThrow();
		assertThat(four.action()).isEqualTo(DeskAction.RESTORE);
		assertThat(four.changed()).containsExactly("headline", "body");
		assertThat(editor.get(EditorForms.editor(id) + "/revisions").html().select("tr[data-number=4] .note").text())
			.isEqualTo("Texte de la version 1");
	}

	@Test
	void aContributorRestoresOnlyTheirOwnDraft() {
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(contributor, "save",
				Map.of("headline", "À restaurer " + System.nanoTime(), "body", "Un."));
		EditorForms.act(contributor, EditorForms.editor(id), "save", Map.of("body", "Deux."));
		var own = contributor.get(EditorForms.editor(id) + "/revisions")
			.submit(contributor, "tr[data-number=1] form.restore-form", Map.of());
		assertThat(own.status()).isEqualTo(303);
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("Un.");

		EditorForms.act(editor, EditorForms.editor(id), "publish", Map.of());
		var page = contributor.get(EditorForms.editor(id) + "/revisions");
		assertThat(page.html().select("form.restore-form")).isEmpty();
		String token = page.html().selectFirst("input[name=_csrf]") == null
				? contributor.get("/newsroom/articles/new").html().selectFirst("input[name=_csrf]").val()
				: page.html().selectFirst("input[name=_csrf]").val();
		assertThat(contributor.post(EditorForms.editor(id) + "/revisions/2/restore", Map.of("_csrf", token)).status())
			.isEqualTo(403);
	}

}
