package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
 * What each role may do at the desk, over real HTTP: contributors write, save and submit
 * their own drafts and are refused, with a French page saying why, whatever only editors
 * do; editors and admins do everything, sending a draft back with a note its author then
 * reads.
 */
@KiosqueTest
class DeskRolesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleLedger ledger;

	@Test
	void contributorsWriteSaveAndSubmitTheirOwnDrafts() {
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		assertThat(contributor.get("/newsroom").html().select(".newsroom-menu a[href=/newsroom/articles]").text())
			.isEqualTo("Articles");
		var blank = contributor.get("/newsroom/articles/new");
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.html().select("button[name=action]").eachAttr("value")).containsExactly("save", "submit");
		assertThat(blank.html().select("#byline").val()).isEqualTo("Rédaction contributor");

		long id = EditorForms.create(contributor, "save",
				Map.of("headline", "Un brouillon de contributeur " + System.nanoTime(), "body", "Premier jet."));
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);

		var saved = EditorForms.act(contributor, EditorForms.editor(id), "save", Map.of("body", "Second jet."));
		assertThat(saved.status()).isEqualTo(303);
		var submitted = EditorForms.act(contributor, EditorForms.editor(id), "submit", Map.of());
		assertThat(submitted.status()).isEqualTo(303);
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.IN_REVIEW);
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("Second jet.");
		assertThat(contributor.get(submitted.location()).html().select(".notice").text())
			.contains("Soumis à la relecture");
	}

	@Test
	void contributorsAreRefusedWhatOnlyEditorsDoWithTheReasonInFrench() {
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		long id = EditorForms.create(contributor, "save",
				Map.of("headline", "Pas encore publiable " + System.nanoTime(), "body", "Texte."));

		var publish = EditorForms.act(contributor, EditorForms.editor(id), "publish", Map.of());
		assertThat(publish.status()).isEqualTo(403);
		assertThat(publish.text()).contains("Les contributeurs ne publient pas");
		var schedule = EditorForms.act(contributor, EditorForms.editor(id), "schedule",
				Map.of("publishAt", "2099-01-01T08:00"));
		assertThat(schedule.status()).isEqualTo(403);
		assertThat(schedule.text()).contains("ne programment pas");
		assertThat(EditorForms.act(contributor, EditorForms.editor(id), "return", Map.of("note", "Non.")).status())
			.isEqualTo(403);
		var newAndPublished = EditorForms.act(contributor, "/newsroom/articles/new", "publish",
				Map.of("headline", "Publié d’office ? " + System.nanoTime()));
		assertThat(newAndPublished.status()).isEqualTo(403);
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
	}

	@Test
	void contributorsNeitherOpenNorChangeSomeoneElsesArticle() {
		Browser author = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		Browser other = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		String marker = "autre" + System.nanoTime();
		long id = EditorForms.create(author, "save", Map.of("headline", "Le papier d’un " + marker, "body", "Texte."));
		Map<String, String> fields = EditorForms.fields(author.get(EditorForms.editor(id)));

		var opened = other.get(EditorForms.editor(id));
		assertThat(opened.status()).isEqualTo(403);
		assertThat(opened.text()).contains("celui d’un autre auteur");
		assertThat(other.get(EditorForms.editor(id) + "/revisions").status()).isEqualTo(403);
		assertThat(other.get(EditorForms.editor(id) + "/preview").status()).isEqualTo(403);
		String token = other.get("/newsroom/articles/new").html().selectFirst("input[name=_csrf]").val();
		var posted = new java.util.HashMap<>(fields);
		posted.put("_csrf", token);
		posted.put("body", "Réécrit par un autre.");
		posted.put("action", "save");
		assertThat(other.post(EditorForms.editor(id), posted).status()).isEqualTo(403);
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("Texte.");
		assertThat(author.get("/newsroom/articles?q=" + marker).html().select("#articles tr[data-id=" + id + "]"))
			.hasSize(1);
		assertThat(other.get("/newsroom/articles?q=" + marker).html().select("#articles tr[data-id=" + id + "]"))
			.as("a contributor's list holds only their own articles")
			.isEmpty();
	}

	@Test
	void contributorsReadTheirPublishedArticleWithoutTheScriptKeepingAnything() {
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(contributor, "submit",
				Map.of("headline", "Lu, pas touché " + System.nanoTime(), "body", "Texte."));
		assertThat(EditorForms.act(editor, EditorForms.editor(id), "publish", Map.of()).status()).isEqualTo(303);

		var readOnly = contributor.get(EditorForms.editor(id));
		assertThat(readOnly.status()).isEqualTo(200);
		assertThat(readOnly.html().select(".desk-read-only")).hasSize(1);
		assertThat(readOnly.html().select("button[name=action]")).isEmpty();
		assertThat(readOnly.html().selectFirst("form#editor").attr("data-autosave-url"))
			.as("no autosave, which would be refused and read as a session ended")
			.isEmpty();
		assertThat(editor.get(EditorForms.editor(id)).html().selectFirst("form#editor").attr("data-autosave-url"))
			.isEqualTo(EditorForms.editor(id) + "/autosave");
	}

	@Test
	void editorsSendADraftBackWithANoteItsAuthorReadsThenPublishAndUnpublish() {
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(contributor, "submit",
				Map.of("headline", "À relire " + System.nanoTime(), "body", "Un texte à revoir."));

		var withoutNote = EditorForms.act(editor, EditorForms.editor(id), "return", Map.of("note", " "));
		assertThat(withoutNote.status()).isEqualTo(422);
		assertThat(withoutNote.html().select("#note-error").text()).contains("la note est obligatoire");

		var returned = EditorForms.act(editor, EditorForms.editor(id), "return",
				Map.of("note", "Vérifiez le chiffre du deuxième paragraphe."));
		assertThat(returned.status()).isEqualTo(303);
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
		String seenByAuthor = contributor.get(EditorForms.editor(id)).html().select(".desk-returned").text();
		assertThat(seenByAuthor).contains("Renvoyé par Rédaction editor")
			.contains("Vérifiez le chiffre du deuxième paragraphe.");

		EditorForms.act(contributor, EditorForms.editor(id), "submit", Map.of("body", "Un texte revu."));
		assertThat(contributor.get(EditorForms.editor(id)).html().select(".desk-returned"))
			.as("the note goes once the draft moves on")
			.isEmpty();

		assertThat(EditorForms.act(editor, EditorForms.editor(id), "publish", Map.of()).status()).isEqualTo(303);
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);
		var published = contributor.get(EditorForms.editor(id));
		assertThat(published.status()).as("the author still reads it").isEqualTo(200);
		assertThat(published.html().select("button[name=action]")).as("but changes nothing").isEmpty();
		assertThat(EditorForms.post(contributor, published, "save", Map.of("body", "Retouché après coup.")).status())
			.isEqualTo(403);
		assertThat(EditorForms.act(contributor, EditorForms.editor(id), "unpublish", Map.of()).status()).isEqualTo(403);

		assertThat(EditorForms.act(editor, EditorForms.editor(id), "unpublish", Map.of()).status()).isEqualTo(303);
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.UNPUBLISHED);
	}

	@Test
	void adminsDoEverythingEditorsDo() {
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);
		Browser admin = StaffSession.signedIn(context, port, Role.ADMIN);
		long id = EditorForms.create(contributor, "save",
				Map.of("headline", "Repris par l’administration " + System.nanoTime(), "body", "Texte."));
		assertThat(admin.get(EditorForms.editor(id)).html().select("button[name=action]").eachAttr("value"))
			.containsExactly("save", "submit", "publish", "schedule");
		assertThat(EditorForms.act(admin, EditorForms.editor(id), "save", Map.of("body", "Corrigé.")).status())
			.isEqualTo(303);
		assertThat(EditorForms.act(admin, EditorForms.editor(id), "publish", Map.of()).status()).isEqualTo(303);
		assertThat(EditorForms.act(admin, EditorForms.editor(id), "unpublish", Map.of()).status()).isEqualTo(303);
		assertThat(ledger.find(id).orElseThrow().status()).isEqualTo(ArticleStatus.UNPUBLISHED);
	}

}
