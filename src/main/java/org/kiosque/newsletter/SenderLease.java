package org.kiosque.newsletter;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * This process's lease on newsletter sending: its row in {@code newsletter_sender},
 * renewed every sixth of {@code kiosque.newsletter.lease} for as long as the process may
 * hold claimed deliveries (a server node from start to stop, {@code newsletter send}
 * while it runs). The deliveries it claims name it ({@code delivery.claimed_sender}).
 * When the row has not been renewed for a whole lease, by the database's clock (so the
 * nodes' clocks need not agree), the process is taken for dead and any other sender puts
 * its claimed deliveries back in the queue ({@link DeliveryRepository#recover}).
 * <p>
 * The other half of the bargain, which makes a takeover safe: this process hands SMTP
 * nothing while its last successful renewal began more than half a lease ago (the
 * database away, the process frozen), nor anything it claimed before such a gap, since
 * others may have taken those deliveries over in the meantime ({@link #covers}).
 */
@Component
class SenderLease {

	// The mailroom's logger: whoever follows the sending follows one name.
	private static final Logger log = LoggerFactory.getLogger(Mailroom.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration lease;

	private final String id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);

	private final String host = describeHost();

	private int holders;

	private @Nullable ScheduledExecutorService renewer;

	/** {@link System#nanoTime()} just before the last renewal that succeeded. */
	private volatile long renewedNanos;

	private volatile boolean renewed;

	/** Since when the lease has been held without a gap (this process's clock). */
	private volatile Instant since = Instant.MAX;

	SenderLease(JdbcClient jdbc, NewsletterSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.lease = settings.lease();
	}

	/** This sender's name, which its claims carry. */
	String id() {
		return id;
	}

	/**
	 * Takes the lease (or joins whoever in this process holds it already): the row is
	 * written before this returns, then renewed in the background until the last holder
	 * lets go.
	 * @throws org.springframework.dao.DataAccessException when the database cannot be
	 * reached
	 */
	synchronized void hold() {
		if (holders++ > 0) {
			return;
		}
		try {
			renew();
		}
		catch (RuntimeException e) {
			holders--;
			throw e;
		}
		long every = Math.max(50, lease.toMillis() / 6);
		ScheduledExecutorService timer = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("newsletter-lease").daemon(true).factory());
		timer.scheduleWithFixedDelay(this::renewQuietly, every, every, TimeUnit.MILLISECONDS);
		renewer = timer;
	}

	/**
	 * Lets go of the lease; the last holder stops the renewals and deletes the row, so
	 * that whatever this process still has claimed (nothing once its workers have
	 * finished) is taken over at once rather than after a lease.
	 */
	synchronized void letGo() {
		if (holders == 0 || --holders > 0) {
			return;
		}
		ScheduledExecutorService timer = renewer;
		renewer = null;
		if (timer != null) {
			timer.shutdownNow();
		}
		renewed = false;
		since = Instant.MAX;
		try {
			jdbc.sql("DELETE FROM newsletter_sender WHERE id = ?").param(id).update();
		}
		catch (RuntimeException e) {
			// The row then lapses on its own after a lease.
			log.warn("Newsletter lease {} not given back: {}", id, e.toString());
		}
	}

	/**
	 * True when a delivery claimed at {@code claimedAt} may be handed to SMTP: the lease
	 * was renewed less than half a lease ago and has been held without a gap since before
	 * the claim.
	 */
	boolean covers(Instant claimedAt) {
		// renewedNanos is written after since: reading it first sees a since as recent.
		return renewed && System.nanoTime() - renewedNanos < lease.toNanos() / 2 && !claimedAt.isBefore(since);
	}

	/**
	 * Deletes the rows of senders silent for a whole lease that no longer hold anything
	 * (run after their deliveries were taken over). A sender that was only frozen writes
	 * its row again and takes nothing it had claimed before.
	 * @return how many were forgotten
	 */
	int forgetSilent() {
		return jdbc.sql("""
				DELETE FROM newsletter_sender WHERE renewed_at < %s
				AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.claimed_sender = newsletter_sender.id
				    AND d.state = 'SENDING')""".formatted(DeliveryRepository.LAPSED))
			.param("lease", lease.toMillis())
			.update();
	}

	private synchronized void renewQuietly() {
		if (holders == 0) {
			return; // let go meanwhile: the row is gone and must stay gone
		}
		try {
			renew();
		}
		catch (RuntimeException e) {
			// covers() turns false after half a lease without renewal: no sending then.
			log.warn("Newsletter lease {} not renewed: {}", id, e.toString());
		}
	}

	private void renew() {
		long before = System.nanoTime();
		Instant at = clock.instant();
		int updated = jdbc.sql("UPDATE newsletter_sender SET renewed_at = CURRENT_TIMESTAMP WHERE id = ?")
			.param(id)
			.update();
		if (updated == 0) {
			jdbc.sql("""
					INSERT INTO newsletter_sender (id, host, started_at, renewed_at)
					VALUES (?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""").params(id, host).update();
		}
		// A first renewal, one after a gap, or a row that others deleted as dead: what
		// was claimed before now may be theirs.
		if (!renewed || updated == 0 || before - renewedNanos >= lease.toNanos() / 2) {
			since = at;
		}
		renewedNanos = before;
		renewed = true;
	}

	/** For the operator who reads the table: which machine and process. */
	private static String describeHost() {
		String name;
		try {
			name = InetAddress.getLocalHost().getHostName();
		}
		catch (Exception e) {
			name = "?";
		}
		String host = name + " pid " + ProcessHandle.current().pid();
		return host.length() > 200 ? host.substring(0, 200) : host;
	}

}
