package org.kiosque.webhooks;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A registered hook.
 *
 * @param url where deliveries are posted, http(s)
 * @param events what it is told of
 * @param secret the key of the deliveries' HMAC-SHA256 signature, shared with the
 * receiver
 * @param enabled whether new events are delivered to it
 * @param consecutiveFailures failed attempts since its last successful one
 * @param disabledReason why it was switched off automatically, if it was
 */
record Hook(long id, String url, Set<WebhookEvent> events, String secret, boolean enabled, Instant createdAt,
		int consecutiveFailures, @Nullable String disabledReason) {

	Hook {
		events = Set.copyOf(events);
	}

}
