package org.kiosque.webhooks;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook deliveries: {@code kiosque.webhooks.*} (documented in
 * {@code docs/webhooks.md}).
 *
 * @param allowPrivateAddresses whether hooks may point at loopback, private, link-local
 * and other non-public addresses; off by default, so that an admin's form cannot make the
 * server call into its own network (SSRF)
 * @param connectTimeout how long to wait for the receiver's connection
 * @param timeout how long one attempt may take in all, answer included
 * @param maxAttempts attempts of one delivery before it is given up
 * @param retryDelay the wait after a first failure, doubled after each further one
 * @param maxRetryDelay the longest wait between two attempts
 * @param pollInterval how often each node looks for deliveries due (retries, and what
 * other nodes wrote)
 * @param claimTimeout after which a delivery claimed by a node that died is taken back
 * @param failingAfter consecutive failed attempts after which the newsroom shows a hook
 * as failing
 * @param disableAfter consecutive failed attempts after which a hook is switched off
 * ({@code 0}: never)
 * @param keepFor how long delivered and given-up deliveries stay in the record
 */
@ConfigurationProperties("kiosque.webhooks")
public record WebhookSettings(@DefaultValue("false") boolean allowPrivateAddresses,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration timeout,
		@DefaultValue("8") int maxAttempts, @DefaultValue("30s") Duration retryDelay,
		@DefaultValue("1h") Duration maxRetryDelay, @DefaultValue("5s") Duration pollInterval,
		@DefaultValue("5m") Duration claimTimeout, @DefaultValue("3") int failingAfter,
		@DefaultValue("0") int disableAfter, @DefaultValue("30d") Duration keepFor) {

	/**
	 * The defaults, as a server without any {@code kiosque.webhooks.*} setting has them.
	 */
	public static WebhookSettings defaults() {
		return new WebhookSettings(false, Duration.ofSeconds(5), Duration.ofSeconds(10), 8, Duration.ofSeconds(30),
				Duration.ofHours(1), Duration.ofSeconds(5), Duration.ofMinutes(5), 3, 0, Duration.ofDays(30));
	}

}
