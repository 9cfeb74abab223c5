package org.kiosque.site;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts in the database, shared by every node (the mail limits per recipient and per
 * source, the publishing API's requests per token): one row per (key, fixed window),
 * table {@code quota_hits}. A hit is one statement whether the row exists or not: an
 * upsert that adds one while {@code hits < limit} ({@code INSERT ... ON CONFLICT} on
 * PostgreSQL, {@code MERGE} on H2). One statement either way, so that a key's answer
 * takes the same time whether it was counted before in the window: a reset asked for an
 * address just mailed (an account just made) would otherwise answer faster than one for
 * an address never seen. The statement commits on its own, outside the caller's
 * transaction (call it before one begins), so a counter row is never locked for longer
 * than one statement and a rolled-back request still counts.
 * <p>
 * Windows are fixed, so a burst straddling two windows may get twice the limit: still a
 * few mails an hour (or twice a token's rate for a minute), and one row per key and
 * window instead of one per hit.
 */
@Component
public class Quota {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String upsert;

	Quota(JdbcClient jdbc, Clock clock, DatabaseProduct database) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.upsert = database == DatabaseProduct.POSTGRESQL ? """
				INSERT INTO quota_hits (quota_key, window_start, hits) VALUES (:key, :start, 1)
				ON CONFLICT (quota_key, window_start) DO UPDATE SET hits = quota_hits.hits + 1
				WHERE quota_hits.hits < :limit
				"""
				: """
						MERGE INTO quota_hits t
						USING (VALUES (CAST(:key AS VARCHAR(100)), CAST(:start AS TIMESTAMP WITH TIME ZONE))) s (quota_key, window_start)
						ON t.quota_key = s.quota_key AND t.window_start = s.window_start
						WHEN MATCHED AND t.hits < :limit THEN UPDATE SET hits = t.hits + 1
						WHEN NOT MATCHED THEN INSERT (quota_key, window_start, hits) VALUES (s.quota_key, s.window_start, 1)
						""";
	}

	/**
	 * Counts one hit on {@code key} in the current window of {@code window}; false, and
	 * nothing counted, when the window already holds {@code limit} hits.
	 */
	public boolean admit(String key, int limit, Duration window) {
		if (limit <= 0) {
			return false;
		}
		String hashed = hash(key);
		long size = Math.max(1, window.toMillis());
		Timestamp start = Timestamp.from(Instant.ofEpochMilli(clock.millis() / size * size));
		try {
			return addOne(hashed, start, limit);
		}
		catch (DuplicateKeyException raced) {
			// H2's MERGE: another thread inserted the row between the match and the
			// insert. Once more, the row is there.
			return addOne(hashed, start, limit);
		}
	}

	private boolean addOne(String key, Timestamp start, int limit) {
		return jdbc.sql(upsert).param("key", key).param("start", start).param("limit", limit).update() == 1;
	}

	/** Windows are an hour or a day: rows two days old count for nothing. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
	void forgetOldWindows() {
		jdbc.sql("DELETE FROM quota_hits WHERE window_start < ?")
			.param(Timestamp.from(clock.instant().minus(Duration.ofDays(2))))
			.update();
	}

	/** Keys name addresses and IPs: stored as hashes, so the table holds neither. */
	private static String hash(String key) {
		return DigestUtils.sha256Hex(key);
	}

}
