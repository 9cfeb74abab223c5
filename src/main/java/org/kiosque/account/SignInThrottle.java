package org.kiosque.account;

import org.kiosque.site.EmailAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address in a sliding window, in
 * memory. Past the limit, attempts are refused until the oldest failure leaves the
 * window, so a stranger can hold an account for one window at most, and a password reset
 * frees it at once. In a cluster each node counts its own failures: an attacker spread
 * over {@code n} nodes gets {@code n} times the attempts, still few.
 */
@Component
class SignInThrottle {

	private final Cache<String, Deque<Instant>> failures;

	private final int maxFailures;

	private final int maxFailuresPerAddress;

	private final int maxSetupFailures;

	private final Duration window;

	private final Clock clock;

	SignInThrottle(AccountSettings settings, Clock clock) {
		this.maxFailures = settings.maxFailures();
		this.maxFailuresPerAddress = settings.maxFailuresPerAddress();
		this.window = settings.failureWindow();
		this.maxSetupFailures = settings.maxSetupFailures();
		this.clock = clock;
		this.failures = Caffeine.newBuilder().expireAfterAccess(window).maximumSize(200_000).build();
	}

	/**
	 * @return how long to wait, if either the account or the address has failed too often
	 */
	Optional<Duration> blocked(String email, String address) {
		Instant now = clock.instant();
		Optional<Duration> account = wait(accountKey(email), maxFailures, now);
		Optional<Duration> client = wait(addressKey(address), maxFailuresPerAddress, now);
		if (account.isPresent() && client.isPresent()) {
			return account.get().compareTo(client.get()) > 0 ? account : client;
		}
		return account.isPresent() ? account : client;
	}

	void failed(String email, String address) {
		Instant now = clock.instant();
		record(accountKey(email), maxFailures, now);
		record(addressKey(address), maxFailuresPerAddress, now);
	}

	/**
	 * How long a client must wait before trying another first-admin setup code, if it
	 * must: {@code kiosque.account.max-setup-failures} per client address, ten times as
	 * many for the whole node, within the failure window. A code has 80 random bits: the
	 * limit keeps a guesser from loading the server, not from guessing.
	 */
	Optional<Duration> setupBlocked(String address) {
		Instant now = clock.instant();
		Optional<Duration> client = wait("setup:" + address, maxSetupFailures, now);
		return client.isPresent() ? client : wait("setup", maxSetupFailures * 10, now);
	}

	void setupFailed(String address) {
		Instant now = clock.instant();
		record("setup:" + address, maxSetupFailures, now);
		record("setup", maxSetupFailures * 10, now);
	}

	/**
	 * The reader proved they own the account (signed in, or reset the password by mail).
	 */
	void cleared(String email) {
		failures.invalidate(accountKey(email));
	}

	private Optional<Duration> wait(String key, int limit, Instant now) {
		Deque<Instant> times = failures.getIfPresent(key);
		if (times == null) {
			return Optional.empty();
		}
		synchronized (times) {
			prune(times, now);
			if (times.size() < limit) {
				return Optional.empty();
			}
			Instant oldest = times.peekFirst();
			return Optional.of(Duration.between(now, oldest.plus(window)));
		}
	}

	private void record(String key, int limit, Instant now) {
		Deque<Instant> times = failures.get(key, k -> new ArrayDeque<>());
		synchronized (times) {
			prune(times, now);
			times.addLast(now);
			// The window only needs the last few failures; more would be memory an
			// attacker fills.
			while (times.size() > limit) {
				times.removeFirst();
			}
		}
	}

	private void prune(Deque<Instant> times, Instant now) {
		Instant start = now.minus(window);
		while (!times.isEmpty() && !times.peekFirst().isAfter(start)) {
			times.removeFirst();
		}
	}

	private static String accountKey(String email) {
		return "account:" + EmailAddress.normalize(email);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
