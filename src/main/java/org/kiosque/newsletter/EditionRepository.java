package org.kiosque.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.kiosque.newsletter.SubscriberRepository.instant;
import static org.kiosque.newsletter.SubscriberRepository.utc;

/** The edition table, and queueing an edition's deliveries. */
@Repository
class EditionRepository {

	private final JdbcClient jdbc;

	EditionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims {@code key}: the INSERT succeeds for exactly one caller across every node
	 * sharing the database; the others get
	 * {@link org.springframework.dao.DuplicateKeyException}.
	 */
	long claim(String key, EditionKind kind, String subject, String html, String text, int articleCount,
			Instant coversUntil, Instant now) {
		jdbc.sql(
				"""
						INSERT INTO edition (edition_key, kind, subject, html_body, plain_text, article_count, covers_until, created_at)
						VALUES (:key, :kind, :subject, :html, :text, :count, :covers, :now)""")
			.param("key", key)
			.param("kind", kind.name())
			.param("subject", subject)
			.param("html", html)
			.param("text", text)
			.param("count", articleCount)
			.param("covers", utc(coversUntil))
			.param("now", utc(now))
			.update();
		return jdbc.sql("SELECT id FROM edition WHERE edition_key = ?").param(key).query(Long.class).single();
	}

	boolean exists(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM edition WHERE edition_key = ?").param(key).query(Long.class).single() > 0;
	}

	/** One delivery per confirmed subscriber, each with its Message-ID fixed now. */
	long queue(long editionId, String messageIdPrefix, String messageIdSuffix, Instant now) {
		return jdbc.sql("""
				INSERT INTO delivery (edition_id, subscriber_id, state, attempts, next_attempt_at, message_id)
				SELECT :edition, s.id, 'WAITING', 0, :now, CONCAT(:prefix, CAST(s.id AS VARCHAR(20)), :suffix)
				FROM subscriber s WHERE s.status = 'CONFIRMED'""")
			.param("edition", editionId)
			.param("now", utc(now))
			.param("prefix", messageIdPrefix)
			.param("suffix", messageIdSuffix)
			.update();
	}

	/**
	 * Where the next regular edition starts: the end of the last one that had articles.
	 */
	Optional<Instant> lastCoverage() {
		return jdbc.sql(
				"SELECT MAX(covers_until) AS covers FROM edition WHERE kind IN ('DAILY', 'MANUAL') AND article_count > 0")
			.query((rs, n) -> Optional.ofNullable(instant(rs, "covers")))
			.single();
	}

	/** An edition, with how many deliveries it has (its recipients). */
	Optional<Edition> edition(long id) {
		return jdbc.sql("""
				SELECT e.id, e.subject, e.article_count,
				    (SELECT COUNT(*) FROM delivery d WHERE d.edition_id = e.id) AS recipients
				FROM edition e WHERE e.id = ?""")
			.param(id)
			.query((rs, n) -> new Edition(rs.getLong("id"), rs.getString("subject"), rs.getInt("article_count"),
					rs.getLong("recipients")))
			.optional();
	}

	Optional<EditionParts> parts(long id) {
		return jdbc.sql("SELECT id, subject, html_body, plain_text FROM edition WHERE id = ?")
			.param(id)
			.query((rs, n) -> new EditionParts(rs.getLong("id"), rs.getString("subject"), rs.getString("html_body"),
					rs.getString("plain_text")))
			.optional();
	}

	List<EditionSummary> latest(int limit) {
		return jdbc.sql("""
				SELECT e.id, e.kind, e.subject, e.article_count, e.created_at,
				    COALESCE(SUM(CASE WHEN d.state = 'SENT' THEN 1 ELSE 0 END), 0) AS sent,
				    COALESCE(SUM(CASE WHEN d.state = 'FAILED' THEN 1 ELSE 0 END), 0) AS failed,
				    COALESCE(SUM(CASE WHEN d.state IN ('WAITING', 'SENDING') THEN 1 ELSE 0 END), 0) AS waiting,
				    COALESCE(SUM(CASE WHEN d.state = 'CANCELLED' THEN 1 ELSE 0 END), 0) AS cancelled
				FROM edition e LEFT JOIN delivery d ON d.edition_id = e.id
				WHERE e.article_count > 0
				GROUP BY e.id, e.kind, e.subject, e.article_count, e.created_at
				ORDER BY e.created_at DESC, e.id DESC
				FETCH FIRST %d ROWS ONLY""".formatted(limit))
			.query((rs, n) -> new EditionSummary(rs.getLong("id"), rs.getString("kind"), rs.getString("subject"),
					rs.getInt("article_count"), instant(rs, "created_at"), rs.getLong("sent"), rs.getLong("failed"),
					rs.getLong("waiting"), rs.getLong("cancelled")))
			.list();
	}

	Optional<EditionSummary> summary(long id) {
		return latest(Integer.MAX_VALUE).stream().filter(e -> e.id() == id).findFirst();
	}

}
