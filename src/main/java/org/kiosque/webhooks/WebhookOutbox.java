package org.kiosque.webhooks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes deliveries: one row of {@code webhook_deliveries} per enabled hook told of the
 * event, in the current transaction, so that an event is delivered if and only if its
 * change was committed; the {@link WebhookSender} is woken after the commit. Nothing here
 * calls the network: the action that caused the event never waits for a receiver.
 */
@Component
class WebhookOutbox {

	private final JdbcClient jdbc;

	private final HookRepository hooks;

	private final WebhookSender sender;

	WebhookOutbox(JdbcClient jdbc, HookRepository hooks, WebhookSender sender) {
		this.jdbc = jdbc;
		this.hooks = hooks;
		this.sender = sender;
	}

	/**
	 * Queues {@code event} for every hook that listens to it; {@code payload} is made
	 * only when one does.
	 * @return how many deliveries were written
	 */
	int record(WebhookEvent event, String eventId, Instant at, Supplier<String> payload) {
		List<Hook> listening = hooks.listening(event);
		if (listening.isEmpty()) {
			return 0;
		}
		String body = payload.get();
		Timestamp now = Timestamp.from(at);
		for (Hook hook : listening) {
			jdbc.sql("""
					INSERT INTO webhook_deliveries (hook_id, event_id, event, payload, state, created_at, attempts,
					    next_attempt_at)
					VALUES (?, ?, ?, ?, 'WAITING', ?, 0, ?)""")
				.params(hook.id(), eventId, event.wireName(), body, now, now)
				.update();
		}
		sender.nudgeAfterCommit();
		return listening.size();
	}

}
