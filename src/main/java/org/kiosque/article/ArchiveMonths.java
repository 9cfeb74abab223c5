package org.kiosque.article;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.kiosque.site.DatabaseProduct;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The published archive summed up by calendar month (UTC), table {@code archive_month}
 * (one row a month: its first day, how many {@code PUBLISHED} articles it holds and the
 * latest of their publication and visible modification times), so that the sitemap index
 * reads one row a month, whatever the archive's size.
 * <p>
 * Kept in the transaction of every write that changes an article's status, publication
 * time or visible modification time, through {@link ArticleWrites} (with the tags' copies
 * of the row): {@link ArticleRepository}'s writes, {@link ScheduleRepository}'s and
 * {@link ArticleBulk#publish}; nothing else writes those columns. A change recounts its
 * months from the articles (exact, whatever was there before: the summary cannot drift by
 * one bad delta), after locking the month's row, so that two writers of one month take
 * turns and the second counts what the first committed (READ COMMITTED: each statement
 * sees what is committed when it starts). Bulk writes add their counts instead (one
 * statement a batch, under the same row locks). Months are locked in ascending order, so
 * two writers of the same months cannot deadlock.
 * <p>
 * A row counts {@code PUBLISHED} articles whatever their time: an article published with
 * a time still to come becomes visible by time alone, with no write. So a row is exact
 * for the public only once its month is over ({@link #before}); the month in progress is
 * counted from the articles themselves ({@link ArticleArchive#months}). Filled from the
 * existing articles by the migration that made it ({@code V1810}, {@link #FILL}).
 */
@Repository
class ArchiveMonths {

	/**
	 * Counts a month: its published articles up to {@code :now}, by the publication
	 * index.
	 */
	private static final String COUNT = "SELECT COUNT(*), MAX(published_at), MAX(modified_at) FROM article"
			+ " WHERE status = 'PUBLISHED' AND published_at >= :from AND published_at < :to AND published_at <= :now";

	/**
	 * Fills the empty summary from the articles, in one grouping of them all: the
	 * migration {@code V1810__create_archive_months.sql} runs this statement (a test
	 * holds them equal), and so can whoever wrote articles by hand in SQL, after a
	 * {@code DELETE FROM archive_month} in the same transaction
	 * (docs/search-and-feeds.md).
	 */
	static final String FILL = """
			INSERT INTO archive_month (month_start, articles, last_modified)
			SELECT month_start, COUNT(*), MAX(CASE WHEN modified_at > published_at THEN modified_at ELSE published_at END)
			FROM (SELECT CAST(DATE_TRUNC('MONTH', published_at AT TIME ZONE 'UTC') AS DATE) AS month_start,
			        published_at, modified_at
			    FROM article WHERE status = 'PUBLISHED') published
			GROUP BY month_start
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final boolean postgres;

	ArchiveMonths(JdbcClient jdbc, JdbcTemplate batch, DatabaseProduct database) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.postgres = database == DatabaseProduct.POSTGRESQL;
	}

	/**
	 * The month (UTC) an article is counted in: that of its publication time when it is
	 * {@code PUBLISHED}, else none (a draft, scheduled, withdrawn or unknown article).
	 */
	@Nullable YearMonth monthOf(long articleId) {
		return jdbc
			.sql("SELECT published_at FROM article WHERE id = :id AND status = 'PUBLISHED'"
					+ " AND published_at IS NOT NULL")
			.param("id", articleId)
			.query(OffsetDateTime.class)
			.optional()
			.map(ArchiveMonths::month)
			.orElse(null);
	}

	/**
	 * Counts again, from the articles, each of {@code months} ({@code null}s skipped),
	 * oldest first; each month's row is locked until the transaction ends.
	 */
	void recount(@Nullable YearMonth... months) {
		Arrays.stream(months).filter(Objects::nonNull).distinct().sorted().forEach(this::recount);
	}

	private void recount(YearMonth month) {
		// Locks the row (made when missing) before counting: the count is then a later
		// statement, which sees whatever another writer of the month committed.
		addToMonths(List.<Object[]>of(new Object[] { month.atDay(1), 0, null }));
		// Up to the month's end: every published article of it, whatever its time.
		Count counted = count(month, start(month.plusMonths(1)));
		jdbc.sql("UPDATE archive_month SET articles = :articles, last_modified = :last WHERE month_start = :month")
			.param("articles", counted.articles())
			.param("last", at(counted.lastModified()))
			.param("month", month.atDay(1))
			.update();
	}

	/**
	 * The month {@code month} as the public sees it at {@code now}: the articles
	 * published in it by then, none when there is none. For the month in progress, which
	 * the summary cannot tell (a time still to come becomes visible by time alone).
	 */
	Optional<ArchiveMonth> visible(YearMonth month, Instant now) {
		Count counted = count(month, now.atOffset(ZoneOffset.UTC));
		return counted.articles() == 0 ? Optional.empty() : Optional
			.of(new ArchiveMonth(month, counted.articles(), Objects.requireNonNull(counted.lastModified())));
	}

	private Count count(YearMonth month, OffsetDateTime now) {
		return jdbc.sql(COUNT)
			.param("from", start(month))
			.param("to", start(month.plusMonths(1)))
			.param("now", now)
			.query((rs, n) -> new Count(rs.getInt(1),
					later(rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class))))
			.single();
	}

	/** A month's published articles and their latest time, none when it has none. */
	private record Count(int articles, @Nullable Instant lastModified) {
	}

	/** The later of two times, either of which may be missing (a month emptied). */
	private static @Nullable Instant later(@Nullable OffsetDateTime published, @Nullable OffsetDateTime modified) {
		OffsetDateTime later = modified != null && (published == null || modified.isAfter(published)) ? modified
				: published;
		return later == null ? null : later.toInstant();
	}

	/**
	 * Counts {@code publishedAt}, the publication times of articles just written as
	 * {@code PUBLISHED} (a bulk write), in their months: one statement for the batch.
	 */
	void add(List<Instant> publishedAt) {
		Map<YearMonth, Object[]> months = new TreeMap<>();
		for (Instant at : publishedAt) {
			YearMonth month = month(at.atOffset(ZoneOffset.UTC));
			OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
			Object[] row = months.computeIfAbsent(month, m -> new Object[] { m.atDay(1), 0, time });
			row[1] = (Integer) row[1] + 1;
			if (time.isAfter((OffsetDateTime) row[2])) {
				row[2] = time;
			}
		}
		addToMonths(new ArrayList<>(months.values()));
	}

	/**
	 * Adds each row's {@code (first day, articles, latest time)} to its month, made when
	 * missing; rows in ascending month order.
	 */
	private void addToMonths(List<Object[]> rows) {
		batch.batchUpdate(postgres ? """
				INSERT INTO archive_month (month_start, articles, last_modified) VALUES (?, ?, ?)
				ON CONFLICT (month_start) DO UPDATE SET articles = archive_month.articles + EXCLUDED.articles,
				    last_modified = CASE WHEN EXCLUDED.last_modified > archive_month.last_modified
				        OR archive_month.last_modified IS NULL THEN EXCLUDED.last_modified
				        ELSE archive_month.last_modified END
				""" : """
				MERGE INTO archive_month t
				USING (VALUES (CAST(? AS DATE), CAST(? AS INTEGER), CAST(? AS TIMESTAMP WITH TIME ZONE)))
				    s (month_start, articles, last_modified)
				ON t.month_start = s.month_start
				WHEN MATCHED THEN UPDATE SET articles = t.articles + s.articles,
				    last_modified = CASE WHEN s.last_modified > t.last_modified OR t.last_modified IS NULL
				        THEN s.last_modified ELSE t.last_modified END
				WHEN NOT MATCHED THEN INSERT (month_start, articles, last_modified)
				    VALUES (s.month_start, s.articles, s.last_modified)
				""", rows);
	}

	/**
	 * The months before {@code month} that hold published articles, oldest first: one row
	 * each, read from the summary alone.
	 */
	List<ArchiveMonth> before(YearMonth month) {
		return jdbc
			.sql("SELECT month_start, articles, last_modified FROM archive_month"
					+ " WHERE month_start < :month AND articles > 0 ORDER BY month_start")
			.param("month", month.atDay(1))
			.query((rs, n) -> new ArchiveMonth(YearMonth.from(rs.getObject(1, LocalDate.class)), rs.getInt(2),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static YearMonth month(OffsetDateTime time) {
		return YearMonth.from(time.withOffsetSameInstant(ZoneOffset.UTC));
	}

	private static OffsetDateTime start(YearMonth month) {
		return month.atDay(1).atStartOfDay().atOffset(ZoneOffset.UTC);
	}

}
