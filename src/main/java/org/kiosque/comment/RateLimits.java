package org.kiosque.comment;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * At most {@code per-minute} and {@code per-day} comments per address and per e-mail.
 * Counters live in this node's memory (Caffeine, fixed windows starting at the first
 * comment): behind a load balancer each node counts on its own, so the effective limit is
 * multiplied by the number of nodes unless the balancer keeps a client on one node.
 */
@Component
class RateLimits implements CommentCheck {

	private final CommentSettings settings;

	private final Cache<String, AtomicInteger> minute;

	private final Cache<String, AtomicInteger> day;

	RateLimits(CommentSettings settings) {
		this.settings = settings;
		this.minute = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();
		this.day = Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(1)).maximumSize(100_000).build();
	}

	@Override
	public Verdict check(Submission s) {
		for (String key : keys(s)) {
			if (over(minute, key, settings.perMinute()) || over(day, key, settings.perDay())) {
				return Verdict.refuse("comment.error.rate", "rate limit for " + key.charAt(0));
			}
		}
		return Verdict.pass();
	}

	@Override
	public void stored(Submission s) {
		for (String key : keys(s)) {
			// compute on the counter, not put: the window stays anchored at its first
			// comment
			minute.get(key, k -> new AtomicInteger()).incrementAndGet();
			day.get(key, k -> new AtomicInteger()).incrementAndGet();
		}
	}

	@Override
	public int order() {
		return 30;
	}

	private static boolean over(Cache<String, AtomicInteger> window, String key, int limit) {
		if (limit <= 0) {
			return false;
		}
		AtomicInteger count = window.getIfPresent(key);
		return count != null && count.get() >= limit;
	}

	private static String[] keys(Submission s) {
		return new String[] { "ip:" + s.address(), "email:" + s.email().toLowerCase(Locale.ROOT) };
	}

}
