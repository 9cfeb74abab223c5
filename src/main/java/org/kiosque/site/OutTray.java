package org.kiosque.site;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An out-tray: a table of things to send (the outbox's mails, the webhooks' deliveries)
 * that every node empties together. Rows due ({@code state = 'WAITING'} and
 * {@code next_attempt_at} past) are claimed a batch at a time with one conditional
 * {@code UPDATE} ({@code SENDING}, {@code claimed_by} this tray, {@code claimed_at} now),
 * so with several nodes each row is in one node's hands at a time; a claim whose node
 * died is taken back after the claim timeout ({@link #takeBackLapsedClaims}). What a
 * claimed row becomes (sent, retried {@link #later}, given up) is the sender's to say.
 * <p>
 * The table has at least {@code id}, {@code state}, {@code attempts},
 * {@code next_attempt_at}, {@code claimed_by} and {@code claimed_at}. One drain at a time
 * per tray; a nudge during a drain makes it go round once more instead of waiting.
 *
 * @param <T> a claimed row, as the sender reads it
 */
public final class OutTray<T> {

	private static final Logger log = LoggerFactory.getLogger(OutTray.class);

	private final String name;

	private final String table;

	private final String columns;

	private final RowMapper<T> rows;

	private final int batch;

	private final Consumer<List<T>> send;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String claim = "node-" + UUID.randomUUID();

	private final ReentrantLock draining = new ReentrantLock();

	private final AtomicBoolean again = new AtomicBoolean();

	/**
	 * @param name what the tray holds, for its thread and its log lines ("Mail outbox")
	 * @param table the table, as written in SQL
	 * @param columns the columns {@code rows} reads, as written after {@code SELECT}
	 * @param rows reads one claimed row
	 * @param batch rows claimed at once; a full batch is followed by another
	 * @param send sends a batch of claimed rows and settles each one
	 */
	public OutTray(String name, String table, String columns, RowMapper<T> rows, int batch, Consumer<List<T>> send,
			JdbcClient jdbc, Clock clock) {
		this.name = name;
		this.table = table;
		this.columns = columns;
		this.rows = rows;
		this.batch = batch;
		this.send = send;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The back-off of a tray: {@code retryDelay × 2^(attempts−1)}, at most
	 * {@code maxRetryDelay}, for {@code maxAttempts} attempts.
	 *
	 * @param retryDelay the wait after a first failed attempt
	 * @param maxRetryDelay the longest wait
	 * @param maxAttempts attempts before a row is given up
	 */
	public record Retries(Duration retryDelay, Duration maxRetryDelay, int maxAttempts) {

		/** The wait after {@code attempts} failed attempts (1 or more). */
		public Duration backOff(int attempts) {
			Duration wait = retryDelay.multipliedBy(1L << Math.min(20, attempts - 1));
			return wait.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : wait;
		}

		/** Whether a row that has had {@code attempts} attempts is to be given up. */
		public boolean exhausted(int attempts) {
			return attempts >= maxAttempts;
		}

	}

	/** Rows were written here: send them now, on a thread of their own. */
	public void nudge() {
		Thread.ofVirtual().name(name).start(this::drain);
	}

	/**
	 * Rows were written in the current transaction (if any): {@link #nudge} once it
	 * commits, so that nothing is sent of a change rolled back.
	 */
	public void nudgeAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					nudge();
				}
			});
		}
		else {
			nudge();
		}
	}

	/** Puts back in the tray the rows claimed longer than {@code claimTimeout} ago. */
	public void takeBackLapsedClaims(Duration claimTimeout) {
		jdbc.sql("""
				UPDATE %s SET state = 'WAITING', claimed_by = NULL, claimed_at = NULL
				WHERE state = 'SENDING' AND claimed_at < ?""".formatted(table))
			.param(Timestamp.from(clock.instant().minus(claimTimeout)))
			.update();
	}

	/** Sends what is due, batch after batch, until a batch is not full. */
	public void drain() {
		again.set(true);
		while (again.get() && draining.tryLock()) {
			try {
				again.set(false);
				List<T> claimed;
				do {
					claimed = claim();
					send.accept(claimed);
				}
				while (claimed.size() == batch);
			}
			catch (RuntimeException e) {
				log.warn("{}: {}", name, e.toString());
				return;
			}
			finally {
				draining.unlock();
			}
		}
	}

	private List<T> claim() {
		Timestamp now = Timestamp.from(clock.instant());
		int claimed = jdbc.sql("""
				UPDATE %1$s SET state = 'SENDING', claimed_by = ?, claimed_at = ?
				WHERE state = 'WAITING' AND next_attempt_at <= ? AND id IN (
				    SELECT id FROM %1$s WHERE state = 'WAITING' AND next_attempt_at <= ?
				    ORDER BY state, next_attempt_at FETCH FIRST %2$d ROWS ONLY)""".formatted(table, batch))
			.params(claim, now, now, now)
			.update();
		if (claimed == 0) {
			return List.of();
		}
		return jdbc
			.sql("SELECT %s FROM %s WHERE claimed_by = ? AND state = 'SENDING' ORDER BY id".formatted(columns, table))
			.param(claim)
			.query(rows)
			.list();
	}

	/**
	 * Puts a claimed row back for another attempt in {@code wait}.
	 * @param attempts the attempts it has had, this one included
	 * @param lastError what went wrong, for a table with a {@code last_error} column;
	 * {@code null} for one without
	 */
	public void later(long id, int attempts, Duration wait, @Nullable String lastError) {
		Timestamp next = Timestamp.from(clock.instant().plus(wait));
		if (lastError == null) {
			jdbc.sql("""
					UPDATE %s SET state = 'WAITING', attempts = ?, next_attempt_at = ?,
					    claimed_by = NULL, claimed_at = NULL
					WHERE id = ?""".formatted(table)).params(attempts, next, id).update();
			return;
		}
		jdbc.sql("""
				UPDATE %s SET state = 'WAITING', attempts = ?, last_error = ?, next_attempt_at = ?,
				    claimed_by = NULL, claimed_at = NULL
				WHERE id = ?""".formatted(table)).params(attempts, lastError, next, id).update();
	}

	/**
	 * Lets go of a row this tray claimed and could not settle, as it was: due again at
	 * once, for whichever node claims it next.
	 */
	public void letGo(long id) {
		jdbc.sql("""
				UPDATE %s SET state = 'WAITING', claimed_by = NULL, claimed_at = NULL
				WHERE id = ? AND state = 'SENDING' AND claimed_by = ?""".formatted(table)).params(id, claim).update();
	}

}
