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

/**
 * Two people, one article: a save made from an older revision than the latest never
 * overwrites silently. It is answered 409, the person's text kept in the form and the
 * other version shown; saving again from there is a choice made knowingly.
 */
@KiosqueTest
class StaleSaveTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleLedger ledger;

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
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("La version de la première.");

		var chosen = EditorForms.post(second, stale, "save", Map.of());
		assertThat(chosen.status()).as("saved again from the latest revision").isEqualTo(303);
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("La version du second.");
	}

	@Test
	void aPublicationFromAnOlderRevisionIsRefusedToo() {
		Browser first = StaffSession.signedIn(context, port, Role.EDITOR);
		Browser second = StaffSession.signedIn(context, port, Role.EDITOR);
		long id = EditorForms.create(first, "save", Map.of("headline", "Pas si vite " + System.nanoTime()));
		var old = second.get(EditorForms.editor(id));
		EditorForms.act(first, EditorForms.editor(id), "save", Map.of("body", "Ajouté entre-temps."));

		assertThat(EditorForms.post(second, old, "publish", Map.of()).status()).isEqualTo(409);
		assertThat(ledger.find(id).orElseThrow().status().name()).isEqualTo("DRAFT");
	}

}
