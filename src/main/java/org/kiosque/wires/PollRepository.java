package org.kiosque.wires;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each source's polling state, {@code wire_poll}: the claim that lets one node poll a
 * source at a time (a lease, like the schedule's and the newsletter's), when it is due
 * next, the feed's validators and its failures in a row. A claim is a single conditional
 * {@code UPDATE}: of two nodes racing for one due source, one row count is 1, the other
 * 0. Times are the claiming node's clock (nodes are expected to keep NTP time; a lease is
 * minutes long).
 */
@Repository
class PollRepository {

	private final JdbcClient jdbc;

	PollRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What a poll needs and the newsroom shows.
	 *
	 * @param etag the feed's last {@code ETag}, for {@code If-None-Match}
	 * @param lastModified its last {@code Last-Modified}, for {@code If-Modified-Since}
	 * @param failures failures in a row (0 after a success)
	 */
	record State(String sourceKey, @Nullable String claimedBy, @Nullable Instant claimedUntil, Instant nextPollAt,
			@Nullable String etag, @Nullable String lastModified, int failures, @Nullable String lastError,
			@Nullable Instant lastErrorAt, @Nullable Instant lastSuccessAt) {
	}

	/**
	 * Claims the source for {@code node} until {@code until} when it is due at
	 * {@code now} and no other node's claim runs; the row is made on first sight.
	 * @param force claim it even when it is not due yet (an editor's "poll now")
	 * @return whether this node now holds it
	 */
	boolean claim(String sourceKey, String node, Instant now, Instant until, boolean force) {
		ensure(sourceKey, now);
		return jdbc.sql("""
				UPDATE wire_poll SET claimed_by = :node, claimed_until = :until
				WHERE source_key = :key AND (:force OR next_poll_at <= :now)
				AND (claimed_by IS NULL OR claimed_until < :now)""")
			.param("node", node)
			.param("until", at(until))
			.param("key", sourceKey)
			.param("force", force)
			.param("now", at(now))
			.update() == 1;
	}

	/**
	 * A poll that worked: next one after the interval, validators kept, failures reset.
	 */
	void succeeded(String sourceKey, String node, Instant now, Instant next, @Nullable String etag,
			@Nullable String lastModified) {
		jdbc.sql("""
				UPDATE wire_poll SET claimed_by = NULL, claimed_until = NULL, next_poll_at = :next,
				    etag = COALESCE(:etag, etag), last_modified = COALESCE(:modified, last_modified), failures = 0,
				    last_success_at = :now
				WHERE source_key = :key AND claimed_by = :node""")
			.param("next", at(next))
			.param("etag", etag)
			.param("modified", lastModified)
			.param("now", at(now))
			.param("key", sourceKey)
			.param("node", node)
			.update();
	}

	/**
	 * A poll that failed: one more failure in a row, why and when, the next try later.
	 */
	void failed(String sourceKey, String node, Instant now, Instant next, String error) {
		jdbc.sql("""
				UPDATE wire_poll SET claimed_by = NULL, claimed_until = NULL, next_poll_at = :next,
				    failures = failures + 1, last_error = :error, last_error_at = :now
				WHERE source_key = :key AND claimed_by = :node""")
			.param("next", at(next))
			.param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
			.param("now", at(now))
			.param("key", sourceKey)
			.param("node", node)
			.update();
	}

	Optional<State> find(String sourceKey) {
		return jdbc.sql("SELECT * FROM wire_poll WHERE source_key = ?")
			.param(sourceKey)
			.query((rs, n) -> state(rs))
			.optional();
	}

	Map<String, State> all() {
		return jdbc.sql("SELECT * FROM wire_poll")
			.query((rs, n) -> state(rs))
			.list()
			.stream()
			.collect(Collectors.toMap(State::sourceKey, Function.identity()));
	}

	/** Forgets a source's validators (its address changed, say). */
	void forgetValidators(String sourceKey) {
		jdbc.sql("UPDATE wire_poll SET etag = NULL, last_modified = NULL WHERE source_key = ?")
			.param(sourceKey)
			.update();
	}

	private void ensure(String sourceKey, Instant now) {
		if (jdbc.sql("SELECT COUNT(*) FROM wire_poll WHERE source_key = ?")
			.param(sourceKey)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		try {
			jdbc.sql("INSERT INTO wire_poll (source_key, next_poll_at, failures) VALUES (?, ?, 0)")
				.params(sourceKey, at(now))
				.update();
		}
		catch (DuplicateKeyException e) {
			// Another node made it meanwhile: the same row.
		}
	}

	private static State state(ResultSet rs) throws SQLException {
		return new State(rs.getString("source_key"), rs.getString("claimed_by"), instant(rs, "claimed_until"),
				instant(rs, "next_poll_at"), rs.getString("etag"), rs.getString("last_modified"), rs.getInt("failures"),
				rs.getString("last_error"), instant(rs, "last_error_at"), instant(rs, "last_success_at"));
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	static List<String> keys(List<WireSource> sources) {
		return sources.stream().map(WireSource::key).toList();
	}

}
