package org.kiosque.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import javax.sql.DataSource;

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
	 * Months that hold published articles, oldest first. One pass over two timestamps per
	 * article: the months are counted in UTC here rather than in SQL, where H2 and
	 * PostgreSQL disagree about time zones.
	 */
	@Transactional(readOnly = true)
	List<ArchiveMonth> months(Instant now) {
		Map<YearMonth, long[]> months = new TreeMap<>();
		jdbc.sql("SELECT a.published_at, a.updated_at FROM article a WHERE " + ArticleRepository.VISIBLE)
			.param("now", at(now))
			.query(rs -> {
				Instant published = instant(rs, 1);
				long modified = Math.max(published.toEpochMilli(), instant(rs, 2).toEpochMilli());
				long[] month = months.computeIfAbsent(YearMonth.from(published.atOffset(ZoneOffset.UTC)),
						m -> new long[2]);
				month[0]++;
				month[1] = Math.max(month[1], modified);
			});
		List<ArchiveMonth> answer = new ArrayList<>(months.size());
		months.forEach(
				(month, n) -> answer.add(new ArchiveMonth(month, Math.toIntExact(n[0]), Instant.ofEpochMilli(n[1]))));
		return answer;
	}

	/**
	 * Published articles of one month (UTC), oldest first, from the {@code skip}-th, at
	 * most {@code limit} of them, handed to {@code each} as they are read.
	 */
	@Transactional(readOnly = true)
	void each(YearMonth month, Instant now, long skip, int limit, Consumer<ArchiveEntry> each) {
		Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		jdbc.sql("SELECT a.id, a.slug, a.published_at, a.updated_at FROM article a WHERE " + ArticleRepository.VISIBLE
				+ " AND a.published_at >= :from AND a.published_at < :to"
				+ " ORDER BY a.published_at, a.id LIMIT :limit OFFSET :skip")
			.param("now", at(now))
			.param("from", at(from))
			.param("to", at(to))
			.param("limit", limit)
			.param("skip", skip)
			.query(rs -> {
				Instant published = instant(rs, 3);
				Instant updated = instant(rs, 4);
				each.accept(new ArchiveEntry(rs.getLong(1), rs.getString(2), published,
						updated.isAfter(published) ? updated : published));
			});
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

}
