package org.kiosque.newsletter;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Limits subscribe requests per IP address ({@code kiosque.newsletter.signups-per-hour}),
 * so the box cannot be used to mail-bomb strangers with confirmation links. Counted in
 * memory per node: a fixed one-hour window from an address's first request.
 */
@Component
class SignupGuard {

	private final int perHour;

	private final Cache<String, AtomicInteger> windows = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofHours(1))
		.build();

	SignupGuard(NewsletterSettings settings) {
		this.perHour = settings.signupsPerHour();
	}

	/** Counts one request from {@code ip}; false when it is over the limit. */
	boolean admit(String ip) {
		if (perHour <= 0) {
			return true;
		}
		return windows.get(ip, k -> new AtomicInteger()).incrementAndGet() <= perHour;
	}

}
