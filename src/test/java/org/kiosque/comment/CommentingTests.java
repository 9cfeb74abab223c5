package org.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;

@KiosqueTest
class CommentingTests {

	@RegisterExtension
	CommentFixtures fixtures = new CommentFixtures();

	@Test
	void aCommentIsHeldThenShownToEveryoneOnceApproved() {
		var article = fixtures.article();
		Browser author = fixtures.reader();
		String body = "Très bon papier, merci " + System.nanoTime();

		var posted = fixtures.post(author, article.path(), "Camille", CommentFixtures.email(), body);
		assertThat(posted.status()).isEqualTo(303);
		assertThat(posted.location()).startsWith(article.path() + "?commentaire=held");
		long id = CommentFixtures.idFrom(posted);

		var authorView = author.get(posted.location());
		assertThat(authorView.text()).contains("attend la validation de la rédaction")
			.contains(body)
			.contains("En attente de modération");
		var stranger = fixtures.articlePage(fixtures.reader(), article);
		assertThat(stranger.text()).doesNotContain(body).contains("Aucun commentaire");

		fixtures.approve(id);

		var page = fixtures.articlePage(fixtures.reader(), article);
		assertThat(page.html().select("#commentaire-" + id + " .comment-body").text()).isEqualTo(body);
		assertThat(page.html().select("#commentaire-" + id + " .comment-author").text()).isEqualTo("Camille");
		assertThat(page.text()).contains("1 commentaire").doesNotContain("En attente de modération");
	}

	@Test
	void theEmailIsNeverShownNorGivenByTheApi() {
		var article = fixtures.article();
		String email = CommentFixtures.email();
		var posted = fixtures.post(fixtures.reader(), article.path(), "Dominique", email,
				"Mon avis " + System.nanoTime());
		fixtures.approve(CommentFixtures.idFrom(posted));

		assertThat(fixtures.articlePage(fixtures.reader(), article).body()).contains("Dominique").doesNotContain(email);
		assertThat(new Browser(fixtures.port())
			.get("/api/content/articles/" + article.id() + "/comments", Map.of("Accept", "application/json"))
			.body()).contains("Dominique")
			.doesNotContain(email)
			.doesNotContain("\"ip\"")
			.doesNotContain("@example.org");
	}

	@Test
	void badInputShowsTheFormAgainWithAFrenchMessageAndEverythingTyped() {
		var article = fixtures.article();
		Browser reader = fixtures.reader();

		var empty = fixtures.post(reader, article.path(), "Léa", "lea@example.org", "   ");
		assertThat(empty.status()).isEqualTo(422);
		assertThat(empty.html().select("#comment-body-error").text()).isEqualTo("Votre commentaire est vide.");
		assertThat(empty.html().select("#comment-name").val()).isEqualTo("Léa");
		assertThat(empty.html().select("#comment-email").val()).isEqualTo("lea@example.org");
		assertThat(empty.html().select("article h1").text()).startsWith("Un article à commenter");

		String tooLong = "é".repeat(2001);
		var longOne = fixtures.post(reader, article.path(), "Léa", "lea@example.org", tooLong);
		assertThat(longOne.status()).isEqualTo(422);
		assertThat(longOne.html().select("#comment-body-error").text()).contains("dépasse 2 000 caractères");
		assertThat(longOne.html().select("#comment-body").text()).isEqualTo(tooLong);

		String typed = "Texte <b>gardé</b> & \"cité\" " + System.nanoTime();
		var badEmail = fixtures.post(reader, article.path(), "Léa", "pas-une-adresse", typed);
		assertThat(badEmail.status()).isEqualTo(422);
		assertThat(badEmail.html().select("#comment-email-error").text())
			.isEqualTo("Cette adresse e-mail n’est pas valide.");
		assertThat(badEmail.html().select("#comment-body").text()).isEqualTo(typed);
		assertThat(badEmail.html().select("#comment-email").val()).isEqualTo("pas-une-adresse");

		var noName = fixtures.post(reader, article.path(), "", "lea@example.org", "Un texte " + System.nanoTime());
		assertThat(noName.status()).isEqualTo(422);
		assertThat(noName.html().select("#comment-name-error").text()).isEqualTo("Indiquez votre nom.");

		assertThat(fixtures.moderation().queue("all", article.id())).isEmpty();
	}

	@Test
	void exactly2000CharactersIsAccepted() {
		var article = fixtures.article();
		var posted = fixtures.post(fixtures.reader(), article.path(), "Léa", CommentFixtures.email(),
				System.nanoTime() + "x".repeat(2000 - String.valueOf(System.nanoTime()).length()));
		assertThat(posted.status()).isEqualTo(303);
	}

	@Test
	void repliesHangOneLevelDeepUnderTheCommentTheyAnswer() {
		var article = fixtures.article();
		long first = CommentFixtures.idFrom(fixtures.post(fixtures.reader(), article.path(), "Anne",
				CommentFixtures.email(), "Premier " + System.nanoTime()));
		fixtures.approve(first);

		Browser replier = fixtures.reader();
		var form = replier.get(article.path() + "?reponse=" + first);
		assertThat(form.text()).contains("En réponse à Anne");
		long reply = CommentFixtures.idFrom(fixtures.post(replier, article.path() + "?reponse=" + first,
				Map.of("name", "Bruno", "email", CommentFixtures.email(), "body", "Réponse " + System.nanoTime())));
		fixtures.approve(reply);
		long replyToReply = CommentFixtures.idFrom(fixtures.post(fixtures.reader(), article.path(),
				Map.of("name", "Chloé", "email", CommentFixtures.email(), "body", "Et moi " + System.nanoTime(),
						"parentId", String.valueOf(reply))));
		fixtures.approve(replyToReply);

		var page = fixtures.reader().get(article.path());
		assertThat(page.html().select(".comment-list > li").eachAttr("id")).containsExactly("commentaire-" + first);
		assertThat(page.html().select("#commentaire-" + first + " > .comment-replies > li").eachAttr("id"))
			.containsExactly("commentaire-" + reply, "commentaire-" + replyToReply);
		assertThat(page.text()).contains("3 commentaires");
	}

	@Test
	void reportsSendAPublishedCommentBackToModerationAtTheThreshold() {
		var article = fixtures.article();
		String body = "Un avis discuté " + System.nanoTime();
		long id = CommentFixtures
			.idFrom(fixtures.post(fixtures.reader(), article.path(), "Élise", CommentFixtures.email(), body));
		fixtures.approve(id);

		Browser first = fixtures.reader();
		var reported = first.submit(article.path(), "#commentaire-" + id + " form.comment-report", Map.of());
		assertThat(reported.status()).isEqualTo(303);
		assertThat(first.get(reported.location()).text()).contains("votre signalement a été transmis");
		// The same reader reporting again does not count twice.
		first.submit(article.path(), "#commentaire-" + id + " form.comment-report", Map.of());
		fixtures.reader().submit(article.path(), "#commentaire-" + id + " form.comment-report", Map.of());
		assertThat(fixtures.reader().get(article.path()).text()).contains(body);

		fixtures.reader().submit(article.path(), "#commentaire-" + id + " form.comment-report", Map.of());

		assertThat(fixtures.articlePage(fixtures.reader(), article).text()).doesNotContain(body);
		assertThat(fixtures.moderation().queue("reported", article.id())).extracting(Comment::id).containsExactly(id);
		assertThat(fixtures.moderation().queue("pending", article.id())).extracting(Comment::id).containsExactly(id);

		fixtures.approve(id);
		assertThat(fixtures.reader().get(article.path()).text()).contains(body);
	}

	@Test
	void anEditorCanCloseAndReopenAnArticlesComments() {
		var article = fixtures.article();
		fixtures.moderation().close(article.id(), true);

		var page = fixtures.reader().get(article.path());
		assertThat(page.text()).contains("Les commentaires sont fermés pour cet article.");
		assertThat(page.html().select("form.comment-form")).isEmpty();
		var forced = fixtures.reader()
			.post("/comments/" + article.id(), Map.of("name", "X", "email", "x@example.org", "body", "Quand même"));
		assertThat(forced.status()).isIn(403, 422);

		fixtures.moderation().close(article.id(), false);
		assertThat(fixtures.reader().get(article.path()).html().select("form.comment-form")).hasSize(1);
	}

	@Test
	void commentsCloseByThemselvesThirtyDaysAfterPublication() {
		var old = fixtures.article(Instant.now().minus(31, ChronoUnit.DAYS));
		var recent = fixtures.article(Instant.now().minus(29, ChronoUnit.DAYS));

		var oldPage = fixtures.reader().get(old.path());
		assertThat(oldPage.text()).contains("Les commentaires sont fermés pour cet article.");
		assertThat(oldPage.html().select("form.comment-form")).isEmpty();
		var refused = fixtures.post(fixtures.reader(), recent.path(), "Paul", CommentFixtures.email(),
				"Ouvert " + System.nanoTime());
		assertThat(refused.status()).isEqualTo(303);

		// An editor may reopen an old article: the choice beats the calendar.
		fixtures.moderation().close(old.id(), false);
		assertThat(fixtures.reader().get(old.path()).html().select("form.comment-form")).hasSize(1);
	}

	@Test
	void theContentApiListsApprovedCommentsOnly() {
		var article = fixtures.article();
		String shown = "Publié " + System.nanoTime();
		String held = "Retenu " + System.nanoTime();
		long id = CommentFixtures
			.idFrom(fixtures.post(fixtures.reader(), article.path(), "Hugo", CommentFixtures.email(), shown));
		fixtures.post(fixtures.reader(), article.path(), "Inès", CommentFixtures.email(), held);
		fixtures.approve(id);

		var api = new Browser(fixtures.port()).get("/api/content/articles/" + article.id() + "/comments",
				Map.of("Accept", "application/json"));
		assertThat(api.status()).isEqualTo(200);
		assertThat(api.header("Content-Type")).startsWith("application/json");
		assertThat(api.body()).contains("\"count\":1")
			.contains(shown)
			.doesNotContain(held)
			.contains("\"author\":\"Hugo\"");

		var missing = new Browser(fixtures.port()).get("/api/content/articles/999999999/comments",
				Map.of("Accept", "application/json"));
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
		assertThat(missing.body()).contains("\"status\":404");
	}

	@Test
	void theModerationQueueIsNotForReaders() {
		var page = new Browser(fixtures.port()).get("/newsroom/comments");
		assertThat(page.status()).isNotEqualTo(200);
		var post = new Browser(fixtures.port()).post("/newsroom/comments", Map.of("action", "approve", "ids", "1"));
		assertThat(post.status()).isIn(302, 403);
	}

	@Test
	void newsroomRepliesArePublishedAtOnceAndMarked() {
		var article = fixtures.article();
		long id = CommentFixtures.idFrom(fixtures.post(fixtures.reader(), article.path(), "Jules",
				CommentFixtures.email(), "Une question " + System.nanoTime()));
		fixtures.approve(id);
		long reply = fixtures.moderation().reply(id, "Merci de votre question.", null);

		var page = fixtures.reader().get(article.path());
		assertThat(page.html().select("#commentaire-" + reply + ".comment-newsroom .comment-author").text())
			.isEqualTo("La rédaction");
		assertThat(page.html().select("#commentaire-" + id + " .comment-replies li")).hasSize(1);
	}

	@Test
	void bulkActionsApproveSeveralAtOnce() {
		var article = fixtures.article();
		long a = CommentFixtures.idFrom(fixtures.post(fixtures.reader(), article.path(), "K", CommentFixtures.email(),
				"Un " + System.nanoTime()));
		long b = CommentFixtures.idFrom(fixtures.post(fixtures.reader(), article.path(), "L", CommentFixtures.email(),
				"Deux " + System.nanoTime()));
		long c = CommentFixtures.idFrom(fixtures.post(fixtures.reader(), article.path(), "M", CommentFixtures.email(),
				"Trois " + System.nanoTime()));

		assertThat(fixtures.moderation().apply(Moderation.Action.APPROVE, List.of(a, b))).isEqualTo(2);
		fixtures.moderation().apply(Moderation.Action.SPAM, List.of(c));

		assertThat(fixtures.moderation().queue("approved", article.id())).extracting(Comment::id)
			.containsExactlyInAnyOrder(a, b);
		assertThat(fixtures.moderation().queue("spam", article.id())).extracting(Comment::id).containsExactly(c);
		assertThat(fixtures.reader().get(article.path()).text()).contains("2 commentaires");
	}

}
