package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.HtmlValidityTests;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The desk's pages pass the W3C Nu HTML checker: the list, the editor (new, filled, with
 * problems, in conflict) and the revisions.
 */
@KiosqueTest
@Tag(KiosqueTest.SAME_ON_EVERY_DATABASE)
class DeskHtmlValidityTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theDesksPagesHaveNoHtmlError() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(editor, "save", Map.of("headline", "Valide « partout » " + System.nanoTime(),
				"standfirst", "Un chapeau.", "body", "Un texte.\n\nEn deux paragraphes.", "tags", "HTML, W3C"));
		var stale = editor.get(EditorForms.editor(id));
		EditorForms.act(editor, EditorForms.editor(id), "save", Map.of("body", "Changé."));

		assertValid(editor.get("/newsroom/articles"));
		assertValid(editor.get("/newsroom/articles/new"));
		assertValid(editor.get(EditorForms.editor(id)));
		assertValid(editor.get(EditorForms.editor(id) + "/revisions"));
		var invalid = EditorForms.act(editor, EditorForms.editor(id), "schedule", Map.of("publishAt", "hier"));
		assertThat(invalid.status()).isEqualTo(422);
		assertThat(HtmlValidityTests.errors(invalid.body())).isEmpty();
		var conflict = EditorForms.post(editor, stale, "save", Map.of("body", "Autre chose."));
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(HtmlValidityTests.errors(conflict.body())).isEmpty();
	}

	private static void assertValid(Browser.Page page) {
		assertThat(page.status()).as(page.path()).isEqualTo(200);
		assertThat(HtmlValidityTests.errors(page.body())).as(page.path()).isEmpty();
	}

}
