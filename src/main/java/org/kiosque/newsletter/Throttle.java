package org.kiosque.newsletter;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A token bucket shared by a node's workers: {@code rate} messages per second on average,
 * bursts of at most one second's worth. A rate of 0 or less means no limit.
 */
final class Throttle {

	private final double rate;

	private final double capacity;

	private final ReentrantLock lock = new ReentrantLock();

	private double tokens;

	private long refilledAt = System.nanoTime();

	Throttle(double rate) {
		this.rate = rate;
		this.capacity = Math.max(1, rate);
		this.tokens = capacity;
	}

	void acquire() throws InterruptedException {
		if (rate <= 0) {
			return;
		}
		lock.lock();
		try {
			refill();
			while (tokens < 1) {
				// Holding the lock while waiting is the point: the next in line is the
				// next to send.
				TimeUnit.NANOSECONDS.sleep((long) Math.ceil((1 - tokens) / rate * 1_000_000_000L));
				refill();
			}
			tokens -= 1;
		}
		finally {
			lock.unlock();
		}
	}

	private void refill() {
		long now = System.nanoTime();
		tokens = Math.min(capacity, tokens + (now - refilledAt) * rate / 1_000_000_000L);
		refilledAt = now;
	}

}
