package org.kiosque.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code api_idempotency_key} table: per token and key, the request's fingerprint
 * and, once answered, the first answer.
 */
@Repository
class IdempotencyKeys {

	private final JdbcClient jdbc;

	IdempotencyKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A key's record.
	 *
	 * @param status {@code null} while the first request is still being answered
	 */
	record Kept(String fingerprint, @Nullable Integer status, @Nullable String contentType, @Nullable String location,
			@Nullable String etag, @Nullable String body, Instant createdAt) {
	}

	Optional<Kept> find(long tokenId, String key) {
		return jdbc
			.sql("SELECT fingerprint, status, content_type, location, etag, body, created_at FROM api_idempotency_key"
					+ " WHERE token_id = :token AND idem_key = :key")
			.param("token", tokenId)
			.param("key", key)
			.query((rs, n) -> new Kept(rs.getString("fingerprint"), rs.getObject("status", Integer.class),
					rs.getString("content_type"), rs.getString("location"), rs.getString("etag"), rs.getString("body"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** Claims the key for a first request; false when another request holds it. */
	boolean claim(long tokenId, String key, String fingerprint, Instant now) {
		try {
			jdbc.sql("INSERT INTO api_idempotency_key (token_id, idem_key, fingerprint, created_at)"
					+ " VALUES (:token, :key, :fingerprint, :now)")
				.param("token", tokenId)
				.param("key", key)
				.param("fingerprint", fingerprint)
				.param("now", now.atOffset(ZoneOffset.UTC))
				.update();
			return true;
		}
		catch (DuplicateKeyException taken) {
			return false;
		}
	}

	void answered(long tokenId, String key, int status, @Nullable String contentType, @Nullable String location,
			@Nullable String etag, String body) {
		jdbc.sql("UPDATE api_idempotency_key SET status = :status, content_type = :type, location = :location,"
				+ " etag = :etag, body = :body WHERE token_id = :token AND idem_key = :key")
			.param("status", status)
			.param("type", contentType)
			.param("location", location)
			.param("etag", etag)
			.param("body", body)
			.param("token", tokenId)
			.param("key", key)
			.update();
	}

	void forget(long tokenId, String key) {
		jdbc.sql("DELETE FROM api_idempotency_key WHERE token_id = :token AND idem_key = :key")
			.param("token", tokenId)
			.param("key", key)
			.update();
	}

	/** Forgets the keys older than {@code before}; how many. */
	int forgetBefore(Instant before) {
		return jdbc.sql("DELETE FROM api_idempotency_key WHERE created_at < :before")
			.param("before", before.atOffset(ZoneOffset.UTC))
			.update();
	}

}
