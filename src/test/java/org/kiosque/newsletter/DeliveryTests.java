package org.kiosque.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.article.Newsdesk;
import org.kiosque.site.Postman;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.Mailbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;

@KiosqueTest
class DeliveryTests {

	@RegisterExtension
	NewsletterBeans newsletter = new NewsletterBeans();

	@Autowired
	Mailroom mailroom;

	@Autowired
	Postman postman;

	@Autowired
	JdbcClient jdbc;

	@Test
	void afterACrashMidEditionEveryoneHasOneCopyAndOnlyTheMessageInFlightGoesTwiceWithTheSameMessageId()
			throws Exception {
		List<String> readers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			readers.add(Fixtures.confirmed(newsletter.register(), Fixtures.address("panne-" + i)).email());
		}
		Fixtures.article(newsletter.newsdesk(), "Édition interrompue " + System.nanoTime());
		String crashedNode = "crashed-" + System.nanoTime();
		Edition edition;
		mailroom.pause();
		try {
			edition = newsletter.editions().now().orElseThrow();
			// The node that crashed had claimed the whole edition...
			List<DeliveryRepository.Claimed> claimed = newsletter.deliveries()
				.claim(crashedNode, null, 100_000, edition.id(), Instant.now());
			Map<String, DeliveryRepository.Claimed> ours = new ConcurrentHashMap<>();
			claimed.stream().filter(c -> readers.contains(c.email())).forEach(c -> ours.put(c.email(), c));
			assertThat(ours).hasSize(6);
			// ...sent and recorded the first two,
			assertThat(mailroom.deliver(ours.get(readers.get(0)))).isTrue();
			assertThat(mailroom.deliver(ours.get(readers.get(1)))).isTrue();
			// had the third accepted by the SMTP server, and died before recording it.
			postman.send(mailroom.message(ours.get(readers.get(2))));
			jdbc.sql("UPDATE delivery SET claimed_at = ? WHERE claimed_by = ?")
				.params(Instant.now().minusSeconds(3600).atOffset(ZoneOffset.UTC), crashedNode)
				.update();
		}
		finally {
			// Another node (or this one restarted) takes over.
			mailroom.recover();
			mailroom.resume();
		}
		Fixtures.awaitSent(newsletter.deliveries(), edition.id());

		for (int i = 0; i < readers.size(); i++) {
			List<MimeMessage> copies = Fixtures.copies(readers.get(i), edition.id());
			if (i == 2) {
				assertThat(copies).as("the message in flight at the crash").hasSize(2);
				assertThat(Fixtures.messageId(copies.get(0))).isEqualTo(Fixtures.messageId(copies.get(1)));
			}
			else {
				assertThat(copies).as(readers.get(i)).hasSize(1);
			}
		}
	}

	@Test
	void aTemporaryRefusalIsRetriedUntilTheMailGoesThrough() throws Exception {
		String email = Fixtures.address("greylist");
		Fixtures.confirmed(newsletter.register(), email);
		UserManager users = Mailbox.server().getUserManager();
		MessageDeliveryHandler normal = users.getMessageDeliveryHandler();
		AtomicInteger refusals = new AtomicInteger();
		// GreenMail answers "451 Requested action aborted" when delivery fails: twice for
		// this address.
		users.setMessageDeliveryHandler((message, to) -> {
			if (to.getEmail().equals(email) && refusals.getAndIncrement() < 2) {
				throw new IllegalStateException("mailbox busy, try later");
			}
			return normal.handle(message, to);
		});
		Edition edition;
		try {
			Fixtures.article(newsletter.newsdesk(), "Réessayer plus tard " + System.nanoTime());
			edition = newsletter.editions().now().orElseThrow();
			Fixtures.awaitSent(newsletter.deliveries(), edition.id());
		}
		finally {
			users.setMessageDeliveryHandler(normal);
		}
		assertThat(refusals.get()).isEqualTo(3);
		assertThat(Fixtures.copies(email, edition.id())).hasSize(1);
		var row = jdbc
			.sql("SELECT state, attempts FROM delivery d JOIN subscriber s ON s.id = d.subscriber_id "
					+ "WHERE d.edition_id = ? AND s.email = ?")
			.params(edition.id(), email)
			.query()
			.singleRow();
		assertThat(row.get("state")).isEqualTo("SENT");
		assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(3);
	}

	@Test
	void anAddressRefusedForGoodThreeTimesInARowStopsReceiving() throws Exception {
		String email = Fixtures.address("inconnu");
		Subscriber subscriber = Fixtures.confirmed(newsletter.register(), email);
		mailroom.pause();
		try {
			for (int i = 0; i < 3; i++) {
				Newsdesk.Written article = Fixtures.article(newsletter.newsdesk(),
						"Refus " + i + " " + System.nanoTime());
				Edition alert = newsletter.editions().alert(article.id()).orElseThrow();
				String claim = "refus-" + System.nanoTime();
				DeliveryRepository.Claimed delivery = newsletter.deliveries()
					.claim(claim, null, 100_000, alert.id(), Instant.now())
					.stream()
					.filter(c -> c.subscriberId() == subscriber.id())
					.findFirst()
					.orElseThrow();
				// What Spring's mail sender throws when the server answers 550 to RCPT
				// TO.
				var refusal = new SMTPAddressFailedException(new InternetAddress(email), "RCPT TO", 550,
						"550 5.1.1 <" + email + ">: no such user");
				mailroom.settle(delivery, new MailSendException(Map.of(mailroom.message(delivery), refusal)));
				// The alert's other readers go back to the queue for the workers.
				jdbc.sql(
						"UPDATE delivery SET state = 'WAITING', claimed_by = NULL WHERE claimed_by = ? AND state = 'SENDING'")
					.param(claim)
					.update();
			}
		}
		finally {
			mailroom.resume();
		}
		Subscriber after = newsletter.register().byId(subscriber.id()).orElseThrow();
		assertThat(after.consecutiveFailures()).isEqualTo(3);
		assertThat(after.status()).isEqualTo(SubscriberStatus.SUSPENDED);

		Fixtures.article(newsletter.newsdesk(), "Après la suspension " + System.nanoTime());
		Edition edition = newsletter.editions().now().orElseThrow();
		Fixtures.awaitSent(newsletter.deliveries(), edition.id());
		assertThat(Fixtures.copies(email, edition.id())).isEmpty();
	}

	@Test
	void claimersRacingForTheSameQueueEachGetDifferentDeliveriesAndTogetherAllOfThem() throws Exception {
		for (int i = 0; i < 12; i++) {
			Fixtures.confirmed(newsletter.register(), Fixtures.address("course-" + i));
		}
		Fixtures.article(newsletter.newsdesk(), "Course aux envois " + System.nanoTime());
		Set<Long> taken = ConcurrentHashMap.newKeySet();
		AtomicInteger twice = new AtomicInteger();
		mailroom.pause();
		Edition edition = newsletter.editions().now().orElseThrow();
		try {
			List<Future<?>> claimers = new ArrayList<>();
			try (var pool = Executors.newFixedThreadPool(3)) {
				for (int c = 0; c < 3; c++) {
					String name = "course-" + c + "-" + System.nanoTime();
					claimers.add(pool.submit(() -> {
						// Small batches and several rounds, so that the claims overlap.
						for (int round = 0; round < 1000; round++) {
							List<DeliveryRepository.Claimed> batch = newsletter.deliveries()
								.claim(name + "-" + round, null, 3, edition.id(), Instant.now());
							batch.forEach(d -> {
								if (!taken.add(d.id())) {
									twice.incrementAndGet();
								}
							});
							if (batch.isEmpty()
									&& newsletter.deliveries().pending(edition.id()) == countSending(edition.id())) {
								return;
							}
						}
					}));
				}
				for (Future<?> claimer : claimers) {
					claimer.get();
				}
			}
		}
		finally {
			// Played as a dead node: the claims go back to the queue and the workers send
			// them.
			jdbc.sql("UPDATE delivery SET claimed_at = ? WHERE edition_id = ? AND state = 'SENDING'")
				.params(Instant.now().minusSeconds(3600).atOffset(ZoneOffset.UTC), edition.id())
				.update();
			mailroom.recover();
			mailroom.resume();
		}
		assertThat(twice.get()).as("deliveries handed to two claimers").isZero();
		assertThat((long) taken.size()).isEqualTo(edition.recipients());
		Fixtures.awaitSent(newsletter.deliveries(), edition.id());
	}

	@Test
	void sendingAnEditionWithSeveralWorkersMailsEachReaderOnceAndRecordsEveryCopy() throws Exception {
		List<String> readers = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			readers.add(Fixtures.confirmed(newsletter.register(), Fixtures.address("tournee-" + i)).email());
		}
		Fixtures.article(newsletter.newsdesk(), "Tournée complète " + System.nanoTime());
		int sent;
		mailroom.pause();
		Edition edition = newsletter.editions().now().orElseThrow();
		try {
			sent = mailroom.drain(edition.id());
		}
		finally {
			mailroom.resume();
		}
		assertThat(newsletter.deliveries().pending(edition.id())).isZero();
		long recorded = jdbc.sql("SELECT COUNT(*) FROM delivery WHERE edition_id = ? AND state = 'SENT'")
			.param(edition.id())
			.query(Long.class)
			.single();
		assertThat(recorded).isEqualTo(sent);
		for (String reader : readers) {
			assertThat(Fixtures.copies(reader, edition.id())).as(reader).hasSize(1);
		}
	}

	@Test
	void aDeliveryThatWaitedTooLongAfterItsClaimIsPutBackRatherThanSentByANodeThatMayHaveBeenTakenOver()
			throws Exception {
		String email = Fixtures.address("retard");
		Fixtures.confirmed(newsletter.register(), email);
		Fixtures.article(newsletter.newsdesk(), "Claim trop ancien " + System.nanoTime());
		String slowNode = "lent-" + System.nanoTime();
		mailroom.pause();
		Edition edition = newsletter.editions().now().orElseThrow();
		try {
			DeliveryRepository.Claimed claimed = newsletter.deliveries()
				.claim(slowNode, null, 100_000, edition.id(), Instant.now())
				.stream()
				.filter(c -> c.email().equals(email))
				.findFirst()
				.orElseThrow();
			// Its turn comes an hour after the claim: past claim-timeout, others may have
			// it by now.
			Instant longAgo = Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
			jdbc.sql("UPDATE delivery SET claimed_at = ? WHERE id = ?")
				.params(longAgo.atOffset(ZoneOffset.UTC), claimed.id())
				.update();
			DeliveryRepository.Claimed late = new DeliveryRepository.Claimed(claimed.id(), claimed.editionId(),
					claimed.subscriberId(), claimed.attempts(), claimed.messageId(), claimed.email(), claimed.name(),
					claimed.status(), claimed.unsubscribeToken(), claimed.consecutiveFailures(), longAgo);

			assertThat(mailroom.deliver(late)).isFalse();
			assertThat(Fixtures.copies(email, edition.id())).isEmpty();
			assertThat(jdbc.sql("SELECT state FROM delivery WHERE id = ?")
				.param(claimed.id())
				.query(String.class)
				.single()).isEqualTo("WAITING");
			jdbc.sql(
					"UPDATE delivery SET state = 'WAITING', claimed_by = NULL WHERE claimed_by = ? AND state = 'SENDING'")
				.param(slowNode)
				.update();
		}
		finally {
			mailroom.resume();
		}
		Fixtures.awaitSent(newsletter.deliveries(), edition.id());
		assertThat(Fixtures.copies(email, edition.id())).hasSize(1);
	}

	private long countSending(long editionId) {
		return jdbc.sql("SELECT COUNT(*) FROM delivery WHERE edition_id = ? AND state = 'SENDING'")
			.param(editionId)
			.query(Long.class)
			.single();
	}

}
