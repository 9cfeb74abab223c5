package org.kiosque.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.kiosque.account.People;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleLedger;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.session.SessionRepository;

/**
 * Never lose a word: the editor's autosave is kept per editor and article and offered
 * back on reopening; a save posted after the session ended (its CSRF token gone with it)
 * is held, and after signing in again the editor shows the text, nothing written
 * meanwhile, and keeps it as the autosave until it is saved.
 */
@KiosqueTest
class NeverLoseAWordTests {

	private static final String PASSWORD = "un secret de rédaction";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleLedger ledger;

	@Autowired
	SessionRepository<?> sessions;

	@Test
	void aSaveAfterTheSessionEndedKeepsTheTextUntilTheEditorSignsInAgain() {
		String email = "plume-" + System.nanoTime() + "@exemple.fr";
		Browser editor = signedIn(email);
		long id = EditorForms.create(editor, "save",
				Map.of("headline", "Session courte " + System.nanoTime(), "body", "Le début."));
		var open = editor.get(EditorForms.editor(id));

		sessions.deleteById(sessionId(editor));
		var late = EditorForms.post(editor, open, "save", Map.of("body", "Un long texte écrit pendant une heure."));

		assertThat(late.status()).as("held, not refused: %s", late.text()).isEqualTo(303);
		assertThat(late.location()).isEqualTo(EditorForms.editor(id));
		assertThat(late.header("Set-Cookie")).contains("kiosque-held=")
			.contains("HttpOnly")
			.containsIgnoringCase("SameSite=Strict");
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("Le début.");
		var asked = editor.get(EditorForms.editor(id));
		assertThat(asked.status()).isEqualTo(302);
		assertThat(asked.location()).endsWith("/login");

		var signedIn = editor.submit("/login", "form#sign-in", Map.of("username", email, "password", PASSWORD));
		assertThat(signedIn.location()).as("back to the editor").contains(EditorForms.editor(id));
		var back = editor.get(EditorForms.editor(id));

		assertThat(back.status()).isEqualTo(200);
		assertThat(EditorForms.fields(back)).containsEntry("body", "Un long texte écrit pendant une heure.")
			.containsEntry("baseRevision", "1");
		assertThat(back.html().select(".notice").text()).contains("votre texte a été gardé");
		var tabClosedAndReopened = editor.get(EditorForms.editor(id));
		assertThat(EditorForms.fields(tabClosedAndReopened)).as("given back once").containsEntry("body", "Le début.");
		assertThat(tabClosedAndReopened.html().select(".desk-unsaved").text()).as("and kept as the autosave")
			.contains("Reprendre le texte non enregistré ?");
		assertThat(EditorForms.post(editor, back, "save", Map.of()).status()).isEqualTo(303);
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("Un long texte écrit pendant une heure.");
	}

	@Test
	void aHeldTextIsGivenOnlyToSomeoneWhoMaySaveTheArticle() {
		Browser author = signedIn("auteur-" + System.nanoTime() + "@exemple.fr");
		long id = EditorForms.create(author, "save", Map.of("headline", "À moi " + System.nanoTime()));
		var open = author.get(EditorForms.editor(id));
		sessions.deleteById(sessionId(author));
		assertThat(EditorForms.post(author, open, "save", Map.of("body", "Secret.")).status()).isEqualTo(303);

		String reader = "lecteur-" + System.nanoTime() + "@exemple.fr";
		context.getBean(People.class).add(reader, "Un lecteur", Role.CONTRIBUTOR, PASSWORD);
		author.submit("/login", "form#sign-in", Map.of("username", reader, "password", PASSWORD));
		var other = author.get(EditorForms.editor(id));

		assertThat(other.status()).as("a contributor may not open another's draft").isEqualTo(403);
		assertThat(other.body()).doesNotContain("Secret.");
	}

	@Test
	void theAutosaveIsOfferedBackWhenTheEditorReopensAndRefusedOnceTheSessionEnded() {
		Browser editor = signedIn("auto-" + System.nanoTime() + "@exemple.fr");
		long id = EditorForms.create(editor, "save", Map.of("headline", "Auto " + System.nanoTime(), "body", "Avant."));
		var open = editor.get(EditorForms.editor(id));
		String autosave = open.html().selectFirst("form#editor").attr("data-autosave-url");
		assertThat(autosave).isEqualTo(EditorForms.editor(id) + "/autosave");
		Map<String, String> typed = new HashMap<>(EditorForms.fields(open));
		typed.put("body", "Tapé, pas encore enregistré.");

		assertThat(editor.post(autosave, typed).status()).isEqualTo(204);
		assertThat(ledger.find(id).orElseThrow().bodyMarkdown()).isEqualTo("Avant.");
		var reopened = editor.get(EditorForms.editor(id));
		assertThat(reopened.html().select(".desk-unsaved").text()).contains("Reprendre le texte non enregistré ?");
		var taken = editor.get(reopened.html().selectFirst(".desk-unsaved a").attr("href"));
		assertThat(EditorForms.fields(taken)).containsEntry("body", "Tapé, pas encore enregistré.");

		assertThat(EditorForms.post(editor, taken, "save", Map.of()).status()).isEqualTo(303);
		assertThat(editor.get(EditorForms.editor(id)).html().select(".desk-unsaved")).as("saved: nothing to offer")
			.isEmpty();

		sessions.deleteById(sessionId(editor));
		int late = editor.post(autosave, typed).status();
		assertThat(late).as("the script is told the session ended").isIn(401, 403);
	}

	private Browser signedIn(String email) {
		context.getBean(People.class).add(email, "Rédaction plume", Role.EDITOR, PASSWORD);
		Browser browser = new Browser(port);
		var signedIn = browser.submit("/login", "form#sign-in", Map.of("username", email, "password", PASSWORD));
		assertThat(signedIn.status()).isEqualTo(302);
		return browser;
	}

	private static String sessionId(Browser browser) {
		String cookie = browser.cookie("SESSION");
		assertThat(cookie).isNotNull();
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

}
