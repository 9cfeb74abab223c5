package org.kiosque.newsletter;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;

@KiosqueTest
class SubscribingTests {

	@RegisterExtension
	NewsletterBeans newsletter = new NewsletterBeans();

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	void theBoxIsOnEveryPageWithOneEmailFieldAndStartsNoSession() {
		var home = new Browser(newsletter.port()).get("/");
		var box = home.html().selectFirst("aside section.newsletter form");
		assertThat(box).isNotNull();
		assertThat(home.html().select("aside section.newsletter h2").text()).isEqualTo("Inscription à la newsletter");
		assertThat(box.attr("action")).isEqualTo("/newsletter/subscribe");
		assertThat(box.select("input:not([type=hidden])")).hasSize(1);
		assertThat(box.select("input[name=email]")).hasSize(1);
		// The box is on every page: it must not turn anonymous views into sessions.
		assertThat(home.header("Set-Cookie")).isNull();
		var missing = new Browser(newsletter.port()).get("/article/nothing-here-" + System.nanoTime());
		assertThat(missing.html().select("aside section.newsletter input[name=email]")).hasSize(1);
	}

	@Test
	void aReaderConfirmsByTheLinkInTheMailAndGetsNothingElseBefore() throws Exception {
		String email = Fixtures.address("double-opt-in");
		Browser reader = new Browser(newsletter.port());

		var answer = reader.submit("/", "aside form.newsletter-form", Map.of("email", email));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).isEqualTo("/newsletter/merci");
		assertThat(reader.get("/newsletter/merci").text()).contains("Vérifiez votre boîte aux lettres");

		MimeMessage confirmation = Mailbox.await(email, 1).get(0);
		Mailbox.assertComplete(confirmation, "localhost");
		assertThat(((InternetAddress) confirmation.getFrom()[0]).getAddress()).isEqualTo("newsletter@localhost");
		assertThat(Fixtures.header(confirmation, "List-Unsubscribe")).contains("/newsletter/unsubscribe/")
			.contains("mailto:");
		assertThat(Fixtures.header(confirmation, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
		assertThat(newsletter.register().byEmail(email).orElseThrow().status()).isEqualTo(SubscriberStatus.PENDING);

		// An edition goes out while the address is unconfirmed: nothing reaches it.
		Fixtures.article(newsletter.newsdesk(), "Avant confirmation " + System.nanoTime());
		Edition edition = newsletter.editions().now().orElseThrow();
		Fixtures.awaitSent(newsletter.deliveries(), edition.id());
		assertThat(Mailbox.to(email)).hasSize(1);

		String link = Mailbox.link(confirmation, "newsletter/confirm/");
		var confirmPage = reader.get(link);
		assertThat(confirmPage.status()).isEqualTo(200);
		var confirmed = confirmPage.submit(reader, "form.newsletter-confirm", Map.of());
		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(confirmed.text()).contains("Inscription confirmée");
		assertThat(newsletter.register().byEmail(email).orElseThrow().status()).isEqualTo(SubscriberStatus.CONFIRMED);

		// Single use: the same link no longer works.
		assertThat(reader.get(link).status()).isEqualTo(410);
		assertThat(new Browser(newsletter.port())
			.submit("/newsletter", "main form.newsletter-form", Map.of("email", email))
			.status()).isEqualTo(302);

		Fixtures.article(newsletter.newsdesk(), "Après confirmation " + System.nanoTime());
		Edition next = newsletter.editions().now().orElseThrow();
		Fixtures.awaitSent(newsletter.deliveries(), next.id());
		assertThat(Fixtures.copies(email, next.id())).hasSize(1);
	}

	@Test
	void subscribingAgainAnswersLikeTheFirstTimeAndMakesNoDuplicate() {
		String fresh = Fixtures.address("nouveau");
		String known = Fixtures.address("deja-inscrit");
		Fixtures.confirmed(newsletter.register(), known);

		var first = new Browser(newsletter.port()).submit("/", "aside form.newsletter-form", Map.of("email", fresh));
		var again = new Browser(newsletter.port()).submit("/", "aside form.newsletter-form",
				Map.of("email", fresh.toUpperCase()));
		var subscribed = new Browser(newsletter.port()).submit("/", "aside form.newsletter-form",
				Map.of("email", known));

		for (var answer : new Browser.Page[] { first, again, subscribed }) {
			assertThat(answer.status()).isEqualTo(302);
			assertThat(answer.location()).isEqualTo("/newsletter/merci");
			assertThat(answer.body()).isEqualTo(first.body());
		}
		assertThat(newsletter.register().search(fresh, 10)).hasSize(1);
		assertThat(newsletter.register().search(known, 10)).hasSize(1);
		assertThat(newsletter.register().byEmail(known).orElseThrow().status()).isEqualTo(SubscriberStatus.CONFIRMED);
		Mailbox.await(fresh, 2);
	}

	@Test
	void aMistypedAddressGetsAClearMessageAndKeepsWhatWasTyped() {
		var answer = new Browser(newsletter.port()).submit("/", "aside form.newsletter-form",
				Map.of("email", "jean.dupont@exemple"));
		assertThat(answer.status()).isEqualTo(422);
		var form = answer.html().selectFirst("main form.newsletter-form");
		assertThat(form.select("input[name=email]").val()).isEqualTo("jean.dupont@exemple");
		assertThat(form.select("[role=alert]").text()).contains("Cette adresse électronique n’est pas valide");
		assertThat(form.select("input[name=email]").attr("aria-invalid")).isEqualTo("true");
		assertThat(newsletter.register().search("jean.dupont@exemple", 10)).isEmpty();
	}

	@Test
	void aForgedSubscriptionWithoutThePagesTokenIsRefusedAndMailsNobody() {
		String email = Fixtures.address("force");
		var answer = new Browser(newsletter.port()).post("/newsletter/subscribe", Map.of("email", email));
		assertThat(answer.status()).isEqualTo(403);
		assertThat(newsletter.register().byEmail(email)).isEmpty();
		assertThat(Mailbox.to(email)).isEmpty();
	}

	@Test
	void theBoxCarriesATokenYetSetsNoCookieSoPagesStayCacheable() {
		var home = new Browser(newsletter.port()).get("/");
		assertThat(home.html().select("form.newsletter-form input[name=_csrf]").val()).isNotBlank();
		assertThat(home.response().headers().allValues("Set-Cookie")).isEmpty();
	}

	@Test
	void closingTheAccountEndsTheSubscription() throws Exception {
		String email = Fixtures.address("compte-ferme");
		Fixtures.confirmed(newsletter.register(), email);
		new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(
				status -> events.publishEvent(new org.kiosque.account.AccountClosed(System.nanoTime(), email)));
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(newsletter.register().byEmail(email).orElseThrow().status())
				.isEqualTo(SubscriberStatus.UNSUBSCRIBED));
	}

}
