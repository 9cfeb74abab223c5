package org.kiosque.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
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
	 * Months that hold published articles, oldest first. Counted by the database, in UTC
	 * ({@code AT TIME ZONE 'UTC'} is standard SQL that H2 and PostgreSQL both read the
	 * same way), so only one row per month comes back.
	 */
	@Transactional(readOnly = true)
	List<ArchiveMonth> months(Instant now) {
		return jdbc.sql("""
				SELECT EXTRACT(YEAR FROM a.published_at AT TIME ZONE 'UTC') AS y,
				    EXTRACT(MONTH FROM a.published_at AT TIME ZONE 'UTC') AS m,
				    COUNT(*) AS n, MAX(a.published_at) AS published, MAX(a.modified_at) AS modified
				FROM article a WHERE %s
				GROUP BY EXTRACT(YEAR FROM a.published_at AT TIME ZONE 'UTC'),
				    EXTRACT(MONTH FROM a.published_at AT TIME ZONE 'UTC')
				""".formatted(ArticleRepository.VISIBLE)).param("now", at(now)).query((rs, n) -> {
			return new ArchiveMonth(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getInt(3),
					later(instant(rs, 4), instant(rs, 5)));
		}).list().stream().sorted(Comparator.comparing(ArchiveMonth::month)).toList();
	}

	/**
	 * Published articles of one month (UTC), oldest first, from the {@code skip}-th, at
	 * most {@code limit} of them, handed to {@code each} as they are read.
	 */
	@Transactional(readOnly = true)
	void each(YearMonth month, Instant now, long skip, int limit, Consumer<ArchiveEntry> each) {
		Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
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
				each.accept(
						new ArchiveEntry(rs.getLong(1), rs.getString(2), published, later(published, instant(rs, 4))));
			});
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
