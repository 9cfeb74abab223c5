package org.kiosque.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's unsaved texts: {@code desk_autosave} (each editor's latest autosave of an
 * article, one row per editor and article, replaced each time) and {@code desk_held} (a
 * form posted after its session ended, under the hash of a random cookie).
 */
@Repository
class DraftRepository {

	private static final String TEXT = "headline, standfirst, body, section, tags, byline, source, slug, description";

	private static final String VALUES = ":headline, :standfirst, :body, :section, :tags, :byline, :source, :slug, :description";

	private final JdbcClient jdbc;

	DraftRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Replaces the editor's autosave of the article ({@code key}: its id, or
	 * {@code new}).
	 */
	@Transactional
	void autosave(long accountId, String key, Draft draft) {
		forget(accountId, key);
		withText(jdbc.sql("INSERT INTO desk_autosave (account_id, article_key, base_revision, saved_at, " + TEXT
				+ ") VALUES (:account, :key, :base, :at, " + VALUES + ")"), draft.copy())
			.param("account", accountId)
			.param("key", key)
			.param("base", draft.baseRevision())
			.param("at", OffsetDateTime.ofInstant(draft.savedAt(), ZoneOffset.UTC))
			.update();
	}

	/** The editor's autosave of the article, if any. */
	Optional<Draft> autosaved(long accountId, String key) {
		return jdbc
			.sql("SELECT base_revision, saved_at, " + TEXT
					+ " FROM desk_autosave WHERE account_id = :account AND article_key = :key")
			.param("account", accountId)
			.param("key", key)
			.query((rs, n) -> draft(rs, "saved_at"))
			.optional();
	}

	/** Drops the editor's autosave of the article (it was saved). */
	void forget(long accountId, String key) {
		jdbc.sql("DELETE FROM desk_autosave WHERE account_id = :account AND article_key = :key")
			.param("account", accountId)
			.param("key", key)
			.update();
	}

	/** Keeps a form posted after its session ended, under {@code tokenHash}. */
	void hold(String tokenHash, String key, Draft draft) {
		withText(jdbc.sql("INSERT INTO desk_held (token_hash, article_key, base_revision, held_at, " + TEXT
				+ ") VALUES (:hash, :key, :base, :at, " + VALUES + ")"), draft.copy())
			.param("hash", tokenHash)
			.param("key", key)
			.param("base", draft.baseRevision())
			.param("at", OffsetDateTime.ofInstant(draft.savedAt(), ZoneOffset.UTC))
			.update();
	}

	/**
	 * The form held under {@code tokenHash} for the article {@code key}, held after
	 * {@code since}; removed when {@code take} (it is claimed).
	 */
	@Transactional
	Optional<Draft> held(String tokenHash, String key, Instant since, boolean take) {
		Optional<Draft> found = jdbc
			.sql("SELECT base_revision, held_at, " + TEXT
					+ " FROM desk_held WHERE token_hash = :hash AND article_key = :key AND held_at > :since")
			.param("hash", tokenHash)
			.param("key", key)
			.param("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
			.query((rs, n) -> draft(rs, "held_at"))
			.optional();
		if (take && found.isPresent()) {
			jdbc.sql("DELETE FROM desk_held WHERE token_hash = :hash").param("hash", tokenHash).update();
		}
		return found;
	}

	/** Removes the forms held before {@code before}, never claimed. */
	int dropHeldBefore(Instant before) {
		return jdbc.sql("DELETE FROM desk_held WHERE held_at < :before")
			.param("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
			.update();
	}

	private static JdbcClient.StatementSpec withText(JdbcClient.StatementSpec sql, Copy copy) {
		copy.fields().forEach(sql::param);
		return sql;
	}

	private static Draft draft(ResultSet rs, String timeColumn) throws SQLException {
		Copy copy = new Copy(rs.getString("headline"), rs.getString("standfirst"), rs.getString("body"),
				rs.getString("section"), rs.getString("tags"), rs.getString("byline"), rs.getString("source"),
				rs.getString("slug"), rs.getString("description"));
		return new Draft(copy, rs.getInt("base_revision"), rs.getObject(timeColumn, OffsetDateTime.class).toInstant());
	}

	/**
	 * An unsaved text.
	 *
	 * @param baseRevision the revision its form was made from ({@code 0}: a new article)
	 * @param savedAt when it was kept
	 */
	record Draft(Copy copy, int baseRevision, Instant savedAt) {
	}

}
