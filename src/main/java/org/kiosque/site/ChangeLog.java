package org.kiosque.site;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database's log of changes ({@code change_log}), how nodes on one database hear of
 * each other's changes: every {@link SharedChange} published is written here in the
 * transaction that publishes it (so a change and its row commit together, or neither),
 * and each node reads the rows after the last it saw about once a second
 * ({@link ChangeFollower}): its copies are dropped ({@link ChangedElsewhere}), its search
 * index brought up to date. A poll of the primary key works on H2 and PostgreSQL alike,
 * and survives a node that was away (it reads on from where it was), which PostgreSQL's
 * {@code LISTEN/NOTIFY} would not.
 */
@Component
public class ChangeLog {

	/**
	 * How long a row may stay invisible after a later one became visible (its transaction
	 * still running): past this, a reader takes the gap for a rolled-back transaction.
	 */
	static final Duration SETTLING = Duration.ofSeconds(10);

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	/** This process, in the rows it writes: it does not hear its own changes again. */
	private final String node = UUID.randomUUID().toString().replace("-", "").substring(0, 16);

	ChangeLog(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/** Writes the change in the publisher's transaction (at once without one). */
	@EventListener
	void on(SharedChange change) {
		jdbc.sql("INSERT INTO change_log (kind, subject, node, changed_at) VALUES (:kind, :subject, :node, :at)")
			.param("kind", change.getClass().getSimpleName())
			.param("subject", change.subject())
			.param("node", node)
			.param("at", now())
			.update();
	}

	/**
	 * Writes one row of {@code type} per subject, in one batch, in the current
	 * transaction: for the writers of many articles at once, which publish no event per
	 * article.
	 */
	public void recordAll(Class<? extends SharedChange> type, Collection<?> subjects) {
		OffsetDateTime at = now();
		batch.batchUpdate("INSERT INTO change_log (kind, subject, node, changed_at) VALUES (?, ?, ?, ?)",
				subjects.stream().map(s -> new Object[] { type.getSimpleName(), s.toString(), node, at }).toList());
	}

	/** The rows after {@code seq}, oldest first, at most {@code limit}. */
	public List<LoggedChange> after(long seq, int limit) {
		return jdbc.sql("SELECT seq, kind, subject, node FROM change_log WHERE seq > :seq ORDER BY seq LIMIT :limit")
			.param("seq", seq)
			.param("limit", limit)
			.query((rs, n) -> new LoggedChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/**
	 * A place to start reading from that misses no change committed from now on: the last
	 * row written more than {@link #SETTLING} ago (0 for none). Rows after it are read
	 * again (what they drop or index is done twice, harmlessly); a transaction still
	 * running holds a row after it.
	 */
	public long settled() {
		return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM change_log WHERE changed_at < :before")
			.param("before", now().minus(SETTLING))
			.query(Long.class)
			.single();
	}

	/**
	 * What row {@code seq} holds (its kind, writer and subject): two databases' rows of
	 * the same number differ by it, the writer being a random name per process. Empty
	 * when there is no such row (0, deleted, or another database).
	 */
	public String fingerprint(long seq) {
		return jdbc.sql("SELECT kind, node, subject FROM change_log WHERE seq = :seq")
			.param("seq", seq)
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3))
			.optional()
			.orElse("");
	}

	/** The newest row's number; 0 for an empty log. */
	public long latest() {
		return jdbc.sql("SELECT COALESCE(MAX(seq), 0) FROM change_log").query(Long.class).single();
	}

	/**
	 * Whether rows after {@code seq} may have been deleted ({@link #prune}): the oldest
	 * row left comes later than the next one. (A rolled-back transaction's number looks
	 * the same, and costs a needless rebuild at most.)
	 */
	public boolean prunedAfter(long seq) {
		Long oldest = jdbc.sql("SELECT MIN(seq) FROM change_log").query(Long.class).optional().orElse(null);
		return oldest != null && oldest > seq + 1;
	}

	/**
	 * Deletes the rows older than {@code retention}, except the newest row, which keeps
	 * the log's position known ({@link #prunedAfter}).
	 * @return how many rows went
	 */
	public int prune(Duration retention) {
		return jdbc.sql("""
				DELETE FROM change_log WHERE changed_at < :before
				AND seq < (SELECT MAX(newest.seq) FROM change_log newest)""")
			.param("before", now().minus(retention))
			.update();
	}

	/** This node's name in the log. */
	public String node() {
		return node;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
