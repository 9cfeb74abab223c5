package org.kiosque.comment;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.site.SavedSettings;
import org.kiosque.account.AccountClosed;
import org.kiosque.account.NewsroomAccess;
import org.kiosque.account.ReaderIdentity;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleCatalog;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@KiosqueTest
class ModerationMailAndAccountsTests {

	static final String DIGEST_TO = "moderation-digest@kiosque.test";

	@Autowired
	SavedSettings saved;

	@Autowired
	Conversations conversations;

	@Autowired
	ModeratorDigest digest;

	@Autowired
	CommentRepository repository;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	List<CommentCheck> checks;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	NewsroomAccess access;

	@RegisterExtension
	CommentFixtures fixtures = new CommentFixtures();

	@Test
	void editorsGetOneDigestForManyWaitingCommentsAndNoneWhenNothingIsNew() throws Exception {
		var article = fixtures.article();
		String first = "Premier en attente " + System.nanoTime();
		String second = "Second en attente " + System.nanoTime();
		fixtures.post(fixtures.reader(), article.path(), "Rose", CommentFixtures.email(), first);
		fixtures.post(fixtures.reader(), article.path(), "Yves", CommentFixtures.email(), second);
		long before = digests();

		assertThat(digest.send()).isTrue();

		// One copy arrives per recipient (every editor and admin that other tests made).
		for (int i = 0; i < 200 && digests() == before; i++) {
			Thread.onSpinWait();
			sleep();
		}
		MimeMessage mail = Mailbox.to(DIGEST_TO).getLast();
		String text = Mailbox.text(mail);
		assertThat(text).contains("Rose").contains("Yves").contains("/newsroom/comments");
		// A complete mail, from the site's sender (it had no From at all).
		Mailbox.assertComplete(mail, "localhost");
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("no-reply@localhost");
		assertThat(digest.send()).isFalse();
		assertThat(digests()).isEqualTo(before + 1);
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** Digests sent so far, each counted once whatever its number of recipients. */
	private static long digests() {
		return Mailbox.to(DIGEST_TO).stream().map(m -> {
			try {
				return m.getMessageID();
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).distinct().count();
	}

	@Test
	void aClosedAccountsCommentsStayWithoutTheirAuthor() {
		var article = fixtures.article();
		long n = System.nanoTime();
		ReaderIdentity leaving = new ReaderIdentity(n, "depart-" + n + "@example.org", "Madeleine " + n, Role.READER);
		String body = "Je pars mais mon avis reste " + n;
		var result = conversations.post(new Submission(article.id(), null, leaving.displayName(), leaving.email(), body,
				CommentFixtures.address(), fixtures.signatures().stamp(Instant.now().minusSeconds(10)), "", null,
				Instant.now()), leaving);
		long id = ((Conversations.Stored) result).id();
		fixtures.approve(id);

		transactions
			.executeWithoutResult(status -> events.publishEvent(new AccountClosed(leaving.id(), leaving.email())));

		await().atMost(Duration.ofSeconds(10)).until(() -> conversations.find(id).orElseThrow().authorName().isEmpty());
		Comment anonymised = conversations.find(id).orElseThrow();
		assertThat(anonymised.authorName()).isEmpty();
		assertThat(anonymised.authorEmail()).isEmpty();
		assertThat(anonymised.readerId()).isNull();
		var page = fixtures.articlePage(new Browser(fixtures.port()), article);
		assertThat(page.text()).contains(body).contains("Ancien lecteur").doesNotContain("Madeleine " + n);
	}

	@Test
	void postModerationPublishesAtOnceOnlyForReadersAlreadyApproved() {
		CommentSettings post = new CommentSettings("post", 2000, Duration.ofMinutes(15), 3, Duration.ofDays(30),
				Duration.ZERO, true, 0, 0, 2, true, true, List.of(), Duration.ofHours(1), "");
		Conversations postModerated = new Conversations(repository, catalog, post, checks, events, Clock.systemUTC(),
				access, new CommentPolicy(post, saved));
		var article = fixtures.article();
		String known = CommentFixtures.email();
		long earlier = CommentFixtures.idFrom(
				fixtures.post(fixtures.reader(), article.path(), "Habitué", known, "Déjà venu " + System.nanoTime()));

		assertThat(postModerated.admitted(known, null)).isFalse();
		fixtures.approve(earlier);
		assertThat(postModerated.admitted(known, null)).isTrue();
		assertThat(postModerated.admitted(known.toUpperCase(), null)).isTrue();
		assertThat(postModerated.admitted(CommentFixtures.email(), null)).isFalse();
		// With pre-moderation (this server's setting) nobody is admitted at once.
		assertThat(conversations.admitted(known, null)).isFalse();

		var result = postModerated.post(new Submission(article.id(), null, "Habitué", known,
				"De retour " + System.nanoTime(), CommentFixtures.address(),
				fixtures.signatures().stamp(Instant.now().minusSeconds(10)), "", null, Instant.now()), null);
		assertThat(result).isInstanceOfSatisfying(Conversations.Stored.class,
				stored -> assertThat(stored.status()).isEqualTo(CommentStatus.APPROVED));
	}

}
