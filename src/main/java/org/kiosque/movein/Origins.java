package org.kiosque.movein;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.codec.binary.Hex;
import org.apache.commons.codec.digest.DigestUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The origin map (table {@code movein_origin}): for each thing of the old site, by its
 * system ({@code wordpress}, {@code ghost}), {@link OriginKind kind} and id there, the
 * Kiosque id it became, a fingerprint of what it was when last brought over, and the
 * count carried with it (an article's reads). A run asks it first: unknown means new,
 * another fingerprint means changed, the same means nothing to do.
 */
@Service
public class Origins {

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final Clock clock;

	Origins(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.clock = Clock.systemUTC();
	}

	/**
	 * A thing of the old site brought over for the first time, to note with
	 * {@link #rememberNew}.
	 *
	 * @param originId its id on the old site
	 * @param known what it became
	 */
	public record Noted(String originId, Known known) {
	}

	/**
	 * What a thing of the old site became.
	 *
	 * @param kiosqueId the id of the Kiosque row
	 * @param fingerprint as {@link #fingerprint} made it at the last run
	 * @param carriedCount the count brought with it at the last run (reads), else 0
	 */
	public record Known(long kiosqueId, String fingerprint, long carriedCount) {
	}

	/** What this thing of the old site became, if it was brought over. */
	public Optional<Known> find(String system, OriginKind kind, String originId) {
		return jdbc
			.sql("SELECT kiosque_id, fingerprint, carried_count FROM movein_origin"
					+ " WHERE origin_system = :system AND kind = :kind AND origin_id = :id")
			.param("system", system)
			.param("kind", kind.name())
			.param("id", originId)
			.query((rs, n) -> new Known(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.optional();
	}

	/**
	 * Every thing of this kind brought over from the system, by origin id: one query
	 * instead of one per thing (a run's comments).
	 */
	public Map<String, Known> all(String system, OriginKind kind) {
		Map<String, Known> known = new HashMap<>();
		jdbc.sql("SELECT origin_id, kiosque_id, fingerprint, carried_count FROM movein_origin"
				+ " WHERE origin_system = :system AND kind = :kind")
			.param("system", system)
			.param("kind", kind.name())
			.query(rs -> {
				known.put(rs.getString(1), new Known(rs.getLong(2), rs.getString(3), rs.getLong(4)));
			});
		return known;
	}

	/**
	 * Notes what the thing became, replacing what was noted before. Joins the caller's
	 * transaction, so that the thing and its note are written together.
	 */
	@Transactional
	public void remember(String system, OriginKind kind, String originId, long kiosqueId, String fingerprint,
			long carriedCount) {
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		int updated = jdbc
			.sql("UPDATE movein_origin SET kiosque_id = :kiosque, fingerprint = :fingerprint, carried_count = :count,"
					+ " moved_at = :now WHERE origin_system = :system AND kind = :kind AND origin_id = :id")
			.param("kiosque", kiosqueId)
			.param("fingerprint", fingerprint)
			.param("count", carriedCount)
			.param("now", now)
			.param("system", system)
			.param("kind", kind.name())
			.param("id", originId)
			.update();
		if (updated == 0) {
			jdbc.sql(
					"INSERT INTO movein_origin (origin_system, kind, origin_id, kiosque_id, fingerprint, carried_count,"
							+ " moved_at) VALUES (:system, :kind, :id, :kiosque, :fingerprint, :count, :now)")
				.param("system", system)
				.param("kind", kind.name())
				.param("id", originId)
				.param("kiosque", kiosqueId)
				.param("fingerprint", fingerprint)
				.param("count", carriedCount)
				.param("now", now)
				.update();
		}
	}

	/**
	 * Notes what things never noted before became, in one batched {@code INSERT} (an
	 * article's new comments): the caller knows from {@link #all} or {@link #find} that
	 * none is noted yet, else the insert fails on the key. Joins the caller's
	 * transaction.
	 */
	@Transactional
	public void rememberNew(String system, OriginKind kind, List<Noted> things) {
		if (things.isEmpty()) {
			return;
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		batches.batchUpdate(
				"INSERT INTO movein_origin (origin_system, kind, origin_id, kiosque_id, fingerprint, carried_count,"
						+ " moved_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
				things, things.size(), (statement, thing) -> {
					statement.setString(1, system);
					statement.setString(2, kind.name());
					statement.setString(3, thing.originId());
					statement.setLong(4, thing.known().kiosqueId());
					statement.setString(5, thing.known().fingerprint());
					statement.setLong(6, thing.known().carriedCount());
					statement.setObject(7, now);
				});
	}

	/**
	 * A fingerprint of what a thing was: the SHA-256, in hex (64 characters), of its
	 * parts' text, each followed by a separator that no text holds ({@code null} counts
	 * as a part of its own), so that ("ab", "c") and ("a", "bc") differ.
	 */
	public static String fingerprint(@Nullable Object... parts) {
		MessageDigest sha = DigestUtils.getSha256Digest();
		for (Object part : parts) {
			sha.update(part == null ? new byte[] { 0 } : String.valueOf(part).getBytes(StandardCharsets.UTF_8));
			sha.update((byte) 0x1f);
		}
		return Hex.encodeHexString(sha.digest());
	}

}
