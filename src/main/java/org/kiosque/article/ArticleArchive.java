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

	private final ArchiveMonths summary;

	ArticleArchive(DataSource dataSource, ArchiveMonths summary) {
		this.summary = summary;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH);
		this.jdbc = JdbcClient.create(template);
	}

	/**
	 * Months (UTC) that hold published articles, oldest first. The months that are over
	 * come from the archive's summary ({@link ArchiveMonths}, one row a month: the
	 * archive's size does not count); the month in progress is counted from its own
	 * articles, by a range of the publication index {@code article_published_order}
	 * (index-only on PostgreSQL), because an article published with a time still to come
	 * becomes visible by time alone. A month later than {@code now} holds nothing visible
	 * yet and is never listed.
	 */
	@Transactional(readOnly = true)
	List<ArchiveMonth> months(Instant now) {
		YearMonth current = YearMonth.from(now.atOffset(ZoneOffset.UTC));
		List<ArchiveMonth> months = new ArrayList<>(summary.before(current));
		summary.visible(current, now).ifPresent(months::add);
		return months;
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
