package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleLedger;
import org.kiosque.article.SectionEntry;
import org.kiosque.article.Sections;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A section the editors renamed is still itself under the slug it had: a form opened
 * before the rename saves into it, and an older revision restored after it stays in it,
 * instead of « Cette rubrique n’existe pas » or an article taken out of its section.
 */
@KiosqueTest
class SectionRenamedTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleLedger ledger;

	@Autowired
	Sections sections;

	@Test
	void aFormOpenedBeforeARenameAndARevisionRestoredAfterItStayInTheSection() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		SectionEntry section = sections.create("Monde " + System.nanoTime(), null);
		long id = EditorForms.create(editor, "save", Map.of("headline", "Sommet à Alger " + System.nanoTime(), "body",
				"Le texte.", "section", section.slug()));
		var opened = editor.get(EditorForms.editor(id));

		SectionEntry renamed = sections.edit(section.id(), "International " + System.nanoTime(), null);
		assertThat(renamed.slug()).isNotEqualTo(section.slug());

		var saved = EditorForms.post(editor, opened, "save", Map.of("body", "Le texte, complété."));
		assertThat(saved.status()).as(saved.text()).isEqualTo(303);
		assertThat(ledger.find(id).orElseThrow().sectionSlug()).isEqualTo(renamed.slug());

		var restored = editor.post(EditorForms.editor(id) + "/revisions/1/restore", Map.of("_csrf",
				editor.get(EditorForms.editor(id) + "/revisions").html().selectFirst("input[name=_csrf]").val()));
		assertThat(restored.status()).isLessThan(400);
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("Le texte.");
		assertThat(ledger.find(id).orElseThrow().sectionSlug()).as("still in its section").isEqualTo(renamed.slug());
	}

}
