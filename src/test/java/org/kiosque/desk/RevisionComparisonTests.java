package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * {@code /newsroom/articles/{id}/revisions/compare?from=N&to=M}: the words removed and
 * added between two revisions, field by field; numbers missing or not numbers are a 400,
 * a revision the article does not have a 404, both said in French.
 */
@KiosqueTest
class RevisionComparisonTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void theComparisonShowsTheWordsRemovedAndAddedBetweenTwoRevisions() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(editor, "save",
				Map.of("headline", "Le conseil vote " + System.nanoTime(), "body", "Un texte court."));
		EditorForms.act(editor, EditorForms.editor(id), "save", Map.of("body", "Un texte plus long."));
		var list = editor.get(EditorForms.editor(id) + "/revisions");
		String link = list.html().select("tr[data-number=2] a.compare-before").attr("href");

		var page = editor.get(link);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("h1").text()).contains("Versions 1 et 2");
		assertThat(page.html().select("dd[data-field=body] del").eachText()).containsExactly("[supprimé] court.");
		assertThat(page.html().select("dd[data-field=body] ins").eachText()).containsExactly("[ajouté] plus long.");
		assertThat(page.html().select("dd[data-field=headline]")).as("an unchanged field is not shown").isEmpty();
	}

	@Test
	void missingOrWrongNumbersAreRefusedInFrench() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(editor, "save", Map.of("headline", "Comparer " + System.nanoTime()));
		String compare = EditorForms.editor(id) + "/revisions/compare";

		var missing = editor.get(compare + "?from=1");
		var wrong = editor.get(compare + "?from=un&to=1");
		var absent = editor.get(compare + "?from=1&to=9");

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.text()).contains("Indiquez les deux versions à comparer");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(absent.status()).isEqualTo(404);
		assertThat(absent.text()).contains("Cet article n’a pas de version 9");
	}

}
