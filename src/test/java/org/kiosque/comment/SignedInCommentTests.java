package org.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.account.People;
import org.kiosque.account.Person;
import org.kiosque.account.Role;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signed-in readers and editors, over HTTP, through the accounts feature's real sign-in.
 */
@KiosqueTest
class SignedInCommentTests {

	private static final String PASSWORD = "un secret de rédaction";

	@Autowired
	People people;

	@Autowired
	ModeratorDigest digest;

	@RegisterExtension
	CommentFixtures fixtures = new CommentFixtures();

	@Test
	void anEditorModeratesRepliesAndClosesThroughTheQueuePage() {
		var article = fixtures.article();
		String body = "À valider " + System.nanoTime();
		long id = CommentFixtures
			.idFrom(fixtures.post(fixtures.reader(), article.path(), "Noé", CommentFixtures.email(), body));
		Browser editor = signedIn(Role.EDITOR, "Rédactrice");

		var queue = editor.get("/newsroom/comments?filter=pending&article=" + article.id());
		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.html().select("#commentaire-" + id + " .comment-body").text()).isEqualTo(body);
		String token = queue.html().select("form#bulk input[name=_csrf]").val();

		var approved = editor.post("/newsroom/comments", Map.of("_csrf", token, "single", "approve:" + id, "filter",
				"pending", "article", String.valueOf(article.id())));
		assertThat(approved.status()).isEqualTo(302);
		assertThat(editor.open(approved.location()).text()).contains("C’est fait.");
		assertThat(fixtures.reader().get(article.path()).text()).contains(body);

		var replied = editor.post("/newsroom/comments/" + id + "/reply", Map.of("_csrf", token, "body", "Merci, Noé."));
		assertThat(replied.status()).isEqualTo(302);
		var page = fixtures.reader().get(article.path());
		assertThat(
				page.html().select("#commentaire-" + id + " .comment-replies .comment-newsroom .comment-author").text())
			.isEqualTo("La rédaction");

		var closed = editor.post("/newsroom/comments/threads/" + article.id(),
				Map.of("_csrf", token, "closed", "true"));
		assertThat(closed.status()).isEqualTo(302);
		assertThat(fixtures.reader().get(article.path()).text())
			.contains("Les commentaires sont fermés pour cet article.");
	}

	@Test
	void contributorsAndReadersCannotModerate() {
		assertThat(signedIn(Role.CONTRIBUTOR, "Pigiste").get("/newsroom/comments").status()).isEqualTo(403);
		assertThat(signedIn(Role.READER, "Lecteur").get("/newsroom/comments").status()).isEqualTo(403);
	}

	@Test
	void aSignedInReaderFindsTheFormFilledAndMayEditThenDeleteTheirComment() {
		var article = fixtures.article();
		Person me = person(Role.READER, "Marianne");
		Browser reader = signIn(me);

		var form = reader.get(article.path());
		assertThat(form.html().select("#comment-name").val()).isEqualTo("Marianne");
		assertThat(form.html().select("#comment-email").val()).isEqualTo(me.email());

		var posted = fixtures.post(reader, article.path(), Map.of("body", "Première idée " + System.nanoTime()));
		assertThat(posted.status()).isEqualTo(303);
		long id = CommentFixtures.idFrom(posted);
		assertThat(reader.get(posted.location())
			.html()
			.select("#commentaire-" + id + " a[href=/comments/" + id + "/edit]")).hasSize(1);

		var edited = reader.submit("/comments/" + id + "/edit", "form[action=/comments/" + id + "/edit]",
				Map.of("body", "Idée corrigée"));
		assertThat(edited.status()).isEqualTo(303);
		assertThat(fixtures.moderation().find(id).orElseThrow().body()).isEqualTo("Idée corrigée");

		Browser someoneElse = signedIn(Role.READER, "Autre");
		assertThat(someoneElse.get("/comments/" + id + "/edit").status()).isEqualTo(403);

		var deleted = reader.submit(article.path(), "#commentaire-" + id + " form[action=/comments/" + id + "/delete]",
				Map.of());
		assertThat(deleted.status()).isEqualTo(303);
		assertThat(fixtures.moderation().find(id).orElseThrow().status()).isEqualTo(CommentStatus.DELETED);
	}

	@Test
	void theDigestGoesToEveryEditor() {
		Person editor = person(Role.EDITOR, "Veilleuse");
		var article = fixtures.article();
		fixtures.post(fixtures.reader(), article.path(), "Olga", CommentFixtures.email(),
				"Tard le soir " + System.nanoTime());

		assertThat(digest.send()).isTrue();

		assertThat(Mailbox.text(Mailbox.await(editor.email(), 1).getFirst())).contains("Olga");
	}

	private Browser signedIn(Role role, String name) {
		return signIn(person(role, name));
	}

	private Person person(Role role, String name) {
		return people.add("commentaires-" + System.nanoTime() + "@exemple.fr", name, role, PASSWORD);
	}

	private Browser signIn(Person person) {
		Browser browser = fixtures.reader();
		var signedIn = browser.submit("/login", "form#sign-in",
				Map.of("username", person.email(), "password", PASSWORD));
		assertThat(signedIn.status()).isEqualTo(302);
		return browser;
	}

}
