package org.kiosque.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lease that lets a sender's claimed deliveries be taken over as soon as it is known
 * dead: a sender that stopped renewing loses its claims at the next recovery, a living
 * one keeps them, however fresh the claims are (no claim-timeout involved).
 */
@KiosqueTest
class SenderLeaseTests {

	@RegisterExtension
	NewsletterBeans newsletter = new NewsletterBeans();

	@Autowired
	Mailroom mailroom;

	@Autowired
	NewsletterSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDeliveriesOfASenderWhoseLeaseLapsedAreTakenOverAtOnceThoseOfALivingSenderAreNot() {
		for (int i = 0; i < 4; i++) {
			Fixtures.confirmed(newsletter.register(), Fixtures.address("bail-" + i));
		}
		Fixtures.article(newsletter.newsdesk(), "Bail expiré " + System.nanoTime());
		String dead = "mort-" + System.nanoTime() % 100_000_000;
		SenderLease living = new SenderLease(jdbc, settings, Clock.systemUTC());
		List<DeliveryRepository.Claimed> ofTheDead;
		List<DeliveryRepository.Claimed> ofTheLiving;
		Edition edition;
		mailroom.pause();
		try {
			edition = newsletter.editions().now().orElseThrow();
			// A sender last heard of an hour ago: its process died.
			jdbc.sql(
					"""
							INSERT INTO newsletter_sender (id, host, started_at, renewed_at)
							VALUES (?, 'ailleurs pid 1', CURRENT_TIMESTAMP - INTERVAL '2' HOUR, CURRENT_TIMESTAMP - INTERVAL '1' HOUR)""")
				.param(dead)
				.update();
			living.hold();
			// Both claimed just now: claim-timeout is far away for either.
			ofTheDead = newsletter.deliveries().claim(dead + "-1", dead, 2, edition.id(), Instant.now());
			ofTheLiving = newsletter.deliveries()
				.claim(living.id() + "-1", living.id(), 2, edition.id(), Instant.now());
			assertThat(ofTheDead).hasSize(2);
			assertThat(ofTheLiving).hasSize(2);

			mailroom.recover();

			ofTheDead.forEach(d -> assertThat(state(d)).as("claimed by the dead sender").isEqualTo("WAITING"));
			ofTheLiving.forEach(d -> assertThat(state(d)).as("claimed by the living sender").isEqualTo("SENDING"));
			ofTheLiving.forEach(d -> assertThat(claimedBy(d)).isEqualTo(living.id() + "-1"));
			assertThat(senders(dead)).as("the dead sender, forgotten").isZero();
			assertThat(senders(living.id())).isOne();
		}
		finally {
			// The living sender stops: its row goes, and with it its claims, at once.
			living.letGo();
			mailroom.recover();
			mailroom.resume();
		}
		assertThat(senders(living.id())).isZero();
		Fixtures.awaitSent(newsletter.deliveries(), edition.id());
		for (DeliveryRepository.Claimed d : List.of(ofTheDead.get(0), ofTheDead.get(1), ofTheLiving.get(0),
				ofTheLiving.get(1))) {
			assertThat(Fixtures.copies(d.email(), edition.id())).as(d.email()).hasSize(1);
		}
	}

	@Test
	void aSenderDeclaredDeadWhileItStillRunsSendsNothingItHadClaimedBefore() {
		SenderLease lease = new SenderLease(jdbc, settings, Clock.systemUTC());
		lease.hold();
		try {
			Instant claimed = Instant.now();
			assertThat(lease.covers(claimed)).isTrue();
			// Another node found it silent (a long pause) and forgot it; its next renewal
			// writes the row again...
			jdbc.sql("DELETE FROM newsletter_sender WHERE id = ?").param(lease.id()).update();
			// ...but what it claimed before may have been taken over: not its to send.
			await().atMost(Duration.ofSeconds(20))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> !lease.covers(claimed));
			assertThat(senders(lease.id())).isOne();
			assertThat(lease.covers(Instant.now())).isTrue();
		}
		finally {
			lease.letGo();
		}
		assertThat(senders(lease.id())).isZero();
		assertThat(lease.covers(Instant.now())).as("after letting go").isFalse();
	}

	private String state(DeliveryRepository.Claimed delivery) {
		return jdbc.sql("SELECT state FROM delivery WHERE id = ?").param(delivery.id()).query(String.class).single();
	}

	private String claimedBy(DeliveryRepository.Claimed delivery) {
		return jdbc.sql("SELECT claimed_by FROM delivery WHERE id = ?")
			.param(delivery.id())
			.query(String.class)
			.single();
	}

	private long senders(String id) {
		return jdbc.sql("SELECT COUNT(*) FROM newsletter_sender WHERE id = ?").param(id).query(Long.class).single();
	}

}
