package org.kiosque.webhooks;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.kiosque.site.OutTray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends {@code webhook_deliveries}, an {@link OutTray} as the mail outbox is: woken after
 * a commit that wrote deliveries on this node, and every
 * {@code kiosque.webhooks.poll-interval} for retries and for what other nodes wrote. With
 * several nodes (or several workers) each delivery is attempted by one of them at a time;
 * a claim whose node died is taken back after {@code claim-timeout}. Every attempt is
 * recorded ({@code webhook_attempts}); a failure waits {@code retry-delay}, doubled each
 * time up to {@code max-retry-delay}, for {@code max-attempts} attempts, then the
 * delivery is given up ({@code FAILED}). Deliveries of a hook switched off meanwhile are
 * dropped.
 */
@Component
class WebhookSender {

	private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);

	private static final int BATCH = 10;

	private final JdbcClient jdbc;

	private final HookRepository hooks;

	private final Courier courier;

	private final WebhookSettings settings;

	private final OutTray.Retries retries;

	private final Clock clock;

	private final OutTray<Claimed> tray;

	private final Counter delivered;

	private final Counter failures;

	private record Claimed(long id, long hookId, String eventId, String event, String payload, int attempts) {
	}

	WebhookSender(JdbcClient jdbc, HookRepository hooks, Courier courier, WebhookSettings settings, Clock clock,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.hooks = hooks;
		this.courier = courier;
		this.settings = settings;
		this.retries = new OutTray.Retries(settings.retryDelay(), settings.maxRetryDelay(), settings.maxAttempts());
		this.clock = clock;
		this.tray = new OutTray<>("webhooks", "webhook_deliveries", "id, hook_id, event_id, event, payload, attempts",
				(rs, n) -> new Claimed(rs.getLong("id"), rs.getLong("hook_id"), rs.getString("event_id"),
						rs.getString("event"), rs.getString("payload"), rs.getInt("attempts")),
				BATCH, this::sendAll, jdbc, clock);
		this.delivered = Counter.builder("kiosque.webhooks.delivered")
			.description("Webhook deliveries answered 2xx")
			.register(meters);
		this.failures = Counter.builder("kiosque.webhooks.failures")
			.description("Failed webhook attempts (each is retried up to the limit)")
			.register(meters);
	}

	/** Deliveries were written in the current transaction: send them once it commits. */
	void nudgeAfterCommit() {
		tray.nudgeAfterCommit();
	}

	@Scheduled(fixedDelayString = "${kiosque.webhooks.poll-interval:5s}",
			initialDelayString = "${kiosque.webhooks.poll-interval:5s}")
	void poll() {
		tray.takeBackLapsedClaims(settings.claimTimeout());
		jdbc.sql("DELETE FROM webhook_deliveries WHERE state IN ('DELIVERED', 'FAILED', 'DROPPED') AND finished_at < ?")
			.param(Timestamp.from(clock.instant().minus(settings.keepFor())))
			.update();
		drain();
	}

	/** Sends what is due (see {@link OutTray#drain}). */
	void drain() {
		tray.drain();
	}

	/**
	 * Sends a batch side by side, one virtual thread each, so that a receiver that hangs
	 * holds up only its own deliveries, for at most the timeout.
	 */
	private void sendAll(List<Claimed> batch) {
		List<Thread> threads = batch.stream()
			.map(delivery -> Thread.ofVirtual().name("webhook-" + delivery.id()).start(() -> sendSafely(delivery)))
			.toList();
		for (Thread thread : threads) {
			try {
				thread.join();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private void sendSafely(Claimed delivery) {
		try {
			send(delivery);
		}
		catch (RuntimeException e) {
			// The hook deleted during the attempt (its rows went with it), or the
			// database away: the claim is let go, to be taken again if the row is
			// still there.
			log.warn("Webhook delivery {}: {}", delivery.id(), e.toString());
			try {
				tray.letGo(delivery.id());
			}
			catch (RuntimeException again) {
				log.warn("Webhook delivery {} stays claimed until the claim times out: {}", delivery.id(),
						again.toString());
			}
		}
	}

	private void send(Claimed delivery) {
		Optional<Hook> found = hooks.find(delivery.hookId());
		if (found.isEmpty() || !found.get().enabled()) {
			finish(delivery, "DROPPED", delivery.attempts());
			return;
		}
		Hook hook = found.get();
		Instant at = clock.instant();
		Courier.Answer answer = courier.post(URI.create(hook.url()), delivery.event(), String.valueOf(delivery.id()),
				delivery.payload(), hook.secret());
		int attempts = delivery.attempts() + 1;
		jdbc.sql("""
				INSERT INTO webhook_attempts (delivery_id, hook_id, attempted_at, status_code, excerpt, duration_ms,
				    succeeded)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(delivery.id(), hook.id(), Timestamp.from(at), answer.status(), answer.excerpt(),
					answer.took().toMillis(), answer.succeeded())
			.update();
		if (answer.succeeded()) {
			finish(delivery, "DELIVERED", attempts);
			hooks.succeeded(hook.id());
			delivered.increment();
			return;
		}
		failures.increment();
		if (hooks.failed(hook.id(), settings.disableAfter(), "after " + settings.disableAfter() + " failed attempts")) {
			log.warn("Webhook {} switched off after {} failed attempts in a row", hook.id(), settings.disableAfter());
		}
		if (retries.exhausted(attempts)) {
			log.warn("Webhook delivery {} to hook {} given up after {} attempts: {}", delivery.id(), hook.id(),
					attempts, answer.status() == null ? answer.excerpt() : answer.status());
			finish(delivery, "FAILED", attempts);
			return;
		}
		tray.later(delivery.id(), attempts, retries.backOff(attempts), null);
	}

	private void finish(Claimed delivery, String state, int attempts) {
		jdbc.sql("""
				UPDATE webhook_deliveries SET state = ?, attempts = ?, finished_at = ?, claimed_by = NULL
				WHERE id = ?""").params(state, attempts, Timestamp.from(clock.instant()), delivery.id()).update();
	}

}
