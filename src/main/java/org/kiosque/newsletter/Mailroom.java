package org.kiosque.newsletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.MessagingException;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.OutgoingMail;
import org.kiosque.site.Postman;
import org.kiosque.site.SchedulingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The mailroom sends queued deliveries (not a "dispatcher": a dispatch is an agency story
 * here). On each node one claimer takes due deliveries in batches and puts them in a
 * {@link Mailbag}; {@code workers} threads, each with its own SMTP connection, take them
 * one by one, send at the node's rate and record each as sent as soon as the SMTP server
 * has accepted it. A worker therefore has at most ONE message that may have left without
 * being recorded: after a crash, that is the only copy that can go twice (with the same
 * Message-ID). Every claim is made under this process's {@link SenderLease}; the
 * deliveries claimed by a process whose lease has lapsed (it died) go back to the queue
 * at the next {@link #recover}, and {@code claim-timeout} remains as a backstop.
 */
@Component
class Mailroom implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(Mailroom.class);

	private final DeliveryRepository deliveries;

	private final EditionRepository editions;

	private final Letters letters;

	private final Postman postman;

	private final NewsletterSettings settings;

	private final Clock clock;

	private final boolean background;

	private final Throttle throttle;

	private final FailedDeliveries failures;

	private final SenderLease lease;

	private final AtomicLong claims = new AtomicLong();

	private final LoadingCache<Long, EditionParts> parts;

	private final Object bell = new Object();

	private final List<Thread> workers = new ArrayList<>();

	private @Nullable Thread claimer;

	private @Nullable Mailbag bag;

	private volatile boolean running;

	private volatile boolean paused;

	private volatile Instant recoveredAt = Instant.EPOCH;

	Mailroom(DeliveryRepository deliveries, EditionRepository editions, Letters letters, Postman postman,
			NewsletterSettings settings, Clock clock, SchedulingSettings scheduling, SenderLease lease) {
		this.failures = new FailedDeliveries(deliveries, settings, clock);
		this.lease = lease;
		this.deliveries = deliveries;
		this.editions = editions;
		this.letters = letters;
		this.postman = postman;
		this.settings = settings;
		this.clock = clock;
		this.background = scheduling.enabled();
		this.throttle = new Throttle(settings.rate());
		this.parts = Caffeine.newBuilder().maximumSize(50).build(id -> editions.parts(id).orElseThrow());
	}

	/** New work is queued: idle workers look now rather than at their next poll. */
	void wake() {
		synchronized (bell) {
			bell.notifyAll();
		}
	}

	/**
	 * Sends every delivery of {@code editionId} that is due, with {@code workers}
	 * threads, and returns when none is left (for {@code newsletter send}, which runs no
	 * background workers). Returns how many were sent.
	 */
	int drain(long editionId) {
		lease.hold();
		try {
			return drainLeased(editionId);
		}
		finally {
			lease.letGo();
		}
	}

	/**
	 * Sends what is left of an edition, for {@code newsletter send}: its due deliveries,
	 * and those claimed by a sender that died, once its lease has lapsed (waiting for
	 * that up to a lease). Returns when none is claimed any more, or when only living
	 * senders still hold some (they send them). Deliveries waiting for a retry later stay
	 * queued.
	 * @return how many were sent here
	 */
	int finish(long editionId) {
		long until = System.nanoTime() + settings.lease().plus(settings.pollInterval().multipliedBy(2)).toNanos();
		int sent = 0;
		lease.hold();
		try {
			while (true) {
				recover();
				sent += drainLeased(editionId);
				if (deliveries.sending(editionId) == 0 || System.nanoTime() - until >= 0) {
					return sent;
				}
				// Claimed by another sender: a living one sends them, a dead one's lease
				// lapses within a lease of its last renewal.
				synchronized (bell) {
					bell.wait(settings.pollInterval().toMillis());
				}
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return sent;
		}
		finally {
			lease.letGo();
		}
	}

	private int drainLeased(long editionId) {
		int lanes = Math.max(1, settings.workers());
		AtomicInteger sent = new AtomicInteger();
		Mailbag bag = new Mailbag(settings.claimBatch());
		List<Future<?>> running = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(lanes)) {
			for (int lane = 0; lane < lanes; lane++) {
				running.add(pool.submit(() -> {
					try (Postman.Round mail = postman.round()) {
						DeliveryRepository.Claimed delivery;
						while ((delivery = bag.next(Duration.ofDays(1))) != null) {
							if (deliver(delivery, mail)) {
								sent.incrementAndGet();
							}
						}
					}
					catch (RuntimeException e) {
						bag.close();
						throw e;
					}
					return null;
				}));
			}
			try {
				fill(bag, editionId);
			}
			finally {
				bag.close();
			}
			for (Future<?> lane : running) {
				lane.get();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("Sending stopped: " + e.getCause().getMessage(), e.getCause());
		}
		return sent.get();
	}

	/**
	 * Claims every due delivery of the edition into the bag, as fast as the workers empty
	 * it.
	 */
	private void fill(Mailbag bag, long editionId) throws InterruptedException {
		int room;
		while ((room = bag.room()) > 0) {
			List<DeliveryRepository.Claimed> batch = deliveries.claim(claimName(), lease.id(), room, editionId,
					clock.instant());
			if (batch.isEmpty()) {
				return;
			}
			for (DeliveryRepository.Claimed delivery : batch) {
				if (!bag.put(delivery)) {
					return;
				}
			}
		}
	}

	/**
	 * Puts back the deliveries left "sending" by a sender whose lease lapsed (it died),
	 * or claimed longer than {@code claim-timeout} ago, then forgets the dead senders.
	 * @return how many went back to the queue
	 */
	int recover() {
		recoveredAt = clock.instant();
		int back = deliveries.recover(recoveredAt.minus(settings.claimTimeout()), settings.lease());
		if (back > 0) {
			log.info("{} newsletter deliveries left unfinished by a sender that stopped go back to the queue", back);
		}
		lease.forgetSilent();
		return back;
	}

	/**
	 * Sends one claimed delivery and records the outcome; true when the SMTP server
	 * accepted it.
	 */
	boolean deliver(DeliveryRepository.Claimed delivery) {
		try (Postman.Round mail = postman.round()) {
			return deliver(delivery, mail);
		}
	}

	private boolean deliver(DeliveryRepository.Claimed delivery, Postman.Round mail) {
		if (delivery.claimedAt().plus(settings.claimTimeout().dividedBy(2)).isBefore(clock.instant())) {
			// Waited too long in the bag (a stalled SMTP server): past claim-timeout
			// another node may take it over, so this node must not send it as well.
			// Back to the queue instead.
			deliveries.release(delivery.id(), delivery.claimedAt());
			return false;
		}
		if (!lease.covers(delivery.claimedAt())) {
			// This process has not renewed its lease lately (the database away, the
			// process frozen), or claimed this before such a gap: others may have taken
			// it over, so it must not send it as well. Back to the queue if still ours.
			deliveries.release(delivery.id(), delivery.claimedAt());
			return false;
		}
		if (delivery.status() != SubscriberStatus.CONFIRMED) {
			deliveries.cancelled(delivery.id());
			return false;
		}
		try {
			throttle.acquire();
			mail.send(message(delivery));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			deliveries.retryLater(delivery.id(), clock.instant(), "interrupted");
			return false;
		}
		catch (RuntimeException | MessagingException e) {
			failures.settle(delivery, e);
			return false;
		}
		// Recorded right after the server's "250 OK": the only gap in which a crash
		// repeats a copy.
		deliveries.sent(delivery.id(), clock.instant());
		if (delivery.consecutiveFailures() > 0) {
			deliveries.deliveredTo(delivery.subscriberId());
		}
		return true;
	}

	/** The mail for a delivery, exactly as it is (re)sent: same Message-ID every time. */
	OutgoingMail message(DeliveryRepository.Claimed delivery) throws MessagingException {
		return letters.edition(parts.get(delivery.editionId()), delivery.email(), delivery.name(),
				delivery.unsubscribeToken(), delivery.messageId());
	}

	/** Records a failed attempt (see {@link FailedDeliveries}). */
	void settle(DeliveryRepository.Claimed delivery, Exception failure) {
		failures.settle(delivery, failure);
	}

	/**
	 * For tests that play a crashed node: workers stop taking work, without stopping the
	 * application.
	 */
	void pause() {
		paused = true;
	}

	void resume() {
		paused = false;
		wake();
	}

	private String claimName() {
		return lease.id() + "-" + claims.incrementAndGet();
	}

	/**
	 * The background claimer: keeps the bag filled with whatever is due, on any edition.
	 */
	private void claimForever(Mailbag bag) {
		while (running) {
			try {
				if (clock.instant().isAfter(recoveredAt.plus(settings.pollInterval()))) {
					recover();
				}
				// Paused (a test playing a crashed node): claim nothing more.
				int room = paused ? 0 : bag.room();
				List<DeliveryRepository.Claimed> batch = room == 0 ? List.of()
						: deliveries.claim(claimName(), lease.id(), room, null, clock.instant());
				for (DeliveryRepository.Claimed delivery : batch) {
					bag.put(delivery);
				}
				if (batch.isEmpty()) {
					synchronized (bell) {
						bell.wait(settings.pollInterval().toMillis());
					}
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				// The database may be briefly away; if it stays away for a lease, other
				// senders take this node's claimed rows over.
				log.warn("Newsletter claimer: {}", e.toString());
				sleepQuietly(settings.pollInterval());
			}
		}
	}

	/**
	 * A background worker: sends what the claimer puts in the bag until the node stops.
	 */
	private void work(Mailbag bag) {
		try (Postman.Round mail = postman.round()) {
			while (true) {
				try {
					DeliveryRepository.Claimed delivery = bag.next(settings.pollInterval());
					if (delivery != null) {
						deliver(delivery, mail);
					}
					else if (bag.closed()) {
						// Stopping, and every claimed delivery in the bag has been sent
						// and recorded.
						return;
					}
					else {
						// Idle: let the SMTP server go rather than have it time the
						// connection out.
						mail.close();
					}
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
				catch (RuntimeException e) {
					// The database may be briefly away; if it stays away for a lease,
					// other
					// senders take this node's claimed rows over.
					log.warn("Newsletter worker: {}", e.toString());
					sleepQuietly(settings.pollInterval());
				}
			}
		}
	}

	private static void sleepQuietly(Duration d) {
		try {
			Thread.sleep(d.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		if (!background || running) {
			return;
		}
		lease.hold();
		running = true;
		Mailbag bag = new Mailbag(settings.claimBatch());
		this.bag = bag;
		for (int lane = 0; lane < Math.max(1, settings.workers()); lane++) {
			Thread worker = Thread.ofPlatform().name("newsletter-" + lane).daemon(true).unstarted(() -> work(bag));
			workers.add(worker);
			worker.start();
		}
		claimer = Thread.ofPlatform().name("newsletter-claims").daemon(true).unstarted(() -> claimForever(bag));
		claimer.start();
	}

	@Override
	public void stop() {
		boolean started = running;
		running = false;
		wake();
		Mailbag bag = this.bag;
		if (bag != null) {
			bag.close();
		}
		List<Thread> all = new ArrayList<>(workers);
		if (claimer != null) {
			all.add(claimer);
		}
		for (Thread thread : all) {
			try {
				// A worker finishes what it has claimed, so that it gets recorded.
				thread.join(Duration.ofSeconds(30));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		workers.clear();
		claimer = null;
		this.bag = null;
		if (started) {
			lease.letGo();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
