package org.kiosque.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code article_correction} table. Nothing outside this package reads it. */
@Repository
class CorrectionRepository {

	private final JdbcClient jdbc;

	CorrectionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long articleId, String text, long editorId, String editorName, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO article_correction (article_id, body, editor_id, editor_name, created_at)
				VALUES (:article, :body, :editor, :editorName, :now)
				""")
			.param("article", articleId)
			.param("body", text)
			.param("editor", editorId)
			.param("editorName", editorName)
			.param("now", at(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/**
	 * The corrections of these articles, oldest first, by article; articles without any
	 * are absent. One indexed query however many articles.
	 */
	Map<Long, List<Correction>> of(Collection<Long> articleIds) {
		if (articleIds.isEmpty()) {
			return new HashMap<>();
		}
		return where("article_id IN (:ids)", Map.of("ids", articleIds));
	}

	/**
	 * The corrections of the articles whose id is after {@code afterId} and at most
	 * {@code lastId}, as {@link #of}: a range of {@code article_correction_article}, for
	 * a walk over many articles.
	 */
	Map<Long, List<Correction>> between(long afterId, long lastId) {
		return where("article_id > :after AND article_id <= :last", Map.of("after", afterId, "last", lastId));
	}

	private Map<Long, List<Correction>> where(String condition, Map<String, ?> params) {
		Map<Long, List<Correction>> found = new HashMap<>();
		jdbc.sql("SELECT article_id, body, created_at FROM article_correction WHERE " + condition
				+ " ORDER BY article_id, created_at, id")
			.params(params)
			.query(rs -> {
				found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(correction(rs));
			});
		return found;
	}

	/**
	 * Corrections of the articles visible now, newest first, from the {@code offset}-th,
	 * at most {@code limit}: a correction of an article since unpublished is not listed.
	 */
	List<CorrectionNotice> latest(Instant now, long offset, int limit) {
		return jdbc
			.sql("SELECT c.body, c.created_at, a.headline, a.slug FROM article_correction c"
					+ " JOIN article a ON a.id = c.article_id WHERE " + ArticleRepository.VISIBLE
					+ " ORDER BY c.created_at DESC, c.id DESC LIMIT :limit OFFSET :offset")
			.param("now", at(now))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new CorrectionNotice(correction(rs), rs.getString("headline"), rs.getString("slug")))
			.list();
	}

	private static Correction correction(ResultSet rs) throws SQLException {
		return new Correction(rs.getString("body"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
