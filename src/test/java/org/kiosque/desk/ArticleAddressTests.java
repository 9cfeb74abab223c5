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
 * An article's address at the desk: a published article keeps it whatever its new
 * headline, and moves only when the editor changes the slug, the old address then a
 * permanent redirect; a draft never published follows its headline until someone chooses
 * a slug.
 */
@KiosqueTest
class ArticleAddressTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleLedger ledger;

	@Test
	void aPublishedArticleKeepsItsAddressWhenItsHeadlineChanges() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long n = System.nanoTime();
		long id = EditorForms.create(editor, "publish", Map.of("headline", "Crue de la Seine " + n, "body", "Texte."));
		String path = ledger.find(id).orElseThrow().path();
		assertThat(path).isEqualTo("/article/crue-de-la-seine-" + n);

		var edited = EditorForms.act(editor, EditorForms.editor(id), "save",
				Map.of("headline", "Crue de la Seine : l’alerte levée " + n));
		assertThat(edited.status()).isEqualTo(303);
		assertThat(ledger.find(id).orElseThrow().path()).isEqualTo(path);
		var page = new Browser(port).get(path);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("h1").text()).isEqualTo("Crue de la Seine : l’alerte levée " + n);
	}

	@Test
	void aChangedSlugMovesTheAddressAndTheOldOneRedirects() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long n = System.nanoTime();
		long id = EditorForms.create(editor, "publish", Map.of("headline", "Budget voté " + n, "body", "Texte."));
		String old = ledger.find(id).orElseThrow().path();

		EditorForms.act(editor, EditorForms.editor(id), "save", Map.of("slug", "Le budget 2027 est voté " + n));
		String now = ledger.find(id).orElseThrow().path();
		assertThat(now).isEqualTo("/article/le-budget-2027-est-vote-" + n);
		assertThat(new Browser(port).get(now).status()).isEqualTo(200);
		var redirect = new Browser(port).get(old);
		assertThat(redirect.status()).isEqualTo(301);
		assertThat(redirect.location()).isEqualTo(now);
		assertThat(EditorForms.fields(editor.get(EditorForms.editor(id)))).containsEntry("slug",
				"le-budget-2027-est-vote-" + n);
	}

	@Test
	void aDraftFollowsItsHeadlineUntilASlugIsChosen() {
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);
		long n = System.nanoTime();
		long id = EditorForms.create(editor, "save", Map.of("headline", "Titre provisoire " + n));
		assertThat(ledger.find(id).orElseThrow().slug()).isEqualTo("titre-provisoire-" + n);

		EditorForms.act(editor, EditorForms.editor(id), "save", Map.of("headline", "Titre définitif " + n));
		assertThat(ledger.find(id).orElseThrow().slug()).isEqualTo("titre-definitif-" + n);

		EditorForms.act(editor, EditorForms.editor(id), "save", Map.of("slug", "choisi-" + n));
		EditorForms.act(editor, EditorForms.editor(id), "save", Map.of("headline", "Encore un autre titre " + n));
		assertThat(ledger.find(id).orElseThrow().slug()).isEqualTo("choisi-" + n);
		assertThat(new Browser(port).get("/article/titre-provisoire-" + n).status())
			.as("a draft's passing addresses were never public: nothing to redirect")
			.isEqualTo(404);
	}

}
