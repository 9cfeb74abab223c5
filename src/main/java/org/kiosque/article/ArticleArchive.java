package org.kiosque.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The whole published archive, month by month, for sitemaps. Rows are streamed (a cursor
 * of {@value #FETCH} rows at a time, inside a read-only transaction so that PostgreSQL
 * really uses one) and never gathered in a list: a month may hold tens of thousands of
 * articles.
 */
@Repository
class ArticleArchive {

	private static final int FETCH = 1_000;

	private final JdbcClient jdbc;

	ArticleArchive(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH);
		this.jdbc = JdbcClient.create(template);
	}

	/**
	 * Months (UTC) that hold published articles, oldest first. Found by seeking, not by
	 * grouping every article: the oldest visible publication time is one seek in
	 * {@code article_published_order (status, published_at, id, modified_at)}, its month
	 * is counted by a range of that index (index-only on PostgreSQL: the month's index
	 * entries, not the articles' rows), and the next month holding an article is the next
	 * seek from the month's end. The cost grows with the months of the archive and their
	 * index entries, not with its rows' size; one month costs what its own articles do.
	 */
	@Transactional(readOnly = true)
	List<ArchiveMonth> months(Instant now) {
		List<ArchiveMonth> months = new ArrayList<>();
		Instant from = null;
		while (true) {
			Instant first = firstFrom(from, now);
			if (first == null) {
				return months;
			}
			YearMonth month = YearMonth.from(first.atOffset(ZoneOffset.UTC));
			Instant start = start(month);
			Instant end = start(month.plusMonths(1));
			months.add(jdbc
				.sql("SELECT COUNT(*), MAX(a.published_at), MAX(a.modified_at) FROM article a WHERE "
						+ ArticleRepository.VISIBLE + " AND a.published_at >= :from AND a.published_at < :to")
				.param("now", at(now))
				.param("from", at(start))
				.param("to", at(end))
				.query((rs, n) -> new ArchiveMonth(month, rs.getInt(1), later(instant(rs, 2), instant(rs, 3))))
				.single());
			from = end;
		}
	}

	/**
	 * The oldest visible publication time from {@code from} on ({@code null}: the
	 * beginning); {@code null} when there is none. One seek in the publication index.
	 */
	private @Nullable Instant firstFrom(@Nullable Instant from, Instant now) {
		return jdbc
			.sql("SELECT MIN(a.published_at) FROM article a WHERE " + ArticleRepository.VISIBLE
					+ (from == null ? "" : " AND a.published_at >= :from"))
			.params(from == null ? java.util.Map.of("now", at(now))
					: java.util.Map.of("now", at(now), "from", at(from)))
			.query((rs, n) -> instant(rs, 1))
			.optional()
			.orElse(null);
	}

	private static Instant start(YearMonth month) {
		return month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	/**
	 * Published articles of one month (UTC), oldest first, from the {@code skip}-th, at
	 * most {@code limit} of them, handed to {@code each} as they are read; how many. A
	 * range of the publication index: the month's size, whatever the archive's.
	 */
	@Transactional(readOnly = true)
	int each(YearMonth month, Instant now, long skip, int limit, Consumer<ArchiveEntry> each) {
		Instant from = start(month);
		Instant to = start(month.plusMonths(1));
		int[] count = { 0 };
		jdbc.sql("SELECT a.id, a.slug, a.published_at, a.modified_at FROM article a WHERE " + ArticleRepository.VISIBLE
				+ " AND a.published_at >= :from AND a.published_at < :to"
				+ " ORDER BY a.published_at, a.id LIMIT :limit OFFSET :skip")
			.param("now", at(now))
			.param("from", at(from))
			.param("to", at(to))
			.param("limit", limit)
			.param("skip", skip)
			.query(rs -> {
				Instant published = instant(rs, 3);
				count[0]++;
				each.accept(
						new ArchiveEntry(rs.getLong(1), rs.getString(2), published, later(published, instant(rs, 4))));
			});
		return count[0];
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	/**
	 * A visible modification counts only after publication; a minor edit
	 * ({@code updated_at}) is not one, so search engines are not sent back for a typo.
	 */
	private static Instant later(@Nullable Instant published, @Nullable Instant modified) {
		if (published == null) {
			throw new IllegalStateException("A published article without a publication time");
		}
		return modified != null && modified.isAfter(published) ? modified : published;
	}

}
