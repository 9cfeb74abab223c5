package org.kiosque.article;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The copy, on each of an article's tags (rows of {@code article_tag}), of the article's
 * section, status and publication time, so that a tag's pages read its published articles
 * in publication order from one index ({@code article_tag_order (tag_id, status,
 * published_at, article_id)}, and {@code article_tag_section_order} with the section
 * after the tag): a tag of three articles in a million reads three rows, a common one a
 * page's.
 * <p>
 * Kept in the transaction of every write that changes those columns of an article:
 * {@link ArticleRepository}'s writes and {@link ScheduleRepository}'s call
 * {@link #follow} through {@link ArticleWrites} (with the archive's months), after their
 * {@code UPDATE} (which holds the article's row locked until the transaction ends, so two
 * writers of one article take turns); a tag given to an article copies the article's row
 * as it is then ({@link ArticleRepository#replaceTags}, written after the article in the
 * same transaction); {@link ArticleBulk} writes its published articles' tags with their
 * values. A follow copies the article's row whatever was there before, so a copy cannot
 * drift by one bad delta: the next write of the article sets it right. Filled from the
 * existing articles by the migration that made it ({@code V1900}).
 */
@Repository
class TagListings {

	private final JdbcClient jdbc;

	TagListings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Copies the section, status and publication time of article {@code articleId} to
	 * each of its tags. Call it inside the transaction that changed them, after the
	 * change.
	 */
	void follow(long articleId) {
		jdbc.sql("""
				UPDATE article_tag SET (section_id, status, published_at) =
				    (SELECT a.section_id, a.status, a.published_at FROM article a WHERE a.id = article_tag.article_id)
				WHERE article_id = :id
				""").param("id", articleId).update();
	}

}
