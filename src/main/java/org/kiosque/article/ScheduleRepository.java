package org.kiosque.article;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The schedule's view of the {@code article} table: a scheduled article is a row with
 * status {@code SCHEDULED} and {@code published_at} = its time. The row is its own claim:
 * every change is a conditional {@code UPDATE} that only one transaction, on one node,
 * can win, followed in its transaction by the archive's months and the tags' copies when
 * it won ({@link ArticleWrites#changing}).
 */
@Repository
class ScheduleRepository {

	private final JdbcClient jdbc;

	private final ArticleWrites writes;

	ScheduleRepository(JdbcClient jdbc, ArticleWrites writes) {
		this.jdbc = jdbc;
		this.writes = writes;
	}

	/** Up to {@code limit} scheduled articles whose time has come, oldest time first. */
	List<Long> due(Instant now, int limit) {
		return jdbc
			.sql("SELECT id FROM article WHERE status = 'SCHEDULED' AND published_at <= :now"
					+ " ORDER BY published_at, id LIMIT :limit")
			.param("now", at(now))
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Publishes one scheduled article whose time has come; false when another transaction
	 * got there first, or moved or cancelled the schedule meanwhile. On PostgreSQL and H2
	 * a second {@code UPDATE} of the row waits for the first to commit, then finds the
	 * status changed and touches nothing. {@code updated_at} moves up to the publication
	 * time, so that the month's sitemap tells crawlers it changed. An article whose
	 * embargo has not passed is never claimed (the table's check already keeps its time
	 * at or after the embargo; this says it where the publication happens). The article
	 * is counted in its month of the archive, and its tags take its status, in the same
	 * transaction ({@link ArticleWrites}).
	 */
	boolean claim(long id, Instant now) {
		return writes.changing(id, () -> jdbc.sql("""
				UPDATE article SET status = 'PUBLISHED',
				    updated_at = CASE WHEN updated_at < published_at THEN published_at ELSE updated_at END
				WHERE id = :id AND status = 'SCHEDULED' AND published_at <= :now
				    AND (embargo_until IS NULL OR embargo_until <= :now)
				""").param("id", id).param("now", at(now)).update() == 1);
	}

	/** The article's publication time ({@code published_at}). */
	Instant publicationTime(long id) {
		return jdbc.sql("SELECT published_at FROM article WHERE id = :id")
			.param("id", id)
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

	/**
	 * The article's status as stored ({@code DRAFT}, {@code SCHEDULED}...), if it exists.
	 */
	Optional<String> status(long id) {
		return jdbc.sql("SELECT status FROM article WHERE id = :id").param("id", id).query(String.class).optional();
	}

	/** The article's embargo, if it has one (past or to come). */
	Optional<Instant> embargo(long id) {
		return jdbc.sql("SELECT embargo_until FROM article WHERE id = :id AND embargo_until IS NOT NULL")
			.param("id", id)
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	/** The next {@code limit} scheduled articles, soonest first. */
	List<ScheduledArticle> upcoming(int limit) {
		return jdbc.sql("""
				SELECT a.id, a.headline, s.name AS section_name, a.byline, a.published_at
				FROM article a LEFT JOIN section s ON s.id = a.section_id
				WHERE a.status = 'SCHEDULED'
				ORDER BY a.published_at, a.id LIMIT :limit
				""")
			.param("limit", limit)
			.query((rs, n) -> new ScheduledArticle(rs.getLong("id"), rs.getString("headline"),
					rs.getString("section_name"), rs.getString("byline"),
					rs.getObject("published_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	long countScheduled() {
		return jdbc.sql("SELECT COUNT(*) FROM article WHERE status = 'SCHEDULED'").query(Long.class).single();
	}

	/**
	 * Moves a schedule to {@code time}; false if the article is not scheduled (any more),
	 * or is embargoed past {@code time} ({@link #embargo}).
	 */
	boolean move(long id, Instant time, Instant now) {
		return writes.changing(id, () -> jdbc
			.sql("UPDATE article SET published_at = :time, updated_at = :now WHERE id = :id AND status = 'SCHEDULED'"
					+ " AND (embargo_until IS NULL OR embargo_until <= :time)")
			.param("id", id)
			.param("time", at(time))
			.param("now", at(now))
			.update() == 1);
	}

	/**
	 * Sends a scheduled article back to draft, without a publication time; false if it is
	 * not scheduled (any more).
	 */
	boolean cancel(long id, Instant now) {
		return writes.changing(id,
				() -> jdbc
					.sql("UPDATE article SET status = 'DRAFT', published_at = NULL, updated_at = :now"
							+ " WHERE id = :id AND status = 'SCHEDULED'")
					.param("id", id)
					.param("now", at(now))
					.update() == 1);
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
