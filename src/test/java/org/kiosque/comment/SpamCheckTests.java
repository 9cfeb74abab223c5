package org.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;

/** Each defence on its own, through the real form. */
@KiosqueTest
class SpamCheckTests {

	@RegisterExtension
	CommentFixtures fixtures = new CommentFixtures();

	@Test
	void aFilledHoneypotIsAnsweredLikeAHeldCommentButNothingIsStored() {
		var article = fixtures.article();
		Browser robot = fixtures.reader();
		var page = fixtures.articlePage(robot, article);
		assertThat(page.html().select("form.comment-form .hp input[name=website]")).hasSize(1);
		assertThat(page.body()).doesNotContain("style=");

		var posted = fixtures.post(robot, article.path(), Map.of("name", "Bot", "email", CommentFixtures.email(),
				"body", "Achetez " + System.nanoTime(), "website", "http://spam.example"));

		assertThat(posted.status()).isEqualTo(303);
		assertThat(posted.location()).contains("commentaire=held");
		assertThat(fixtures.moderation().queue("all", article.id())).isEmpty();
	}

	@Test
	void aFormSentAtOnceIsRefusedAsTooFastAndKeepsTheText() {
		var article = fixtures.article();
		Browser reader = fixtures.reader();
		String body = "Écrit en un éclair " + System.nanoTime();
		// The real stamp the page gave, sent back at once.
		var posted = reader.submit(article.path(), "form.comment-form",
				Map.of("name", "Rapide", "email", CommentFixtures.email(), "body", body));

		assertThat(posted.status()).isEqualTo(422);
		assertThat(posted.html().select("#comment-form-error").text()).contains("trop vite");
		assertThat(posted.html().select("#comment-body").text()).isEqualTo(body);
		assertThat(fixtures.moderation().queue("all", article.id())).isEmpty();
	}

	@Test
	void aForgedStampIsRefused() {
		var article = fixtures.article();
		String old = String.valueOf(java.time.Instant.now().minusSeconds(60).getEpochSecond());
		var posted = fixtures.post(fixtures.reader(), article.path(), Map.of("name", "Faussaire", "email",
				CommentFixtures.email(), "body", "Texte " + System.nanoTime(), "stamp", old + ".forged"));
		assertThat(posted.status()).isEqualTo(422);
		assertThat(posted.html().select("#comment-form-error").text()).contains("expiré");
	}

	@Test
	void oneAddressMayPostFiveCommentsAMinuteNotSix() {
		var article = fixtures.article();
		Browser reader = fixtures.reader();
		for (int i = 0; i < 5; i++) {
			var ok = fixtures.post(reader, article.path(), "Bavard", CommentFixtures.email(),
					"Message " + i + " " + System.nanoTime());
			assertThat(ok.status()).as("comment %d", i + 1).isEqualTo(303);
		}
		var sixth = fixtures.post(reader, article.path(), "Bavard", CommentFixtures.email(),
				"Encore " + System.nanoTime());
		assertThat(sixth.status()).isEqualTo(422);
		assertThat(sixth.html().select("#comment-form-error").text()).contains("trop de commentaires");

		// Another address is not held back.
		assertThat(fixtures
			.post(fixtures.reader(), article.path(), "Autre", CommentFixtures.email(), "Bonjour " + System.nanoTime())
			.status()).isEqualTo(303);
	}

	@Test
	void oneEmailMayPostFiveCommentsAMinuteFromAnyAddress() {
		var article = fixtures.article();
		String email = CommentFixtures.email();
		for (int i = 0; i < 5; i++) {
			assertThat(fixtures
				.post(fixtures.reader(), article.path(), "Nomade", email,
						"Depuis ailleurs " + i + " " + System.nanoTime())
				.status()).isEqualTo(303);
		}
		var sixth = fixtures.post(fixtures.reader(), article.path(), "Nomade", email, "Encore " + System.nanoTime());
		assertThat(sixth.status()).isEqualTo(422);
		assertThat(sixth.html().select("#comment-form-error").text()).contains("trop de commentaires");
	}

	@Test
	void theSameCommentTwiceIsRefused() {
		var article = fixtures.article();
		String body = "Je le dis et je le répète " + System.nanoTime();
		assertThat(fixtures.post(fixtures.reader(), article.path(), "Écho", CommentFixtures.email(), body).status())
			.isEqualTo(303);

		var again = fixtures.post(fixtures.reader(), article.path(), "Écho", CommentFixtures.email(),
				"  " + body.toUpperCase() + "  ");
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.html().select("#comment-body-error").text()).isEqualTo("Ce commentaire a déjà été envoyé.");
	}

	@Test
	void moreThanTwoLinksAreRefused() {
		var article = fixtures.article();
		var two = fixtures.post(fixtures.reader(), article.path(), "Sources", CommentFixtures.email(),
				"Voir https://a.example/1 et https://b.example/2 " + System.nanoTime());
		assertThat(two.status()).isEqualTo(303);

		var three = fixtures.post(fixtures.reader(), article.path(), "Pub", CommentFixtures.email(),
				"https://a.example http://b.example www.c.example " + System.nanoTime());
		assertThat(three.status()).isEqualTo(422);
		assertThat(three.html().select("#comment-body-error").text()).contains("trop de liens");
	}

	@Test
	void aBlockedWordSendsTheCommentToSpamWhileItsAuthorSeesItHeld() {
		var article = fixtures.article();
		String word = "viagrix" + System.nanoTime();
		fixtures.moderation().blockedWords(word + "\ncasino en ligne");
		Browser author = fixtures.reader();

		var posted = fixtures.post(author, article.path(), "Vendeur", CommentFixtures.email(),
				"Essayez le " + word.toUpperCase() + " maintenant !");

		assertThat(posted.status()).isEqualTo(303);
		long id = CommentFixtures.idFrom(posted);
		assertThat(fixtures.moderation().queue("spam", article.id())).extracting(Comment::id).containsExactly(id);
		assertThat(author.get(posted.location()).text()).contains("En attente de modération");

		var phrase = fixtures.post(fixtures.reader(), article.path(), "Joueur", CommentFixtures.email(),
				"Le Casino en ligne, c’est ici " + System.nanoTime());
		assertThat(fixtures.moderation().queue("spam", article.id())).extracting(Comment::id)
			.contains(CommentFixtures.idFrom(phrase));
		fixtures.moderation().blockedWords("");
	}

	@Test
	void bannedEmailsAndAddressesGetTheSameGenericRefusal() {
		var article = fixtures.article();
		String email = CommentFixtures.email();
		fixtures.moderation().ban("EMAIL", email.toUpperCase());
		var byEmail = fixtures.post(fixtures.reader(), article.path(), "Banni", email, "Texte " + System.nanoTime());
		assertThat(byEmail.status()).isEqualTo(422);
		assertThat(byEmail.html().select("#comment-form-error").text())
			.isEqualTo("Votre commentaire n’a pas pu être accepté.");

		String address = CommentFixtures.address();
		fixtures.moderation().ban("IP", address);
		var byAddress = fixtures.post(new Browser(fixtures.port()).from(address), article.path(), "Banni",
				CommentFixtures.email(), "Texte " + System.nanoTime());
		assertThat(byAddress.status()).isEqualTo(422);
		assertThat(byAddress.html().select("#comment-form-error").text())
			.isEqualTo("Votre commentaire n’a pas pu être accepté.");

		fixtures.moderation().unban("IP", address);
		assertThat(fixtures
			.post(new Browser(fixtures.port()).from(address), article.path(), "Gracié", CommentFixtures.email(),
					"Merci " + System.nanoTime())
			.status()).isEqualTo(303);
	}

	@Test
	void banningFromTheQueueMarksTheCommentAsSpam() {
		var article = fixtures.article();
		String email = CommentFixtures.email();
		long id = CommentFixtures.idFrom(
				fixtures.post(fixtures.reader(), article.path(), "Troll", email, "Provocation " + System.nanoTime()));
		fixtures.moderation().ban("EMAIL", email);
		fixtures.moderation().apply(Moderation.Action.SPAM, java.util.List.of(id));

		assertThat(fixtures.moderation().bans()).extracting(CommentRepository.Ban::value).contains(email);
		assertThat(fixtures.moderation().queue("spam", article.id())).extracting(Comment::id).containsExactly(id);
	}

}
