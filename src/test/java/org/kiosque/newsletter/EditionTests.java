package org.kiosque.newsletter;

import org.kiosque.site.MailTokens;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.media.PictureRef;
import org.kiosque.media.Pictures;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.kiosque.support.SamplePictures;
import org.springframework.beans.factory.annotation.Autowired;

@KiosqueTest
class EditionTests {

	@RegisterExtension
	NewsletterBeans newsletter = new NewsletterBeans();

	@Test
	void theEditionListsNewArticlesInHtmlAndTextWithOneClickUnsubscribe() throws Exception {
		String email = Fixtures.address("edition");
		Subscriber subscriber = Fixtures.confirmed(newsletter.register(), email);
		String headline = "Le conseil municipal vote le budget " + System.nanoTime();
		Newsdesk.Written article = Fixtures.article(newsletter.newsdesk(), headline);

		Edition edition = newsletter.editions().now().orElseThrow();
		Fixtures.awaitSent(newsletter.deliveries(), edition.id());
		MimeMessage mail = Fixtures.copies(email, edition.id()).get(0);

		assertThat(mail.getSubject()).startsWith("Kiosque – l’édition du ");
		Mailbox.assertComplete(mail, "localhost");
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("newsletter@localhost");
		assertThat(mail.getMessageID()).isEqualTo("<edition-" + edition.id() + "." + subscriber.id() + "@localhost>");
		assertThat(mail.isMimeType("multipart/alternative")).isTrue();
		Multipart parts = (Multipart) mail.getContent();
		String text = (String) parts.getBodyPart(0).getContent();
		String html = (String) parts.getBodyPart(1).getContent();
		assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
		assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();

		String unsubscribe = "/newsletter/unsubscribe/" + subscriber.unsubscribeToken();
		assertThat(text).contains(headline)
			.contains("Le chapeau de « " + headline + " ».")
			.contains(article.path())
			.contains(unsubscribe);
		assertThat(html).contains(headline)
			.contains("Le chapeau de « " + headline + " ».")
			.containsPattern("href=\"http://[^\"]+" + article.path() + "\"")
			.containsPattern("<img src=\"http://[^\"]+/media/photo-")
			.contains(unsubscribe);
		assertThat(Fixtures.header(mail, "List-Unsubscribe"))
			.matches("<http://[^>]+" + unsubscribe + ">, <mailto:[^>]+>");
		assertThat(Fixtures.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
	}

	@Test
	void oneClickFromTheMailClientUnsubscribesAtOnceWithoutSignInOrToken() {
		String email = Fixtures.address("un-clic");
		Subscriber subscriber = Fixtures.confirmed(newsletter.register(), email);
		String link = "/newsletter/unsubscribe/" + subscriber.unsubscribeToken();

		var page = new Browser(newsletter.port()).get(link);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.html().select("main button")).hasSize(1);
		assertThat(newsletter.register().byEmail(email).orElseThrow().status()).isEqualTo(SubscriberStatus.CONFIRMED);

		// What a mail client sends for RFC 8058: a bare POST, no cookie, no CSRF token.
		var answer = new Browser(newsletter.port()).post(link, Map.of("List-Unsubscribe", "One-Click"));
		assertThat(answer.status()).isEqualTo(200);
		assertThat(newsletter.register().byEmail(email).orElseThrow().status())
			.isEqualTo(SubscriberStatus.UNSUBSCRIBED);

		Fixtures.article(newsletter.newsdesk(), "Après le départ " + System.nanoTime());
		Edition edition = newsletter.editions().now().orElseThrow();
		Fixtures.awaitSent(newsletter.deliveries(), edition.id());
		assertThat(Mailbox.to(email)).isEmpty();
		assertThat(
				new Browser(newsletter.port()).post("/newsletter/unsubscribe/" + MailTokens.fresh(), Map.of()).status())
			.isEqualTo(404);
	}

	@Test
	void withNothingNewThereIsNoEdition() {
		Fixtures.article(newsletter.newsdesk(), "Une dernière nouvelle " + System.nanoTime());
		assertThat(newsletter.editions().now()).isPresent();
		assertThat(newsletter.editions().now()).isEmpty();
		assertThat(newsletter.editions().daily(LocalDate.of(2200, 1, 1).plusDays(System.nanoTime() % 30_000)))
			.isEmpty();
	}

	@Test
	void theDailyEditionIsMadeOnceWhenSeveralNodesTryAtTheSameMoment() throws Exception {
		String email = Fixtures.address("quotidienne");
		Fixtures.confirmed(newsletter.register(), email);
		Fixtures.article(newsletter.newsdesk(), "Le matin " + System.nanoTime());
		LocalDate day = LocalDate.of(2300, 1, 1).plusDays(System.nanoTime() % 30_000);

		List<Callable<Optional<Edition>>> nodes = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			nodes.add(() -> newsletter.editions().daily(day));
		}
		List<Edition> made = new ArrayList<>();
		try (var pool = Executors.newFixedThreadPool(4)) {
			for (Future<Optional<Edition>> f : pool.invokeAll(nodes)) {
				f.get().ifPresent(made::add);
			}
		}
		assertThat(made).hasSize(1);
		Fixtures.awaitSent(newsletter.deliveries(), made.get(0).id());
		assertThat(Fixtures.copies(email, made.get(0).id())).hasSize(1);
		assertThat(newsletter.editions().daily(day)).isEmpty();
	}

	@Test
	void anAlertAboutOneArticleGoesOnce() throws Exception {
		String email = Fixtures.address("alerte");
		Fixtures.confirmed(newsletter.register(), email);
		String headline = "Séisme en mer Égée " + System.nanoTime();
		Newsdesk.Written article = Fixtures.article(newsletter.newsdesk(), headline);

		Edition alert = newsletter.editions().alert(article.id()).orElseThrow();
		assertThat(newsletter.editions().alert(article.id())).isEmpty();
		Fixtures.awaitSent(newsletter.deliveries(), alert.id());
		MimeMessage mail = Fixtures.copies(email, alert.id()).get(0);
		assertThat(mail.getSubject()).isEqualTo("Alerte : " + headline);
		assertThat(Fixtures.parts(mail)).contains(headline);
	}

	@Autowired
	Pictures pictures;

	@Test
	void anAlertShowsTheLibraryPictureInItsWideCrop() throws Exception {
		String email = Fixtures.address("alerte-photo");
		Fixtures.confirmed(newsletter.register(), email);
		PictureRef picture = pictures.upload("alerte.jpg", SamplePictures.jpeg(2000, 1500), null);
		String headline = "Crue de l’oued Chélif " + System.nanoTime();
		Newsdesk.Written article = newsletter.newsdesk()
			.create(new ArticleDraft(headline, "Un chapeau.", "Le texte.", null, List.of(), null, null,
					new LeadImage(null, "L’oued en crue", null, picture.id(), null, false), ArticleStatus.PUBLISHED,
					java.time.Instant.now().minusSeconds(5), true, null), 0);

		Edition alert = newsletter.editions().alert(article.id()).orElseThrow();
		Fixtures.awaitSent(newsletter.deliveries(), alert.id());
		String parts = Fixtures.parts(Fixtures.copies(email, alert.id()).get(0));
		assertThat(parts).containsPattern("<img src=\"http://[^\"]+/media/" + picture.id() + "/" + picture.version()
				+ "/wide-1280\\.jpg\" alt=\"L’oued en crue\"");
	}

}
