package org.kiosque.site;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import jakarta.mail.MessagingException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends {@code outgoing_mail}, an {@link OutTray}: woken when a mail is posted on this
 * node, and every {@code kiosque.mail.poll-interval} for what other nodes posted and for
 * retries. With several nodes each mail is sent by one of them; a claim whose node died
 * is taken back after {@code claim-timeout}. Mails of a batch go one after the other, on
 * the postman's one connection. A failure waits {@code retry-delay}, doubled each time up
 * to {@code max-retry-delay}, for {@code max-attempts} tries; then the mail is marked
 * failed and reported, never silently dropped.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int BATCH = 20;

	private final JdbcClient jdbc;

	private final Postman postman;

	private final MailSettings settings;

	private final OutTray.Retries retries;

	private final Clock clock;

	private final OutTray<Claimed> tray;

	private final Counter sent;

	private final Counter failures;

	private volatile @Nullable String lastError;

	private volatile @Nullable Instant lastSent;

	private volatile Cached cached = new Cached(Instant.MIN, new OutboxState(0, 0, null, null, null));

	private record Cached(Instant at, OutboxState state) {
	}

	private record Claimed(long id, String message, int attempts) {
	}

	OutboxSender(JdbcClient jdbc, Postman postman, MailSettings settings, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.postman = postman;
		this.settings = settings;
		this.retries = new OutTray.Retries(settings.retryDelay(), settings.maxRetryDelay(), settings.maxAttempts());
		this.clock = clock;
		this.tray = new OutTray<>("Mail outbox", "outgoing_mail", "id, message, attempts",
				(rs, n) -> new Claimed(rs.getLong("id"), rs.getString("message"), rs.getInt("attempts")), BATCH,
				batch -> batch.forEach(this::send), jdbc, clock);
		this.sent = Counter.builder("kiosque.mail.outbox.sent")
			.description("Mails sent from the outbox")
			.register(meters);
		this.failures = Counter.builder("kiosque.mail.outbox.failures")
			.description("Failed attempts to send a mail from the outbox (each is retried)")
			.register(meters);
		Gauge.builder("kiosque.mail.outbox.waiting", this, s -> s.state().waiting())
			.description("Mails written and not yet sent")
			.register(meters);
		Gauge.builder("kiosque.mail.outbox.given-up", this, s -> s.state().failed())
			.description("Mails given up after every attempt")
			.register(meters);
	}

	/** A mail was posted in the current transaction: send it once that commits. */
	void nudgeAfterCommit() {
		tray.nudgeAfterCommit();
	}

	@Scheduled(fixedDelayString = "${kiosque.mail.poll-interval:2s}",
			initialDelayString = "${kiosque.mail.poll-interval:2s}")
	void poll() {
		tray.takeBackLapsedClaims(settings.claimTimeout());
		tray.drain();
	}

	private void send(Claimed mail) {
		try {
			OutgoingMail message = new OutgoingMail(postman.session(),
					new ByteArrayInputStream(mail.message().getBytes(StandardCharsets.ISO_8859_1)));
			postman.send(message);
		}
		catch (MessagingException | RuntimeException e) {
			failed(mail, e);
			return;
		}
		jdbc.sql("DELETE FROM outgoing_mail WHERE id = ?").param(mail.id()).update();
		sent.increment();
		lastSent = clock.instant();
		lastError = null;
	}

	private void failed(Claimed mail, Exception e) {
		failures.increment();
		String error = String.valueOf(e.getMessage());
		String excerpt = Excerpt.of(error, 500); // the last_error column
		lastError = excerpt;
		int attempts = mail.attempts() + 1;
		if (retries.exhausted(attempts)) {
			log.error("Mail {} given up after {} attempts: {}", mail.id(), attempts, excerpt);
			jdbc.sql("""
					UPDATE outgoing_mail SET state = 'FAILED', attempts = ?, last_error = ?, claimed_by = NULL
					WHERE id = ?""").params(attempts, excerpt, mail.id()).update();
			return;
		}
		Duration wait = retries.backOff(attempts);
		log.warn("Mail {} not sent (attempt {}), next try in {}: {}", mail.id(), attempts, wait, excerpt);
		tray.later(mail.id(), attempts, wait, excerpt);
	}

	/** Counted at most every few seconds: the health endpoint is public. */
	OutboxState state() {
		Cached c = cached;
		Instant now = clock.instant();
		if (c.at().plus(Duration.ofSeconds(5)).isAfter(now)) {
			return c.state();
		}
		long waiting = jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE state IN ('WAITING', 'SENDING')")
			.query(Long.class)
			.single();
		long failed = jdbc.sql("SELECT COUNT(*) FROM outgoing_mail WHERE state = 'FAILED'").query(Long.class).single();
		Timestamp oldest = jdbc.sql("SELECT MIN(created_at) FROM outgoing_mail WHERE state IN ('WAITING', 'SENDING')")
			.query(Timestamp.class)
			.optional()
			.orElse(null);
		OutboxState state = new OutboxState(waiting, failed, oldest == null ? null : oldest.toInstant(), lastError,
				lastSent);
		cached = new Cached(now, state);
		return state;
	}

}
