package org.kiosque.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table {@code webhooks}. */
@Repository
class HookRepository {

	private final JdbcClient jdbc;

	HookRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String url, Set<WebhookEvent> events, String secret, Instant at, @Nullable Long by) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO webhooks (url, events, secret, enabled, created_at, created_by, consecutive_failures)
				VALUES (?, ?, ?, TRUE, ?, ?, 0)""")
			.params(url, names(events), secret, Timestamp.from(at), by)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	List<Hook> all() {
		return jdbc.sql("SELECT * FROM webhooks ORDER BY id").query(HookRepository::hook).list();
	}

	/** The enabled hooks told of {@code event}. */
	List<Hook> listening(WebhookEvent event) {
		return jdbc.sql("SELECT * FROM webhooks WHERE enabled = TRUE ORDER BY id")
			.query(HookRepository::hook)
			.stream()
			.filter(h -> h.events().contains(event))
			.toList();
	}

	Optional<Hook> find(long id) {
		return jdbc.sql("SELECT * FROM webhooks WHERE id = ?").param(id).query(HookRepository::hook).optional();
	}

	boolean delete(long id) {
		return jdbc.sql("DELETE FROM webhooks WHERE id = ?").param(id).update() > 0;
	}

	/** Switches the hook on (counting its failures anew) or off. */
	boolean setEnabled(long id, boolean enabled) {
		return jdbc.sql("""
				UPDATE webhooks SET enabled = ?, disabled_reason = NULL,
				    consecutive_failures = CASE WHEN ? THEN 0 ELSE consecutive_failures END
				WHERE id = ?""").params(enabled, enabled, id).update() > 0;
	}

	boolean replaceSecret(long id, String secret) {
		return jdbc.sql("UPDATE webhooks SET secret = ? WHERE id = ?").params(secret, id).update() > 0;
	}

	void succeeded(long id) {
		jdbc.sql("UPDATE webhooks SET consecutive_failures = 0 WHERE id = ?").param(id).update();
	}

	/**
	 * Counts a failed attempt, in one statement (other nodes count theirs too); switches
	 * the hook off with {@code reason} once {@code disableAfter} (if above 0) is reached.
	 * @return whether this failure switched it off
	 */
	boolean failed(long id, int disableAfter, String reason) {
		jdbc.sql("UPDATE webhooks SET consecutive_failures = consecutive_failures + 1 WHERE id = ?").param(id).update();
		if (disableAfter <= 0) {
			return false;
		}
		return jdbc.sql("""
				UPDATE webhooks SET enabled = FALSE, disabled_reason = ?
				WHERE id = ? AND enabled = TRUE AND consecutive_failures >= ?""")
			.params(reason, id, disableAfter)
			.update() > 0;
	}

	private static String names(Set<WebhookEvent> events) {
		return events.stream().sorted().map(WebhookEvent::wireName).collect(Collectors.joining(","));
	}

	private static Hook hook(ResultSet rs, int row) throws SQLException {
		Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
		Arrays.stream(rs.getString("events").split(","))
			.map(WebhookEvent::of)
			.flatMap(Optional::stream)
			.forEach(events::add);
		return new Hook(rs.getLong("id"), rs.getString("url"), events, rs.getString("secret"), rs.getBoolean("enabled"),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("consecutive_failures"),
				rs.getString("disabled_reason"));
	}

}
