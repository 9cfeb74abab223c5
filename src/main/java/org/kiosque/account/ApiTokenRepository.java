package org.kiosque.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table. */
@Repository
class ApiTokenRepository {

	private static final String COLUMNS = "id, name, role, account_id, created_at, last_used_at, revoked_at";

	private final JdbcClient jdbc;

	ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, String hash, Role role, long accountId, @Nullable Long createdBy, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO api_token (name, token_hash, role, account_id, created_at, created_by)"
				+ " VALUES (:name, :hash, :role, :account, :now, :by)")
			.param("name", name)
			.param("hash", hash)
			.param("role", role.name())
			.param("account", accountId)
			.param("now", at(now))
			.param("by", createdBy)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** The working token with this hash; empty for none or a revoked one. */
	Optional<ApiToken> active(String hash) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL")
			.param("hash", hash)
			.query((rs, n) -> token(rs))
			.optional();
	}

	Optional<ApiToken> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM api_token WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> token(rs))
			.optional();
	}

	/** Working tokens first, then by name. */
	List<ApiToken> all() {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM api_token"
					+ " ORDER BY CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END, name, id")
			.query((rs, n) -> token(rs))
			.list();
	}

	/** Whether a working token was revoked now. */
	boolean revoke(long id, Instant now) {
		return jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
			.param("id", id)
			.param("now", at(now))
			.update() == 1;
	}

	void used(long id, Instant now) {
		jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
			.param("id", id)
			.param("now", at(now))
			.update();
	}

	private static ApiToken token(ResultSet rs) throws SQLException {
		return new ApiToken(rs.getLong("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
				rs.getLong("account_id"), instant(rs, "created_at"), instant(rs, "last_used_at"),
				instant(rs, "revoked_at"));
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
