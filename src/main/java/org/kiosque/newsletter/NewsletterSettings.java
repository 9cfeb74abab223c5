package org.kiosque.newsletter;

import java.time.Duration;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The newsletter's settings: {@code kiosque.newsletter.*}. Each one, with its default, is
 * described in {@code docs/newsletter.md} (settings: {@code docs/settings.md}).
 *
 * @param daily whether the daily edition is sent at all
 * @param editionTime when the daily edition goes, in the site's time zone
 * @param from the sender of every newsletter mail: {@code address} or
 * {@code Name <address>}; empty for {@code newsletter@} the host of
 * {@code kiosque.site.base-url}
 * @param unsubscribeMailto the address of the {@code mailto:} half of
 * {@code List-Unsubscribe}; empty for {@code unsubscribe@} that host
 * @param rate messages per second, per node (token bucket); 0 for no limit
 * @param workers sending threads per node; also the most copies that can go twice after a
 * crash
 * @param claimBatch deliveries a node holds claimed at once, ready for its workers
 * @param claimTimeout the backstop: after this, a delivery left "sending" is sent again
 * even if its sender still renews its lease (or names none)
 * @param lease a sender (a node, or {@code newsletter send}) that has not renewed its
 * lease for this long is taken for dead: its claimed deliveries are sent by others at
 * once
 * @param pollInterval how often idle workers look for work
 * @param maxAttempts tries for a temporary failure before the delivery is marked failed
 * @param retryDelay the first back-off after a temporary failure, doubled each time
 * @param maxRetryDelay the longest back-off
 * @param suspendAfter consecutive permanent failures after which an address is suspended
 * @param confirmationValidity how long a confirmation link works
 * @param signupsPerHour subscribe requests allowed per IP address and hour, counted in
 * the database across nodes (0 for no limit)
 * @param dkim optional DKIM signing
 */
@ConfigurationProperties("kiosque.newsletter")
record NewsletterSettings(@DefaultValue("true") boolean daily, @DefaultValue("07:00") LocalTime editionTime,
		@DefaultValue("") String from, @DefaultValue("") String unsubscribeMailto, @DefaultValue("50") double rate,
		@DefaultValue("4") int workers, @DefaultValue("50") int claimBatch, @DefaultValue("5m") Duration claimTimeout,
		@DefaultValue("30s") Duration lease, @DefaultValue("2s") Duration pollInterval,
		@DefaultValue("8") int maxAttempts, @DefaultValue("1m") Duration retryDelay,
		@DefaultValue("6h") Duration maxRetryDelay, @DefaultValue("3") int suspendAfter,
		@DefaultValue("48h") Duration confirmationValidity, @DefaultValue("10") int signupsPerHour,
		@DefaultValue Dkim dkim) {

	/**
	 * @param domain the signing domain ({@code d=}); empty: no signing
	 * @param selector the DNS selector ({@code s=})
	 * @param privateKey path to the RSA private key, PKCS#8 PEM
	 */
	record Dkim(@DefaultValue("") String domain, @DefaultValue("") String selector, @Nullable String privateKey) {

		boolean enabled() {
			return !domain.isBlank() && !selector.isBlank() && privateKey != null && !privateKey.isBlank();
		}
	}
}
