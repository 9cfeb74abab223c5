package org.kiosque.newsletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The subscriber and confirmation tables. */
@Repository
class SubscriberRepository {

	private static final String COLUMNS = "id, email, name, status, source, reader_id, unsubscribe_token, "
			+ "consecutive_failures, created_at, confirmed_at";

	private final JdbcClient jdbc;

	SubscriberRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	Optional<Subscriber> byEmail(String email) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM subscriber WHERE email = ?")
			.param(email)
			.query(this::row)
			.optional();
	}

	Optional<Subscriber> byId(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM subscriber WHERE id = ?").param(id).query(this::row).optional();
	}

	Optional<Subscriber> byUnsubscribeToken(String token) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM subscriber WHERE unsubscribe_token = ?")
			.param(token)
			.query(this::row)
			.optional();
	}

	long insert(String email, @Nullable String name, SubscriberStatus status, String source, @Nullable Long readerId,
			String unsubscribeToken, Instant now) {
		jdbc.sql(
				"""
						INSERT INTO subscriber (email, name, status, source, reader_id, unsubscribe_token, created_at, confirmed_at)
						VALUES (:email, :name, :status, :source, :reader, :token, :now, :confirmed)""")
			.param("email", email)
			.param("name", name)
			.param("status", status.name())
			.param("source", source)
			.param("reader", readerId)
			.param("token", unsubscribeToken)
			.param("now", utc(now))
			.param("confirmed", status == SubscriberStatus.CONFIRMED ? utc(now) : null)
			.update();
		return byEmail(email).orElseThrow().id();
	}

	void linkReader(long id, long readerId) {
		jdbc.sql("UPDATE subscriber SET reader_id = ? WHERE id = ?").params(readerId, id).update();
	}

	void confirm(long id, Instant now) {
		jdbc.sql("""
				UPDATE subscriber SET status = 'CONFIRMED', confirmed_at = ?, unsubscribed_at = NULL,
				    consecutive_failures = 0
				WHERE id = ?""").params(utc(now), id).update();
	}

	boolean unsubscribe(long id, Instant now) {
		return jdbc.sql(
				"UPDATE subscriber SET status = 'UNSUBSCRIBED', unsubscribed_at = ? WHERE id = ? AND status <> 'UNSUBSCRIBED'")
			.params(utc(now), id)
			.update() > 0;
	}

	void addConfirmation(long subscriberId, String tokenHash, Instant expiresAt) {
		jdbc.sql("INSERT INTO subscriber_confirmation (token_hash, subscriber_id, expires_at) VALUES (?, ?, ?)")
			.params(tokenHash, subscriberId, utc(expiresAt))
			.update();
	}

	/** Spends a confirmation token: true for the one caller that used it while valid. */
	Optional<Long> spendConfirmation(String tokenHash, Instant now) {
		Optional<Long> subscriber = jdbc.sql(
				"SELECT subscriber_id FROM subscriber_confirmation WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
			.params(tokenHash, utc(now))
			.query(Long.class)
			.optional();
		if (subscriber.isEmpty()) {
			return Optional.empty();
		}
		// The conditional UPDATE is what makes the link single-use, even for two clicks
		// at once.
		int spent = jdbc.sql("UPDATE subscriber_confirmation SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
			.params(utc(now), tokenHash)
			.update();
		return spent == 1 ? subscriber : Optional.empty();
	}

	boolean confirmationValid(String tokenHash, Instant now) {
		return jdbc.sql(
				"SELECT COUNT(*) FROM subscriber_confirmation WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?")
			.params(tokenHash, utc(now))
			.query(Long.class)
			.single() > 0;
	}

	/** Ends every subscription of a closed account: by reader id, and by its address. */
	int endFor(long readerId, String email, Instant now) {
		return jdbc.sql("""
				UPDATE subscriber SET status = 'UNSUBSCRIBED', unsubscribed_at = :now, reader_id = NULL
				WHERE (reader_id = :reader OR email = :email) AND status <> 'UNSUBSCRIBED'""")
			.param("now", utc(now))
			.param("reader", readerId)
			.param("email", email)
			.update();
	}

	Map<SubscriberStatus, Long> counts() {
		Map<SubscriberStatus, Long> counts = new java.util.EnumMap<>(SubscriberStatus.class);
		for (SubscriberStatus s : SubscriberStatus.values()) {
			counts.put(s, 0L);
		}
		jdbc.sql("SELECT status, COUNT(*) AS n FROM subscriber GROUP BY status")
			.query((rs, i) -> Map.entry(SubscriberStatus.valueOf(rs.getString("status")), rs.getLong("n")))
			.list()
			.forEach(e -> counts.put(e.getKey(), e.getValue()));
		return counts;
	}

	List<Subscriber> search(String query, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM subscriber WHERE LOWER(email) LIKE :q OR LOWER(name) LIKE :q "
					+ "ORDER BY created_at DESC, id DESC FETCH FIRST " + limit + " ROWS ONLY")
			.param("q", "%" + query.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%")
			.query(this::row)
			.list();
	}

	void each(Consumer<Subscriber> action) {
		try (var rows = jdbc.sql("SELECT " + COLUMNS + " FROM subscriber ORDER BY id").query(this::row).stream()) {
			rows.forEach(action);
		}
	}

	private Subscriber row(ResultSet rs, int n) throws SQLException {
		long reader = rs.getLong("reader_id");
		Long readerId = rs.wasNull() ? null : reader;
		return new Subscriber(rs.getLong("id"), rs.getString("email"), rs.getString("name"),
				SubscriberStatus.valueOf(rs.getString("status")), rs.getString("source"), readerId,
				rs.getString("unsubscribe_token"), rs.getInt("consecutive_failures"), instant(rs, "created_at"),
				instant(rs, "confirmed_at"));
	}

}
