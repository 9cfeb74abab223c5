package org.kiosque.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The comment feature's tables. Nothing outside this package reads them. */
@Repository
class CommentRepository {

	private static final String COLUMNS = "id, article_id, parent_id, reader_id, author_name, author_email, body, status,"
			+ " ip, from_newsroom, report_count, created_at, edited_at";

	private final JdbcClient jdbc;

	CommentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long articleId, @Nullable Long parentId, @Nullable Long readerId, String name, String email,
			String body, String fingerprint, CommentStatus status, String ip, boolean fromNewsroom, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO comment (article_id, parent_id, reader_id, author_name, author_email, body, fingerprint, status,
						  ip, from_newsroom, report_count, created_at, moderated_at)
						VALUES (:article, :parent, :reader, :name, :email, :body, :fingerprint, :status, :ip, :newsroom, 0, :now,
						  :moderated)""")
			.param("article", articleId)
			.param("parent", parentId)
			.param("reader", readerId)
			.param("name", name)
			.param("email", email)
			.param("body", body)
			.param("fingerprint", fingerprint)
			.param("status", status.name())
			.param("ip", ip)
			.param("newsroom", fromNewsroom)
			.param("now", at(now))
			.param("moderated", status == CommentStatus.PENDING ? null : at(now))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	Optional<Comment> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM comment WHERE id = :id")
			.param("id", id)
			.query(this::comment)
			.optional();
	}

	List<Comment> approved(long articleId) {
		return jdbc
			.sql("SELECT " + COLUMNS + " FROM comment WHERE article_id = :article AND status = 'APPROVED'"
					+ " ORDER BY created_at, id")
			.param("article", articleId)
			.query(this::comment)
			.list();
	}

	List<Comment> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM comment WHERE id IN (:ids) ORDER BY created_at, id")
			.param("ids", ids)
			.query(this::comment)
			.list();
	}

	long countApproved(long articleId) {
		return jdbc.sql("SELECT COUNT(*) FROM comment WHERE article_id = :article AND status = 'APPROVED'")
			.param("article", articleId)
			.query(Long.class)
			.single();
	}

	Map<Long, Long> countApproved(Collection<Long> articleIds) {
		Map<Long, Long> counts = new HashMap<>();
		if (articleIds.isEmpty()) {
			return counts;
		}
		jdbc.sql("SELECT article_id, COUNT(*) AS n FROM comment WHERE article_id IN (:ids) AND status = 'APPROVED'"
				+ " GROUP BY article_id")
			.param("ids", articleIds)
			.query(rs -> {
				counts.put(rs.getLong("article_id"), rs.getLong("n"));
			});
		return counts;
	}

	/**
	 * The moderation queue: comments in {@code status} (or, with {@code reported}, those
	 * with at least one report that are not yet dealt with), newest first.
	 */
	List<Comment> queue(@Nullable CommentStatus status, boolean reported, @Nullable Long articleId, int limit) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (reported) {
			where.append(" AND report_count > 0 AND status IN ('PENDING', 'APPROVED')");
		}
		else if (status != null) {
			where.append(" AND status = :status");
		}
		if (articleId != null) {
			where.append(" AND article_id = :article");
		}
		var spec = jdbc
			.sql("SELECT " + COLUMNS + " FROM comment" + where + " ORDER BY created_at DESC, id DESC LIMIT :limit");
		if (!reported && status != null) {
			spec = spec.param("status", status.name());
		}
		if (articleId != null) {
			spec = spec.param("article", articleId);
		}
		return spec.param("limit", limit).query(this::comment).list();
	}

	boolean setStatus(long id, CommentStatus status, Instant now) {
		return jdbc.sql("UPDATE comment SET status = :status, moderated_at = :now WHERE id = :id AND status <> :status")
			.param("status", status.name())
			.param("now", at(now))
			.param("id", id)
			.update() == 1;
	}

	void editBody(long id, String body, String fingerprint, Instant now) {
		jdbc.sql("UPDATE comment SET body = :body, fingerprint = :fingerprint, edited_at = :now WHERE id = :id")
			.param("body", body)
			.param("fingerprint", fingerprint)
			.param("now", at(now))
			.param("id", id)
			.update();
	}

	/** Records one report; false when this reporter already reported this comment. */
	boolean report(long id, String reporter, Instant now) {
		// NOT EXISTS rather than catching the duplicate: on PostgreSQL a failed insert
		// would
		// abort the surrounding transaction.
		int added = jdbc.sql("""
				INSERT INTO comment_report (comment_id, reporter, created_at) SELECT :id, :reporter, :now
				WHERE NOT EXISTS (SELECT 1 FROM comment_report WHERE comment_id = :id AND reporter = :reporter)""")
			.param("id", id)
			.param("reporter", reporter)
			.param("now", at(now))
			.update();
		if (added == 0) {
			return false;
		}
		jdbc.sql("UPDATE comment SET report_count = report_count + 1 WHERE id = :id").param("id", id).update();
		return true;
	}

	void clearReportCount(long id) {
		jdbc.sql("UPDATE comment SET report_count = 0 WHERE id = :id").param("id", id).update();
	}

	boolean hasApproved(String email) {
		return jdbc.sql("SELECT COUNT(*) FROM comment WHERE LOWER(author_email) = :email AND status = 'APPROVED'")
			.param("email", email.toLowerCase(java.util.Locale.ROOT))
			.query(Long.class)
			.single() > 0;
	}

	boolean identicalExists(long articleId, String email, String fingerprint, Instant since) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM comment WHERE fingerprint = :fingerprint AND status <> 'DELETED'
				  AND (article_id = :article OR (LOWER(author_email) = :email AND created_at >= :since))""")
			.param("fingerprint", fingerprint)
			.param("article", articleId)
			.param("email", email.toLowerCase(java.util.Locale.ROOT))
			.param("since", at(since))
			.query(Long.class)
			.single() > 0;
	}

	int anonymise(long readerId, String email) {
		return jdbc
			.sql("UPDATE comment SET reader_id = NULL, author_name = '', author_email = '', ip = ''"
					+ " WHERE reader_id = :reader OR (LOWER(author_email) = :email AND author_email <> '')")
			.param("reader", readerId)
			.param("email", email.toLowerCase(java.util.Locale.ROOT))
			.update();
	}

	/** Pending comments with an id above {@code afterId}, oldest first. */
	List<Comment> pendingAfter(long afterId, int limit) {
		return jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM comment WHERE status = 'PENDING' AND id > :after ORDER BY id LIMIT :limit")
			.param("after", afterId)
			.param("limit", limit)
			.query(this::comment)
			.list();
	}

	/** The newest pending comments, newest first. */
	List<Comment> latestPending(int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM comment WHERE status = 'PENDING' ORDER BY id DESC LIMIT :limit")
			.param("limit", limit)
			.query(this::comment)
			.list();
	}

	long countPending() {
		return jdbc.sql("SELECT COUNT(*) FROM comment WHERE status = 'PENDING'").query(Long.class).single();
	}

	// Threads

	Optional<Boolean> editorClosed(long articleId) {
		return jdbc.sql("SELECT closed FROM comment_thread WHERE article_id = :article")
			.param("article", articleId)
			.query(Boolean.class)
			.optional();
	}

	void setClosed(long articleId, boolean closed) {
		if (jdbc.sql("UPDATE comment_thread SET closed = :closed WHERE article_id = :article")
			.param("closed", closed)
			.param("article", articleId)
			.update() == 0) {
			try {
				jdbc.sql("INSERT INTO comment_thread (article_id, closed) VALUES (:article, :closed)")
					.param("article", articleId)
					.param("closed", closed)
					.update();
			}
			catch (DuplicateKeyException e) {
				setClosed(articleId, closed);
			}
		}
	}

	// Bans and blocked words

	boolean banned(String kind, String value) {
		return jdbc.sql("SELECT COUNT(*) FROM comment_ban WHERE kind = :kind AND banned = :value")
			.param("kind", kind)
			.param("value", value)
			.query(Long.class)
			.single() > 0;
	}

	void ban(String kind, String value, Instant now) {
		if (!banned(kind, value)) {
			try {
				jdbc.sql("INSERT INTO comment_ban (kind, banned, created_at) VALUES (:kind, :value, :now)")
					.param("kind", kind)
					.param("value", value)
					.param("now", at(now))
					.update();
			}
			catch (DuplicateKeyException e) {
				// Another editor banned it at the same moment: the ban stands.
			}
		}
	}

	void unban(String kind, String value) {
		jdbc.sql("DELETE FROM comment_ban WHERE kind = :kind AND banned = :value")
			.param("kind", kind)
			.param("value", value)
			.update();
	}

	List<Ban> bans() {
		return jdbc.sql("SELECT kind, banned, created_at FROM comment_ban ORDER BY created_at DESC")
			.query((rs, n) -> new Ban(rs.getString("kind"), rs.getString("banned"), instant(rs, "created_at")))
			.list();
	}

	record Ban(String kind, String value, Instant since) {
	}

	List<String> blockedWords() {
		return jdbc.sql("SELECT word FROM comment_blocked_word ORDER BY word").query(String.class).list();
	}

	void replaceBlockedWords(Collection<String> words) {
		jdbc.sql("DELETE FROM comment_blocked_word").update();
		for (String word : words) {
			jdbc.sql("INSERT INTO comment_blocked_word (word) VALUES (:word)").param("word", word).update();
		}
	}

	// Shared state

	Optional<String> state(String name) {
		return jdbc.sql("SELECT state_value FROM comment_state WHERE state_name = :name")
			.param("name", name)
			.query(String.class)
			.optional();
	}

	/** Stores {@code value} unless a value exists; returns the value that holds. */
	String stateIfAbsent(String name, String value) {
		try {
			jdbc.sql("INSERT INTO comment_state (state_name, state_value) VALUES (:name, :value)")
				.param("name", name)
				.param("value", value)
				.update();
			return value;
		}
		catch (DuplicateKeyException e) {
			return state(name).orElseThrow();
		}
	}

	/** Compare-and-set, so that on several nodes only one wins. */
	boolean replaceState(String name, String expected, String value) {
		return jdbc
			.sql("UPDATE comment_state SET state_value = :value WHERE state_name = :name AND state_value = :expected")
			.param("name", name)
			.param("expected", expected)
			.param("value", value)
			.update() == 1;
	}

	private Comment comment(ResultSet rs, int n) throws SQLException {
		long parent = rs.getLong("parent_id");
		Long parentId = rs.wasNull() ? null : parent;
		long reader = rs.getLong("reader_id");
		Long readerId = rs.wasNull() ? null : reader;
		OffsetDateTime edited = rs.getObject("edited_at", OffsetDateTime.class);
		return new Comment(rs.getLong("id"), rs.getLong("article_id"), parentId, readerId, rs.getString("author_name"),
				rs.getString("author_email"), rs.getString("body"), CommentStatus.valueOf(rs.getString("status")),
				rs.getString("ip"), rs.getBoolean("from_newsroom"), rs.getInt("report_count"),
				instant(rs, "created_at"), edited == null ? null : edited.toInstant());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
