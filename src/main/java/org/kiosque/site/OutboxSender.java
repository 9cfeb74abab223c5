package org.kiosque.site;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import jakarta.mail.MessagingException;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.Postman;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends {@code outgoing_mail}: woken when a mail is posted on this node, and every
 * {@code kiosque.mail.poll-interval} for what other nodes posted and for retries. Rows
 * are claimed with one conditional {@code UPDATE} (as the newsletter's deliveries are),
 * so with several nodes each mail is sent by one of them; a claim whose node died is
 * taken back after {@code claim-timeout}. A failure waits {@code retry-delay}, doubled
 * each time up to {@code max-retry-delay}, for {@code max-attempts} tries; then the mail
 * is marked failed and reported, never silently dropped.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int BATCH = 20;

	private final JdbcClient jdbc;

	private final Postman postman;

	private final MailSettings settings;

	private final Clock clock;

	private final String claim = "node-" + UUID.randomUUID();

	private final ReentrantLock draining = new ReentrantLock();

	private final AtomicBoolean again = new AtomicBoolean();

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
		this.clock = clock;
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

	/** A mail was posted here: send it now, beside the request that posted it. */
	void nudge() {
		Thread.ofVirtual().name("mail-outbox").start(this::drain);
	}

	@Scheduled(fixedDelayString = "${kiosque.mail.poll-interval:2s}",
			initialDelayString = "${kiosque.mail.poll-interval:2s}")
	void poll() {
		Instant now = clock.instant();
		jdbc.sql("""
				UPDATE outgoing_mail SET state = 'WAITING', claimed_by = NULL, claimed_at = NULL
				WHERE state = 'SENDING' AND claimed_at < ?""")
			.param(Timestamp.from(now.minus(settings.claimTimeout())))
			.update();
		drain();
	}

	/**
	 * Sends what is due. One drain at a time per node; a nudge during a drain makes it go
	 * round once more instead of waiting.
	 */
	void drain() {
		again.set(true);
		while (again.get() && draining.tryLock()) {
			try {
				again.set(false);
				List<Claimed> batch;
				do {
					batch = claim();
					batch.forEach(this::send);
				}
				while (batch.size() == BATCH);
			}
			catch (RuntimeException e) {
				log.warn("Mail outbox: {}", e.toString());
				return;
			}
			finally {
				draining.unlock();
			}
		}
	}

	private List<Claimed> claim() {
		Timestamp now = Timestamp.from(clock.instant());
		int claimed = jdbc.sql("""
				UPDATE outgoing_mail SET state = 'SENDING', claimed_by = ?, claimed_at = ?
				WHERE state = 'WAITING' AND next_attempt_at <= ? AND id IN (
				    SELECT id FROM outgoing_mail WHERE state = 'WAITING' AND next_attempt_at <= ?
				    ORDER BY state, next_attempt_at FETCH FIRST %d ROWS ONLY)""".formatted(BATCH))
			.params(claim, now, now, now)
			.update();
		if (claimed == 0) {
			return List.of();
		}
		return jdbc.sql("SELECT id, message, attempts FROM outgoing_mail WHERE claimed_by = ? AND state = 'SENDING'")
			.param(claim)
			.query((rs, n) -> new Claimed(rs.getLong("id"), rs.getString("message"), rs.getInt("attempts")))
			.list();
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
		lastError = Excerpt.of(error, 500); // the last_error column
		int attempts = mail.attempts() + 1;
		if (attempts >= settings.maxAttempts()) {
			log.error("Mail {} given up after {} attempts: {}", mail.id(), attempts, lastError);
			jdbc.sql("""
					UPDATE outgoing_mail SET state = 'FAILED', attempts = ?, last_error = ?, claimed_by = NULL
					WHERE id = ?""").params(attempts, lastError, mail.id()).update();
			return;
		}
		Duration wait = backOff(attempts);
		log.warn("Mail {} not sent (attempt {}), next try in {}: {}", mail.id(), attempts, wait, lastError);
		jdbc.sql("""
				UPDATE outgoing_mail SET state = 'WAITING', attempts = ?, last_error = ?, next_attempt_at = ?,
				    claimed_by = NULL, claimed_at = NULL
				WHERE id = ?""")
			.params(attempts, lastError, Timestamp.from(clock.instant().plus(wait)), mail.id())
			.update();
	}

	private Duration backOff(int attempts) {
		Duration wait = settings.retryDelay().multipliedBy(1L << Math.min(20, attempts - 1));
		return wait.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : wait;
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
