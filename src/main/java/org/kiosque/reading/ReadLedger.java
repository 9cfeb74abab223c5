package org.kiosque.reading;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Read counts in memory, and their flush to the database.
 * <p>
 * Each article read on this node has a {@link Tally}: the reads not yet written
 * ({@code pending}) and the stored total as last seen ({@code stored}). The page prints
 * their sum, so it never waits for the database. Once a {@code flushInterval} (1 s) one
 * thread takes every pending count, adds them all in one transaction, then reads the
 * stored totals of the articles in memory back, which brings in what other nodes added.
 * The stored total of an article is read from the database once, when this node first
 * needs it; an article not read for {@code idleAfter} leaves memory (only once its counts
 * are written) and is read again when next needed. Flushes are planned so that a crash
 * loses at most {@code flushInterval} of reads while a flush takes less than half of it.
 * <p>
 * A graceful shutdown writes everything: this lifecycle stops after the web server has
 * stopped taking requests and before the database pool closes; if the database is gone by
 * then, the reads go to {@link UnwrittenReads}, added at the next start. A crash loses at
 * most the reads of the last flush interval, and of a flush the database refused (it is
 * retried each interval while the node lives).
 */
@Component
class ReadLedger implements SmartLifecycle {

	/**
	 * After the web server's graceful shutdown ({@code MAX_VALUE - 1024}) and its stop
	 * ({@code MAX_VALUE - 2048}); the datasource closes after every lifecycle has
	 * stopped.
	 */
	static final int PHASE = Integer.MAX_VALUE - 4096;

	private static final Logger log = LoggerFactory.getLogger(ReadLedger.class);

	private final ReadRepository store;

	private final UnwrittenReads unwritten;

	private final ReadSettings settings;

	private final Clock clock;

	private final ConcurrentHashMap<Long, Tally> tallies = new ConcurrentHashMap<>();

	private final Object flushing = new Object();

	private @Nullable ScheduledExecutorService flusher;

	private volatile boolean running;

	/** The slowest recent flush, in nanoseconds; only the flush thread writes it. */
	private volatile long slowestFlush;

	ReadLedger(ReadRepository store, UnwrittenReads unwritten, ReadSettings settings, Clock clock) {
		this.store = store;
		this.unwritten = unwritten;
		this.settings = settings;
		this.clock = clock;
	}

	/** The total as the page shows it: stored plus not yet written. */
	long total(long articleId) {
		return tally(articleId).total();
	}

	void add(long articleId) {
		while (!tally(articleId).add()) {
			Thread.onSpinWait(); // the flush is retiring this tally; the next lookup
									// makes a new one
		}
	}

	/** After the stored total was set outright (an import). */
	void stored(long articleId, long reads) {
		Tally t = tallies.get(articleId);
		if (t != null) {
			t.stored = reads;
		}
	}

	private Tally tally(long articleId) {
		Tally t = tallies.get(articleId);
		if (t == null) {
			// Once per article and node (or after it went idle): read outside the map's
			// lock,
			// a concurrent first reader may read too, one tally wins.
			long stored = store.total(articleId);
			t = tallies.computeIfAbsent(articleId, id -> new Tally(stored));
		}
		t.touched = System.nanoTime();
		return t;
	}

	/** Writes every pending count; returns how many reads were written. */
	long flush() {
		synchronized (flushing) {
			Map<Long, Long> taken = new TreeMap<>(); // article order: no deadlock between
														// nodes
			Map<Long, Tally> takenFrom = new TreeMap<>();
			tallies.forEach((id, t) -> {
				long n = t.take();
				if (n > 0) {
					taken.put(id, n);
					takenFrom.put(id, t);
				}
			});
			long written = 0;
			if (!taken.isEmpty()) {
				try {
					store.add(taken, clock.instant().truncatedTo(ChronoUnit.HOURS));
					written = taken.values().stream().mapToLong(Long::longValue).sum();
				}
				catch (RuntimeException e) {
					takenFrom.forEach((id, t) -> t.giveBack(taken.get(id)));
					log.warn("Could not write {} article read counts; kept in memory for the next try", taken.size(),
							e);
					return 0;
				}
			}
			refreshAndRetire();
			return written;
		}
	}

	private void refreshAndRetire() {
		if (tallies.isEmpty()) {
			return;
		}
		try {
			List<Long> ids = new ArrayList<>(tallies.keySet());
			Map<Long, Long> stored = store.totals(ids);
			for (Long id : ids) {
				Tally t = tallies.get(id);
				if (t != null) {
					t.stored = stored.getOrDefault(id, 0L);
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("Could not read stored read totals back; pages show this node's view meanwhile", e);
		}
		long idleBefore = System.nanoTime() - settings.idleAfter().toNanos();
		tallies.forEach((id, t) -> {
			if (t.touched - idleBefore < 0 && t.retire()) {
				tallies.remove(id, t);
			}
		});
	}

	@Override
	public void start() {
		synchronized (flushing) {
			if (running) {
				return;
			}
			unwritten.replay(store::add);
			var executor = new ScheduledThreadPoolExecutor(1,
					Thread.ofPlatform().name("read-flush").daemon().factory());
			// On stop, the planned flush is dropped: stop() flushes itself.
			executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
			executor.schedule(this::flushAndPlanNext, settings.flushInterval().toNanos(), TimeUnit.NANOSECONDS);
			flusher = executor;
			running = true;
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor;
		synchronized (flushing) {
			executor = flusher;
			flusher = null;
			running = false;
		}
		if (executor != null) {
			executor.shutdown();
			try {
				executor.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		for (int attempt = 1; attempt <= 3 && pendingReads() > 0; attempt++) {
			long written = flush();
			if (written > 0) {
				log.info("Shutdown: wrote {} pending reads", written);
			}
		}
		if (pendingReads() > 0) {
			keepUnwritten();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	/**
	 * The database is gone (or refuses): what is left goes to a file, added at the next
	 * start.
	 */
	private void keepUnwritten() {
		synchronized (flushing) {
			Map<Long, Long> left = new TreeMap<>();
			tallies.forEach((id, t) -> {
				long n = t.take();
				if (n > 0) {
					left.put(id, n);
				}
			});
			long reads = left.values().stream().mapToLong(Long::longValue).sum();
			try {
				var file = unwritten.keep(left, clock.instant().truncatedTo(ChronoUnit.HOURS));
				log.warn("Shutdown: the database took no more; {} reads kept in {} for the next start", reads, file);
			}
			catch (RuntimeException e) {
				log.error("Shutdown: {} reads could not be written anywhere and are lost", reads, e);
			}
		}
	}

	long pendingReads() {
		return tallies.values().stream().mapToLong(Tally::pending).sum();
	}

	/**
	 * Flushes, then plans the next flush so that a crash loses at most
	 * {@code flushInterval} of reads. A crash loses what was counted since the last
	 * committed flush took its counts, up to the moment the next one commits: the time
	 * between two takes plus one flush's duration. With a fixed delay between flushes
	 * that was the interval plus two flush durations (1.7 s in a kill -9 run under load),
	 * so the next take is planned from this one's start, earlier by the slowest recent
	 * flush. When flushes take more than half the interval, they run back to back and the
	 * bound becomes two flush durations (docs/readme/reading.md).
	 */
	private void flushAndPlanNext() {
		long start = System.nanoTime();
		flushQuietly();
		long took = System.nanoTime() - start;
		slowestFlush = Math.max(took, slowestFlush - slowestFlush / 8); // forgets slowly
		long wait = settings.flushInterval().toNanos() - took - slowestFlush;
		synchronized (flushing) {
			if (flusher != null && !flusher.isShutdown()) {
				flusher.schedule(this::flushAndPlanNext, Math.max(0, wait), TimeUnit.NANOSECONDS);
			}
		}
	}

	private void flushQuietly() {
		try {
			flush();
		}
		catch (RuntimeException e) {
			log.warn("Read count flush failed", e);
		}
	}

	/** One article's counts on this node. */
	static final class Tally {

		private static final long RETIRED = Long.MIN_VALUE;

		private final AtomicLong pending = new AtomicLong();

		volatile long stored;

		volatile long touched = System.nanoTime();

		Tally(long stored) {
			this.stored = stored;
		}

		long total() {
			long p = pending.get();
			return stored + (p == RETIRED ? 0 : p);
		}

		long pending() {
			long p = pending.get();
			return p == RETIRED ? 0 : p;
		}

		/** False once retired: the caller must look the tally up again. */
		boolean add() {
			long p;
			do {
				p = pending.get();
				if (p == RETIRED) {
					return false;
				}
			}
			while (!pending.compareAndSet(p, p + 1));
			return true;
		}

		/**
		 * Moves the pending count to the stored one (the flush is about to write it);
		 * returns it.
		 */
		long take() {
			long p;
			do {
				p = pending.get();
				if (p <= 0) {
					return 0;
				}
			}
			while (!pending.compareAndSet(p, 0));
			stored += p; // only the flush thread writes stored after creation
			return p;
		}

		void giveBack(long n) {
			stored -= n;
			pending.addAndGet(n);
		}

		boolean retire() {
			return pending.compareAndSet(0, RETIRED);
		}

	}

}
