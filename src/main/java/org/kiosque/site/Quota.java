package org.kiosque.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts in the database, shared by every node (the mail limits per recipient and per
 * source, the publishing API's requests per token): one row per (key, fixed window),
 * table {@code quota_hits}. A hit is one conditional
 * {@code UPDATE ... WHERE hits < limit}, or the row's {@code INSERT}; when two nodes
 * insert the same row at once the loser updates instead. Each statement commits on its
 * own, outside the caller's transaction (call it before one begins), so a counter row is
 * never locked for longer than one statement and a rolled-back request still counts.
 * <p>
 * Windows are fixed, so a burst straddling two windows may get twice the limit: still a
 * few mails an hour (or twice a token's rate for a minute), and one row per key and
 * window instead of one per hit.
 */
@Component
public class Quota {

	private final JdbcClient jdbc;

	private final Clock clock;

	Quota(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
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
		if (addOne(hashed, start, limit)) {
			return true;
		}
		try {
			return jdbc.sql("INSERT INTO quota_hits (quota_key, window_start, hits) VALUES (?, ?, 1)")
				.params(hashed, start)
				.update() == 1;
		}
		catch (DuplicateKeyException full) {
			// The row exists: it was full, or another node made it a moment ago.
			return addOne(hashed, start, limit);
		}
	}

	private boolean addOne(String key, Timestamp start, int limit) {
		return jdbc.sql("UPDATE quota_hits SET hits = hits + 1 WHERE quota_key = ? AND window_start = ? AND hits < ?")
			.params(key, start, limit)
			.update() == 1;
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
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
