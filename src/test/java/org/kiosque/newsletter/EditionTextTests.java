package org.kiosque.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.KiosqueTest;

/**
 * An edition's text is what the newsroom wrote: escaped once in the HTML part, as it is
 * in the plain-text part; a subject too long for a mail and its column is cut on a
 * character with an ellipsis, never refused.
 */
@KiosqueTest
class EditionTextTests {

	private static final String[] TWICE = { "&amp;amp;", "&amp;#39;", "&amp;#34;", "&amp;quot;", "&amp;lt;",
			"&amp;gt;" };

	@RegisterExtension
	NewsletterBeans newsletter = new NewsletterBeans();

	@Test
	void headlineAndStandfirstAreEscapedOnceInHtmlAndLeftAsTheyAreInText() throws Exception {
		String email = Fixtures.address("esperluette");
		Fixtures.confirmed(newsletter.register(), email);
		long n = System.nanoTime();
		String headline = "Procter & Gamble rachète \"l'usine\" <d'Oran> " + n;
		String standfirst = "Le groupe & l'État : « accord » <signé> " + n;
		publish(headline, standfirst);

		Edition edition = newsletter.editions().now().orElseThrow();
		Fixtures.awaitSent(newsletter.deliveries(), edition.id());
		Multipart parts = (Multipart) Fixtures.copies(email, edition.id()).get(0).getContent();
		String text = (String) parts.getBodyPart(0).getContent();
		String html = (String) parts.getBodyPart(1).getContent();

		assertThat(text).contains(headline).contains(standfirst).doesNotContain("&amp;", "&#39;", "&lt;");
		assertThat(html).contains("Procter &amp; Gamble").doesNotContain(TWICE);
		Document page = Jsoup.parse(html);
		assertThat(page.select("h2").eachText()).contains(headline);
		assertThat(page.select("p").eachText()).contains(standfirst);
	}

	@Test
	void anAlertAboutAHeadlineAsLongAsTheColumnIsSentWithASubjectCutOnACharacter() throws Exception {
		String email = Fixtures.address("alerte-longue");
		Fixtures.confirmed(newsletter.register(), email);
		String start = "Très long titre & " + System.nanoTime() + " ";
		String headline = start + "\uD83D\uDE00".repeat((300 - start.length()) / 2);
		Newsdesk.Written article = publish(headline, null);

		Edition alert = newsletter.editions().alert(article.id()).orElseThrow();
		Fixtures.awaitSent(newsletter.deliveries(), alert.id());
		MimeMessage mail = Fixtures.copies(email, alert.id()).get(0);

		String subject = mail.getSubject();
		assertThat(subject).startsWith("Alerte : " + start.strip()).endsWith("\uD83D\uDE00…");
		assertThat(subject.length()).isLessThanOrEqualTo(EditionWriter.SUBJECT);
		assertThat(subject).doesNotContain("\uFFFD", "?");
		assertThat(Fixtures.parts(mail)).contains(headline);
	}

	private Newsdesk.Written publish(String headline, String standfirst) {
		return newsletter.newsdesk()
			.create(new ArticleDraft(headline, standfirst, "Premier paragraphe & suite.", null, List.of(), null, null,
					new LeadImage(null, null, null), ArticleStatus.PUBLISHED, Instant.now(), true, null), 0);
	}

}
