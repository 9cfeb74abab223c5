package org.kiosque.desk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.article.ArticleStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The desk's table, {@code article_revision}: rows are added, never changed or removed.
 * The primary key (article, number) makes two revisions with one number impossible. Its
 * reading methods are public for the publishing API's {@code …/revisions} routes; only
 * the {@link Desk} adds.
 */
@Repository
public class RevisionRepository {

	private static final String COLUMNS = """
			article_id, number, action, account_id, made_at, status, published_at, headline, standfirst, body, section,
			tags, byline, source, slug, description, changed, note, agency
			""";

	/** Everything but the text: the list of revisions. */
	private static final String LINE_COLUMNS = """
			article_id, number, action, account_id, made_at, status, published_at, changed, note, agency
			""";

	private final JdbcClient jdbc;

	RevisionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The number of the article's latest revision; 0 when it has none (an import). */
	public int latestNumber(long articleId) {
		return jdbc.sql("SELECT MAX(number) FROM article_revision WHERE article_id = :id")
			.param("id", articleId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	/** The article's revision {@code number}, its text included; empty for none. */
	public Optional<Revision> find(long articleId, int number) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM article_revision WHERE article_id = :id AND number = :number")
			.param("id", articleId)
			.param("number", number)
			.query((rs, n) -> revision(rs, true))
			.optional();
	}

	/**
	 * The article's revisions, newest first, without their text (blank copies): from the
	 * {@code offset}-th, at most {@code limit}.
	 */
	public List<Revision> lines(long articleId, long offset, int limit) {
		return jdbc
			.sql("SELECT " + LINE_COLUMNS + " FROM article_revision WHERE article_id = :id"
					+ " ORDER BY number DESC LIMIT :limit OFFSET :offset")
			.param("id", articleId)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> revision(rs, false))
			.list();
	}

	/**
	 * The article's latest revision that moved it (anything but a save or a restore),
	 * without its text: a return's note is shown to the author until the next move.
	 */
	Optional<Revision> lastMove(long articleId) {
		return jdbc
			.sql("SELECT " + LINE_COLUMNS + " FROM article_revision WHERE article_id = :id"
					+ " AND action NOT IN ('save', 'restore') ORDER BY number DESC LIMIT 1")
			.param("id", articleId)
			.query((rs, n) -> revision(rs, false))
			.optional();
	}

	/**
	 * Adds the revision; its lead picture, caption and credit are the article's as they
	 * stand, so call it once the action is written.
	 */
	void insert(Revision r) {
		Copy c = r.copy();
		jdbc.sql("INSERT INTO article_revision (" + COLUMNS + """
				, picture_id, picture_caption, picture_credit)
				VALUES (:article, :number, :action, :account, :at, :status, :publishedAt, :headline, :standfirst, :body,
				    :section, :tags, :byline, :source, :slug, :description, :changed, :note, :agency,
				    (SELECT a.picture_id FROM article a WHERE a.id = :article),
				    (SELECT COALESCE(a.image_caption, '') FROM article a WHERE a.id = :article),
				    (SELECT COALESCE(a.image_credit, '') FROM article a WHERE a.id = :article))
				""")
			.param("article", r.articleId())
			.param("number", r.number())
			.param("action", r.action().value())
			.param("account", r.accountId())
			.param("at", at(r.madeAt()))
			.param("status", r.status().name())
			.param("publishedAt", r.publishedAt() == null ? null : at(r.publishedAt()))
			.param("headline", c.headline())
			.param("standfirst", c.standfirst())
			.param("body", c.body())
			.param("section", c.section())
			.param("tags", c.tags())
			.param("byline", c.byline())
			.param("source", c.source())
			.param("slug", c.slug())
			.param("description", c.description())
			.param("changed", String.join(",", r.changed()))
			.param("note", r.note())
			.param("agency", r.agency())
			.update();
	}

	private static Revision revision(ResultSet rs, boolean withText) throws SQLException {
		Long accountId = rs.getObject("account_id", Long.class);
		Copy copy = withText ? new Copy(rs.getString("headline"), rs.getString("standfirst"), rs.getString("body"),
				rs.getString("section"), rs.getString("tags"), rs.getString("byline"), rs.getString("source"),
				rs.getString("slug"), rs.getString("description")) : Copy.blank();
		String changed = rs.getString("changed");
		return new Revision(rs.getLong("article_id"), rs.getInt("number"), DeskAction.stored(rs.getString("action")),
				accountId, instant(rs, "made_at"), ArticleStatus.valueOf(rs.getString("status")),
				instant(rs, "published_at"), copy, changed.isEmpty() ? List.of() : Arrays.asList(changed.split(",")),
				rs.getString("note"), rs.getString("agency"));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

}
