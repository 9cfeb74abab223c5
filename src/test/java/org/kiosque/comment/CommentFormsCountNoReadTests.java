package org.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;

/**
 * Only a reader opening an article counts a read: not the page shown again with a refused
 * comment form, nor the page each comment form's redirect lands on. The readers here keep
 * no read cookie (a browser that refuses cookies), so that the repeat window cannot hide
 * a read counted where none should be.
 */
@KiosqueTest
class CommentFormsCountNoReadTests {

	static final String ROBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

	@RegisterExtension
	CommentFixtures fixtures = new CommentFixtures();

	@Test
	void aRefusedCommentAndTheLandingOfEachCommentFormCountNoReadWhileAViewStillCounts() {
		Newsdesk.Written article = fixtures.article();
		assertThat(reads(article)).isEqualTo("0");

		Browser reader = fixtures.reader();
		Browser.Page page = fixtures.articlePage(reader, article);
		assertThat(reads(article)).as("a reader opening the article").isEqualTo("1");

		reader.clearCookies();
		Browser.Page refused = page.submit(reader, "form.comment-form",
				Map.of("name", "Léa", "email", "lea@example.org", "body", "   "));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.html().select("#comment-body-error").text()).isEqualTo("Votre commentaire est vide.");
		assertThat(refused.html().select("#comment-name").val()).isEqualTo("Léa");
		assertThat(refused.html().select("link[rel=canonical]").attr("href")).endsWith(article.path());
		assertThat(reads(article)).as("after a refused comment").isEqualTo("1");

		reader.clearCookies();
		// Filled in like a reader who took their time, so that it is held, not taken for
		// a robot.
		Browser.Page held = page.submit(reader, "form.comment-form",
				Map.of("name", "Léa", "email", "lea@example.org", "body", "Un avis posé " + System.nanoTime(), "stamp",
						fixtures.signatures().stamp(Instant.now().minus(10, ChronoUnit.SECONDS))));
		assertThat(held.location()).startsWith(article.path() + "?commentaire=held");
		reader.clearCookies();
		assertThat(reader.get(held.location()).text()).contains("attend la validation de la rédaction");
		assertThat(reads(article)).as("after the landing of a held comment").isEqualTo("1");

		long id = CommentFixtures.idFrom(held);
		fixtures.approve(id);
		Browser other = fixtures.reader();
		Browser.Page seen = fixtures.articlePage(other, article);
		assertThat(reads(article)).as("another reader opening the article").isEqualTo("2");
		other.clearCookies();
		Browser.Page reported = seen.submit(other, "#commentaire-" + id + " form.comment-report", Map.of());
		assertThat(reported.location()).contains("?commentaire=reported");
		other.clearCookies();
		assertThat(other.get(reported.location()).text()).contains("votre signalement a été transmis");
		assertThat(reads(article)).as("after the landing of a report").isEqualTo("2");

		Browser third = fixtures.reader();
		fixtures.articlePage(third, article);
		assertThat(reads(article)).as("a third reader opening the article").isEqualTo("3");
	}

	/** The count the page prints, as a robot (never counted) sees it. */
	/** The count in the page's read line ({@code Nombre de lectures : 3 fois}). */
	private String reads(Newsdesk.Written article) {
		Browser robot = new Browser(fixtures.port()).userAgent(ROBOT);
		return robot.get(article.path()).html().select(".read-count").text().replaceAll("\\D", "");
	}

}
