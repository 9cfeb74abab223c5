package org.kiosque.newsletter;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Claimed deliveries on their way from a node's claimer to its sending workers. One
 * claimer per node takes batches from the queue, so workers never race each other for the
 * same rows; the bag is bounded, so a node only holds claims it is about to send (claimed
 * rows it has not sent go back to the queue after {@code claim-timeout} if the node dies:
 * no copy lost, none repeated).
 */
final class Mailbag {

	private static final long CHECK_MILLIS = 100;

	private final ArrayBlockingQueue<DeliveryRepository.Claimed> bag;

	private final int capacity;

	private volatile boolean closed;

	Mailbag(int capacity) {
		this.capacity = Math.max(1, capacity);
		this.bag = new ArrayBlockingQueue<>(this.capacity);
	}

	/**
	 * How many deliveries to claim next: waits until at least half the bag is free, so
	 * that claims go in batches yet workers still have a few to send while the claim
	 * runs. 0 once the bag is closed.
	 */
	int room() throws InterruptedException {
		while (!closed) {
			int free = bag.remainingCapacity();
			if (free * 2 >= capacity) {
				return free;
			}
			Thread.sleep(1);
		}
		return 0;
	}

	/**
	 * Adds a claimed delivery; false if the bag was closed first (the delivery stays
	 * claimed).
	 */
	boolean put(DeliveryRepository.Claimed delivery) throws InterruptedException {
		while (!closed) {
			if (bag.offer(delivery, CHECK_MILLIS, TimeUnit.MILLISECONDS)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The next delivery to send, waiting up to {@code idle} for one; {@code null} when
	 * none came in that time, or at once when the bag is closed and empty.
	 */
	DeliveryRepository.@Nullable Claimed next(Duration idle) throws InterruptedException {
		long until = System.nanoTime() + idle.toNanos();
		while (true) {
			DeliveryRepository.Claimed delivery = bag.poll(CHECK_MILLIS, TimeUnit.MILLISECONDS);
			if (delivery != null) {
				return delivery;
			}
			if (closed && bag.isEmpty() || System.nanoTime() - until >= 0) {
				return null;
			}
		}
	}

	/** No more deliveries will come: workers finish what is in the bag, then stop. */
	void close() {
		closed = true;
	}

	boolean closed() {
		return closed;
	}

}
