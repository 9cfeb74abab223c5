package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleLedger;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Corrections from the editor: on a published article, a {@code correction} saved with an
 * edit prints at the article's foot and moves {@code dateModified}; an edit marked
 * {@code minor} changes nothing visible; a refused correction keeps everything typed.
 */
@KiosqueTest
class CorrectionsInTheEditorTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleLedger ledger;

	@Test
	void aCorrectionSavedWithAnEditShowsAtTheFootAndMovesDateModified() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = published(editor, "Le budget voté " + System.nanoTime());
		var form = editor.get(EditorForms.editor(id));
		assertThat(form.html().select("textarea[name=correction]")).hasSize(1);
		assertThat(form.html().select("input[type=checkbox][name=minor]")).hasSize(1);

		var saved = EditorForms.post(editor, form, "save", Map.of("body", "Le budget est de 12 millions.", "correction",
				"Le budget est de 12 millions d’euros, et non de 21 millions."));

		assertThat(saved.status()).as(saved.text()).isEqualTo(303);
		var page = new Browser(port).get(ledger.find(id).orElseThrow().path());
		var correction = page.html().selectFirst("section.corrections p.correction");
		assertThat(correction).isNotNull();
		assertThat(correction.text()).contains("et non de 21 millions");
		JsonNode ld = ld(page);
		assertThat(ld.path("dateModified").asString()).isEqualTo(correction.selectFirst("time").attr("datetime"));
		assertThat(page.html().select(".dateline .updated")).isNotEmpty();
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("Le budget est de 12 millions.");
	}

	@Test
	void aMinorEditChangesNothingVisible() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = published(editor, "Une coquille " + System.nanoTime());
		var before = new Browser(port).get(ledger.find(id).orElseThrow().path());

		var saved = EditorForms.act(editor, EditorForms.editor(id), "save",
				Map.of("body", "Le texte, sans coquille.", "minor", "on"));

		assertThat(saved.status()).isEqualTo(303);
		var after = new Browser(port).get(ledger.find(id).orElseThrow().path());
		assertThat(after.html().select("article").text()).contains("Le texte, sans coquille.");
		assertThat(after.html().select(".corrections, .dateline .updated")).isEmpty();
		assertThat(ld(after).path("dateModified").asString()).isEqualTo(ld(before).path("dateModified").asString())
			.isEqualTo(ld(after).path("datePublished").asString());
	}

	@Test
	void aRefusedCorrectionIsA422ThatKeepsEverythingTyped() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = published(editor, "Trop long " + System.nanoTime());
		String tooLong = "x".repeat(2_001);

		var refused = EditorForms.act(editor, EditorForms.editor(id), "save",
				Map.of("body", "Un texte changé.", "correction", tooLong));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html().select("#correction-error").text()).isNotBlank();
		assertThat(EditorForms.fields(refused)).containsEntry("correction", tooLong)
			.containsEntry("body", "Un texte changé.");
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("Le texte.");
	}

	private static long published(Browser editor, String headline) {
		long id = EditorForms.create(editor, "save", Map.of("headline", headline, "body", "Le texte."));
		assertThat(EditorForms.act(editor, EditorForms.editor(id), "publish", Map.of()).status()).isEqualTo(303);
		return id;
	}

	private static JsonNode ld(Browser.Page page) {
		return JsonMapper.shared().readTree(page.html().select("script[type=application/ld+json]").first().data());
	}

}
