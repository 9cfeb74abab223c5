package org.kiosque.reading;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.kiosque.site.DatabaseProduct;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reading feature's tables: {@code read_total} (one row per article) and
 * {@code read_hour} (reads per article and hour, for most-read lists and charts).
 * <p>
 * Counts are only ever added ({@code reads = reads + n}) in one transaction per flush,
 * rows in article order so that two nodes flushing at once never deadlock, and a missing
 * row is created by the same statement ({@code INSERT ... ON CONFLICT} on PostgreSQL,
 * {@code MERGE} on H2), so two nodes racing to create it both add up.
 */
@Repository
class ReadRepository {

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final TransactionTemplate transaction;

	private final boolean postgres;

	ReadRepository(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction, DatabaseProduct database) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.transaction = transaction;
		this.postgres = database == DatabaseProduct.POSTGRESQL;
	}

	/**
	 * Adds {@code reads} (article id to count, in article order) to the totals and to the
	 * hour.
	 */
	void add(Map<Long, Long> reads, Instant hour) {
		List<Object[]> totals = new ArrayList<>(reads.size());
		List<Object[]> hours = new ArrayList<>(reads.size());
		OffsetDateTime at = hour.atOffset(ZoneOffset.UTC);
		reads.forEach((id, n) -> {
			totals.add(new Object[] { id, n });
			hours.add(new Object[] { id, at, n });
		});
		transaction.executeWithoutResult(status -> {
			batch.batchUpdate(postgres ? """
					INSERT INTO read_total (article_id, reads) VALUES (?, ?)
					ON CONFLICT (article_id) DO UPDATE SET reads = read_total.reads + EXCLUDED.reads
					""" : """
					MERGE INTO read_total t USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT))) s (article_id, reads)
					ON t.article_id = s.article_id
					WHEN MATCHED THEN UPDATE SET reads = t.reads + s.reads
					WHEN NOT MATCHED THEN INSERT (article_id, reads) VALUES (s.article_id, s.reads)
					""", totals);
			batch.batchUpdate(
					postgres ? """
							INSERT INTO read_hour (article_id, hour_start, reads) VALUES (?, ?, ?)
							ON CONFLICT (article_id, hour_start) DO UPDATE SET reads = read_hour.reads + EXCLUDED.reads
							"""
							: """
									MERGE INTO read_hour t
									USING (VALUES (CAST(? AS BIGINT), CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS BIGINT))) s (article_id, hour_start, reads)
									ON t.article_id = s.article_id AND t.hour_start = s.hour_start
									WHEN MATCHED THEN UPDATE SET reads = t.reads + s.reads
									WHEN NOT MATCHED THEN INSERT (article_id, hour_start, reads) VALUES (s.article_id, s.hour_start, s.reads)
									""",
					hours);
		});
	}

	/** Sets an article's total (an imported page keeps the count it had). */
	void setTotal(long articleId, long reads) {
		int updated = jdbc.sql("UPDATE read_total SET reads = :reads WHERE article_id = :id")
			.param("reads", reads)
			.param("id", articleId)
			.update();
		if (updated == 0) {
			jdbc.sql("INSERT INTO read_total (article_id, reads) VALUES (:id, :reads)")
				.param("id", articleId)
				.param("reads", reads)
				.update();
		}
	}

	long total(long articleId) {
		return jdbc.sql("SELECT reads FROM read_total WHERE article_id = :id")
			.param("id", articleId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/** Stored totals of these articles; an article with no row is left out. */
	Map<Long, Long> totals(Collection<Long> articleIds) {
		Map<Long, Long> totals = new HashMap<>();
		List<Long> ids = List.copyOf(articleIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			jdbc.sql("SELECT article_id, reads FROM read_total WHERE article_id IN (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query(rs -> {
					totals.put(rs.getLong(1), rs.getLong(2));
				});
		}
		return totals;
	}

	/** All reads between two hours (from included, to excluded). */
	long sum(Instant from, Instant to) {
		return jdbc.sql("SELECT COALESCE(SUM(reads), 0) FROM read_hour WHERE hour_start >= :from AND hour_start < :to")
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	/**
	 * Articles by reads between two hours (from included, to excluded), most read first.
	 */
	List<RankedArticle> ranking(Instant from, Instant to, int limit) {
		return jdbc.sql("""
				SELECT article_id, SUM(reads) AS period_reads FROM read_hour
				WHERE hour_start >= :from AND hour_start < :to
				GROUP BY article_id ORDER BY period_reads DESC, article_id DESC LIMIT :limit
				""")
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.query((rs, n) -> new RankedArticle(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	/** An article's reads per hour between two hours, hours without reads left out. */
	List<HourlyReads> hours(long articleId, Instant from, Instant to) {
		return jdbc.sql("""
				SELECT hour_start, reads FROM read_hour
				WHERE article_id = :id AND hour_start >= :from AND hour_start < :to ORDER BY hour_start
				""")
			.param("id", articleId)
			.param("from", from.atOffset(ZoneOffset.UTC))
			.param("to", to.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new HourlyReads(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getLong(2)))
			.list();
	}

}
