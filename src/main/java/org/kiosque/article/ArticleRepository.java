package org.kiosque.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The article feature's tables. Nothing outside this package reads them. */
@Repository
class ArticleRepository {

	private static final String TEASER_COLUMNS = """
			a.id, a.slug, a.headline, a.standfirst, a.source, a.published_at, a.time_known, a.created_at, a.modified_at,
			a.image_url, a.image_caption, a.image_credit, a.picture_id, s.id AS section_id, s.slug AS section_slug, s.name AS section_name
			""";

	/** What a whole article adds to a teaser: its body, byline and description. */
	private static final String WHOLE = ", a.body_html, a.byline, a.description";

	static final String VISIBLE = "a.status = 'PUBLISHED' AND a.published_at <= :now";

	private final JdbcClient jdbc;

	private final ArticleWrites writes;

	ArticleRepository(JdbcClient jdbc, ArticleWrites writes) {
		this.jdbc = jdbc;
		this.writes = writes;
	}

	Optional<PublishedArticle> publishedBySlug(String slug, Instant now) {
		return jdbc
			.sql("SELECT " + TEASER_COLUMNS + WHOLE + " FROM article a"
					+ " LEFT JOIN section s ON s.id = a.section_id WHERE a.slug = :slug AND " + VISIBLE)
			.param("slug", slug)
			.param("now", at(now))
			.query((rs, n) -> published(rs))
			.optional();
	}

	Optional<PublishedArticle> publishedById(long id, Instant now) {
		return jdbc
			.sql("SELECT " + TEASER_COLUMNS + WHOLE + " FROM article a"
					+ " LEFT JOIN section s ON s.id = a.section_id WHERE a.id = :id AND " + VISIBLE)
			.param("id", id)
			.param("now", at(now))
			.query((rs, n) -> published(rs))
			.optional();
	}

	List<PublishedArticle> publishedByIds(Collection<Long> ids, Instant now) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("SELECT " + TEASER_COLUMNS + WHOLE + " FROM article a"
					+ " LEFT JOIN section s ON s.id = a.section_id WHERE a.id IN (:ids) AND " + VISIBLE)
			.param("ids", ids)
			.param("now", at(now))
			.query((rs, n) -> published(rs))
			.list();
	}

	/** The current slug of an article once known by {@code oldSlug}. */
	Optional<String> renamedSlug(String oldSlug) {
		return jdbc
			.sql("SELECT a.slug FROM article_slug_history h JOIN article a ON a.id = h.article_id WHERE h.slug = :slug")
			.param("slug", oldSlug)
			.query(String.class)
			.optional();
	}

	/**
	 * Published articles of {@code selection}, newest first: those older than
	 * {@code older} (keyset paging), or the {@code limit} just newer than {@code newer}
	 * (still handed back newest first), or else from the {@code offset}-th. The section
	 * and the tag are found by slug first, so that the rows' own columns lead the planner
	 * to the index that holds the order: the articles' by author, by section or by
	 * publication, or a tag's own rows ({@link ListedRows}). A keyset is a seek in them,
	 * not a scan of what it skips, and the order is the index's ({@link #inIndexOrder}).
	 */
	List<ArticleTeaser> latest(Instant now, Selection selection, @Nullable Keyset older, @Nullable Keyset newer,
			long offset, int limit) {
		Statement latest = latestStatement(now, selection, older, newer, offset, limit);
		List<ArticleTeaser> rows = jdbc.sql(latest.sql()).params(latest.params()).query((rs, n) -> teaser(rs)).list();
		return older == null && newer != null ? rows.reversed() : rows;
	}

	/**
	 * The database's plan ({@code EXPLAIN}) of the statement {@link #latest} sends for
	 * the same arguments: how the tests prove that a list reads an index in order.
	 */
	String latestPlan(Instant now, Selection selection, @Nullable Keyset older, @Nullable Keyset newer, long offset,
			int limit) {
		Statement latest = latestStatement(now, selection, older, newer, offset, limit);
		return String.join("\n",
				jdbc.sql("EXPLAIN " + latest.sql()).params(latest.params()).query(String.class).list());
	}

	private static Statement latestStatement(Instant now, Selection selection, @Nullable Keyset older,
			@Nullable Keyset newer, long offset, int limit) {
		ListedRows rows = ListedRows.of(selection);
		StringBuilder sql = new StringBuilder("SELECT " + TEASER_COLUMNS + rows.from());
		Map<String, Object> params = new HashMap<>();
		params.put("now", at(now));
		Selection.Author author = selection.author();
		if (author != null) {
			String name = likeEscaped(author.byline());
			sql.append(" AND a.author_id = :author AND (a.byline = :byline OR a.byline LIKE :first ESCAPE '!'"
					+ " OR a.byline LIKE :last ESCAPE '!' OR a.byline LIKE :among ESCAPE '!')");
			params.put("author", author.accountId());
			params.put("byline", author.byline());
			params.put("first", name + ", %");
			params.put("last", "%, " + name);
			params.put("among", "%, " + name + ", %");
		}
		if (selection.sectionSlug() != null) {
			sql.append(" AND " + rows.column("section_id") + " = (SELECT id FROM section WHERE slug = :section)");
			params.put("section", selection.sectionSlug());
		}
		if (selection.tagSlug() != null) {
			sql.append(rows.tagCondition());
			params.put("tag", selection.tagSlug());
		}
		String time = rows.column("published_at");
		boolean ascending = older == null && newer != null;
		Keyset from = older != null ? older : newer;
		if (from != null) {
			// The plain bound on published_at is what the index seeks to; the rest only
			// settles ties of the same microsecond.
			sql.append(ascending ? " AND " + time + " >= :at AND (" + time + " > :at OR " + rows.id() + " > :id)"
					: " AND " + time + " <= :at AND (" + time + " < :at OR " + rows.id() + " < :id)");
			params.put("at", at(from.at()));
			params.put("id", from.id());
		}
		sql.append(inIndexOrder(ascending, rows.index(selection).toArray(String[]::new)));
		sql.append(" LIMIT :limit");
		params.put("limit", limit);
		if (from == null) {
			sql.append(" OFFSET :offset");
			params.put("offset", offset);
		}
		return new Statement(sql.toString(), params);
	}

	/**
	 * The rows a list of published articles is read from, in the order of one of their
	 * indexes: the articles' own, or a tag's ({@code article_tag}), which carry their
	 * article's section, status and time in publication order ({@link TagListings}), the
	 * article's own row then read for the page's rows only. The one place that tells the
	 * two apart.
	 *
	 * @param from the {@code FROM} and the {@code WHERE}'s first conditions (published
	 * and visible at {@code :now}; the tag {@code :tag}'s rows)
	 * @param alias the table whose status, time and id hold the order
	 * @param id its column of the article's id
	 * @param tagCondition what keeps a selection's tag {@code :tag}, when the rows are
	 * not the tag's own
	 */
	private record ListedRows(String from, String alias, String id, String tagCondition) {

		/** The articles' rows: every list but a tag's. */
		static final ListedRows ARTICLES = new ListedRows(
				" FROM article a LEFT JOIN section s ON s.id = a.section_id WHERE " + VISIBLE, "a", "a.id",
				" AND EXISTS (SELECT 1 FROM article_tag at WHERE at.article_id = a.id"
						+ " AND at.tag_id = (SELECT id FROM tag WHERE slug = :tag))");

		/** A tag's rows: its articles, with a section or not. */
		static final ListedRows TAG = new ListedRows(" FROM article_tag at JOIN article a ON a.id = at.article_id"
				+ " LEFT JOIN section s ON s.id = a.section_id WHERE at.tag_id = (SELECT id FROM tag WHERE slug = :tag)"
				+ " AND at.status = 'PUBLISHED' AND at.published_at <= :now AND " + VISIBLE, "at", "at.article_id", "");

		/**
		 * A tag's rows for a tag's articles; the articles' for the rest, an author's with
		 * a tag too (the author's index, the tag checked for each of its rows).
		 */
		static ListedRows of(Selection selection) {
			return selection.tagSlug() != null && selection.author() == null ? TAG : ARTICLES;
		}

		String column(String name) {
			return alias + "." + name;
		}

		/**
		 * The columns of the index that holds the list's order, in its order: first those
		 * the {@code WHERE} holds to one value (see {@link #inIndexOrder}), then status,
		 * time and id. A tag's: {@code article_tag_order (tag_id, status, published_at,
		 * article_id)}, {@code article_tag_section_order} with the section after the tag.
		 * The articles': {@code article_author_order (author_id, ...)} for an author (a
		 * section then only filtered), {@code article_section_order (section_id, ...)},
		 * else {@code article_published_order (status, published_at, id)}.
		 */
		List<String> index(Selection selection) {
			List<String> columns = new ArrayList<>();
			if (this == TAG) {
				columns.add("at.tag_id");
				if (selection.sectionSlug() != null) {
					columns.add("at.section_id");
				}
			}
			else if (selection.author() != null) {
				columns.add("a.author_id");
			}
			else if (selection.sectionSlug() != null) {
				columns.add("a.section_id");
			}
			columns.addAll(List.of(column("status"), column("published_at"), id));
			return columns;
		}

	}

	/**
	 * {@code ORDER BY} the columns of an index, in its order, newest (highest) first
	 * unless {@code ascending}; {@code null} columns are left out. The leading columns
	 * are those the {@code WHERE} holds to one value (an author, a section, a status):
	 * naming them changes nothing to the rows' order, but it is what lets H2 (2.5) read
	 * the index in order and stop at the {@code LIMIT}. Told
	 * {@code ORDER BY published_at DESC, id
	 * DESC} alone, H2 takes {@code article_published (status, published_at)} for the
	 * {@code WHERE} and then sorts every published article (93 767 rows read for 13 at
	 * 100 000 articles, seconds a page); it matches an ORDER BY with an index's columns
	 * from the first. PostgreSQL drops from the order it needs any column held equal to
	 * one value, so the longer {@code ORDER BY} is the same plan there (an index scan,
	 * backward for newest first).
	 */
	static String inIndexOrder(boolean ascending, @Nullable String... columns) {
		java.util.StringJoiner order = new java.util.StringJoiner(", ", " ORDER BY ", "");
		for (String column : columns) {
			if (column != null) {
				order.add(ascending ? column : column + " DESC");
			}
		}
		return order.toString();
	}

	/** A statement and its named parameters. */
	private record Statement(String sql, Map<String, Object> params) {
	}

	/**
	 * Among the last {@code perTag} articles given each tag of the article {@code id}
	 * (highest ids first, from the tag's index {@code article_tag_newest (tag_id,
	 * article_id)}), the {@code limit} newest published, itself left out. A popular tag
	 * holds thousands of articles in a large archive: reading only its latest keeps the
	 * cost of "À lire aussi" the same whatever the archive's size.
	 */
	List<ArticleTeaser> sameTags(long id, Instant now, int perTag, int limit) {
		List<Long> tags = jdbc.sql("SELECT tag_id FROM article_tag WHERE article_id = :id")
			.param("id", id)
			.query(Long.class)
			.list();
		java.util.Set<Long> candidates = new java.util.HashSet<>();
		for (long tag : tags) {
			candidates.addAll(jdbc
				.sql("SELECT article_id FROM article_tag WHERE tag_id = :tag AND article_id <> :id"
						+ " ORDER BY article_id DESC LIMIT :limit")
				.param("tag", tag)
				.param("id", id)
				.param("limit", perTag)
				.query(Long.class)
				.list());
		}
		if (candidates.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("SELECT " + TEASER_COLUMNS + " FROM article a LEFT JOIN section s ON s.id = a.section_id" + " WHERE "
					+ VISIBLE + " AND a.id IN (:ids) ORDER BY a.published_at DESC, a.id DESC LIMIT :limit")
			.param("ids", candidates)
			.param("now", at(now))
			.param("limit", limit)
			.query((rs, n) -> teaser(rs))
			.list();
	}

	/**
	 * The newest published articles of section {@code sectionId}, the article {@code id}
	 * left out: read in the order of the section's index ({@code article_section_order}).
	 */
	List<ArticleTeaser> sameSection(long id, long sectionId, Instant now, int limit) {
		return jdbc
			.sql("SELECT " + TEASER_COLUMNS + " FROM article a LEFT JOIN section s ON s.id = a.section_id"
					+ " WHERE a.section_id = :section AND " + VISIBLE + " AND a.id <> :id"
					+ inIndexOrder(false, "a.section_id", "a.status", "a.published_at", "a.id") + " LIMIT :limit")
			.param("id", id)
			.param("section", sectionId)
			.param("now", at(now))
			.param("limit", limit)
			.query((rs, n) -> teaser(rs))
			.list();
	}

	Optional<Long> authorOf(long articleId) {
		return jdbc.sql("SELECT author_id FROM article WHERE id = :id AND author_id IS NOT NULL")
			.param("id", articleId)
			.query(Long.class)
			.optional();
	}

	/** The current slug of a section once known by {@code oldSlug}. */
	Optional<String> renamedSectionSlug(String oldSlug) {
		return jdbc
			.sql("SELECT s.slug FROM section_slug_history h JOIN section s ON s.id = h.section_id WHERE h.slug = :slug")
			.param("slug", oldSlug)
			.query(String.class)
			.optional();
	}

	List<ArticleTeaser> teasers(Collection<Long> ids, Instant now) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("SELECT " + TEASER_COLUMNS + " FROM article a LEFT JOIN section s ON s.id = a.section_id"
					+ " WHERE a.id IN (:ids) AND " + VISIBLE)
			.param("ids", ids)
			.param("now", at(now))
			.query((rs, n) -> teaser(rs))
			.list();
	}

	List<ArticleTeaser> publishedBetween(Instant from, Instant to) {
		return jdbc
			.sql("SELECT " + TEASER_COLUMNS + " FROM article a LEFT JOIN section s ON s.id = a.section_id"
					+ " WHERE a.status = 'PUBLISHED' AND a.published_at > :from AND a.published_at <= :to"
					+ " ORDER BY a.published_at DESC, a.id DESC")
			.param("from", at(from))
			.param("to", at(to))
			.query((rs, n) -> teaser(rs))
			.list();
	}

	Map<Long, List<TagRef>> tagsOf(Collection<Long> articleIds) {
		if (articleIds.isEmpty()) {
			return new LinkedHashMap<>();
		}
		return tagsWhere("at.article_id IN (:ids)", Map.of("ids", articleIds));
	}

	/**
	 * The tags of the articles whose id is after {@code afterId} and at most
	 * {@code lastId}, by article: a range of the key {@code article_tag (article_id,
	 * tag_id)}, for a walk over many articles (a list of a thousand ids costs the
	 * database more to parse and plan than the range costs to read).
	 */
	Map<Long, List<TagRef>> tagsBetween(long afterId, long lastId) {
		return tagsWhere("at.article_id > :after AND at.article_id <= :last", Map.of("after", afterId, "last", lastId));
	}

	private Map<Long, List<TagRef>> tagsWhere(String condition, Map<String, ?> params) {
		Map<Long, List<TagRef>> tags = new LinkedHashMap<>();
		jdbc.sql("SELECT at.article_id, t.slug, t.name FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE "
				+ condition + " ORDER BY t.name")
			.params(params)
			.query(rs -> {
				tags.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
					.add(new TagRef(rs.getString(2), rs.getString(3)));
			});
		return tags;
	}

	Optional<SectionRef> section(String slug) {
		return jdbc.sql("SELECT id, slug, name FROM section WHERE slug = :slug")
			.param("slug", slug)
			.query((rs, n) -> new SectionRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.optional();
	}

	Optional<TagRef> tag(String slug) {
		return jdbc.sql("SELECT slug, name FROM tag WHERE slug = :slug")
			.param("slug", slug)
			.query((rs, n) -> new TagRef(rs.getString(1), rs.getString(2)))
			.optional();
	}

	List<SectionRef> sections() {
		return jdbc.sql("SELECT id, slug, name FROM section ORDER BY position, name")
			.query((rs, n) -> new SectionRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	long createSection(String slug, String name, int position) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO section (slug, name, position) VALUES (:slug, :name, :position)")
			.param("slug", slug)
			.param("name", name)
			.param("position", position)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	boolean slugTaken(String slug) {
		return jdbc.sql("SELECT COUNT(*) FROM article WHERE slug = :slug")
			.param("slug", slug)
			.query(Long.class)
			.single() > 0
				|| jdbc.sql("SELECT COUNT(*) FROM article_slug_history WHERE slug = :slug")
					.param("slug", slug)
					.query(Long.class)
					.single() > 0;
	}

	Optional<Long> idByDispatchKey(String key) {
		return jdbc.sql("SELECT id FROM article WHERE dispatch_key = :key")
			.param("key", key)
			.query(Long.class)
			.optional();
	}

	Optional<StoredArticle> stored(long id) {
		return jdbc.sql("SELECT id, slug, status, published_at, embargo_until FROM article WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new StoredArticle(rs.getLong(1), rs.getString(2), ArticleStatus.valueOf(rs.getString(3)),
					instant(rs, "published_at"), instant(rs, "embargo_until")))
			.optional();
	}

	long insert(String slug, ArticleDraft draft, String bodyHtml, @Nullable Long sectionId, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO article (slug, headline, standfirst, body_markdown, body_html, section_id, byline, source,
						    image_url, image_caption, image_credit, picture_id, status, published_at, time_known, dispatch_key, created_at,
						    updated_at, changed_at)
						VALUES (:slug, :headline, :standfirst, :markdown, :html, :section, :byline, :source,
						    :imageUrl, :imageCaption, :imageCredit, :pictureId, :status, :publishedAt, :timeKnown, :dispatchKey, :now, :now, :now)
						""")
			.param("slug", slug)
			.params(columns(draft, bodyHtml, sectionId))
			.param("dispatchKey", draft.dispatchKey())
			.param("now", at(now))
			.update(keys, "id");
		return writes.added(keys.getKeyAs(Number.class).longValue());
	}

	void update(long id, String slug, ArticleDraft draft, String bodyHtml, @Nullable Long sectionId, Instant now) {
		writes.changing(id,
				() -> jdbc
					.sql("""
							UPDATE article SET slug = :slug, headline = :headline, standfirst = :standfirst, body_markdown = :markdown,
							    body_html = :html, section_id = :section, byline = :byline, source = :source, image_url = :imageUrl,
							    image_caption = :imageCaption, image_credit = :imageCredit, picture_id = :pictureId, status = :status,
							    published_at = :publishedAt, time_known = :timeKnown, updated_at = :now, changed_at = :now,
							    changed_by = NULL
							WHERE id = :id
							""")
					.param("id", id)
					.param("slug", slug)
					.params(columns(draft, bodyHtml, sectionId))
					.param("now", at(now))
					.update() == 1);
	}

	void rememberOldSlug(String oldSlug, long articleId) {
		jdbc.sql("DELETE FROM article_slug_history WHERE slug = :slug").param("slug", oldSlug).update();
		jdbc.sql("INSERT INTO article_slug_history (slug, article_id) VALUES (:slug, :id)")
			.param("slug", oldSlug)
			.param("id", articleId)
			.update();
	}

	/**
	 * Gives the article exactly {@code tags} (made when missing). Call it after the
	 * article's row is written or locked in the same transaction: each tag copies the
	 * row's section, status and time ({@link TagListings}).
	 */
	void replaceTags(long articleId, List<TagRef> tags) {
		jdbc.sql("DELETE FROM article_tag WHERE article_id = :id").param("id", articleId).update();
		java.util.Set<Long> given = new java.util.HashSet<>();
		for (TagRef tag : tags) {
			// A tag renamed or merged into another keeps its old name's slug: the
			// article gets the tag that holds it now, not a new one of the old name.
			long tagId = jdbc.sql("SELECT id FROM tag WHERE slug = :slug")
				.param("slug", tag.slug())
				.query(Long.class)
				.optional()
				.or(() -> jdbc.sql("SELECT tag_id FROM tag_slug_history WHERE slug = :slug")
					.param("slug", tag.slug())
					.query(Long.class)
					.optional())
				.orElseGet(() -> {
					var keys = new GeneratedKeyHolder();
					jdbc.sql("INSERT INTO tag (slug, name) VALUES (:slug, :name)")
						.param("slug", tag.slug())
						.param("name", tag.name())
						.update(keys, "id");
					return keys.getKeyAs(Number.class).longValue();
				});
			if (!given.add(tagId)) {
				continue; // two names for one tag (one of them its old name)
			}
			// The article's section, status and time as written in this transaction
			// (TagListings): a tag's pages read them here.
			jdbc.sql("INSERT INTO article_tag (article_id, tag_id, section_id, status, published_at)"
					+ " SELECT id, :t, section_id, status, published_at FROM article WHERE id = :a")
				.param("a", articleId)
				.param("t", tagId)
				.update();
		}
	}

	long countPublished(Instant now) {
		return jdbc.sql("SELECT COUNT(*) FROM article a WHERE " + VISIBLE)
			.param("now", at(now))
			.query(Long.class)
			.single();
	}

	/**
	 * The last of the {@code limit} ids that follow {@code afterId}, whatever their
	 * articles' status; {@code afterId} itself when none follows. Read from the primary
	 * key alone, the only index that holds ids in order: a walk's next stretch of ids.
	 */
	long lastIdOfNext(long afterId, int limit) {
		return jdbc.sql("SELECT MAX(w.id) FROM (SELECT id FROM article WHERE id > :after ORDER BY id LIMIT :limit) w")
			.param("after", afterId)
			.param("limit", limit)
			.query(Long.class)
			.optional()
			.orElse(afterId);
	}

	/**
	 * The published articles whose id is after {@code afterId} and at most
	 * {@code lastId}, in id order, with their bodies and sections (not their tags,
	 * corrections nor pictures). The stretch is read by the primary key first, and only
	 * then sifted for what is visible ({@code OFFSET 0} keeps the planner from merging
	 * the two): given the visibility test beside the ids, PostgreSQL may take the index
	 * of published articles in date order ({@code article_published_order}) and read all
	 * its entries for each stretch (seen at a million articles with stale statistics: 2 s
	 * a stretch, against a few milliseconds by the key).
	 */
	List<PublishedArticle> publishedInStretch(long afterId, long lastId, Instant now) {
		return jdbc
			.sql("SELECT " + TEASER_COLUMNS + WHOLE
					+ " FROM (SELECT * FROM article WHERE id > :after AND id <= :last OFFSET 0 ROWS) a"
					+ " LEFT JOIN section s ON s.id = a.section_id WHERE " + VISIBLE + " ORDER BY a.id")
			.param("after", afterId)
			.param("last", lastId)
			.param("now", at(now))
			.query((rs, n) -> published(rs))
			.list();
	}

	/**
	 * Moves a visible article's modification time to {@code now}, locking its row until
	 * the transaction ends, and its month's latest change in the archive
	 * ({@link ArchiveMonths}); false (nothing changed) when it is not published and
	 * visible.
	 */
	boolean markModified(long id, Instant now) {
		return writes.touching(id,
				() -> jdbc.sql("UPDATE article a SET modified_at = :now WHERE a.id = :id AND " + VISIBLE)
					.param("id", id)
					.param("now", at(now))
					.update() == 1);
	}

	/**
	 * Whether an article that has been public was taken down under this slug: its address
	 * answers 410 rather than 404.
	 */
	boolean isWithdrawn(String slug) {
		return jdbc.sql("SELECT COUNT(*) FROM article WHERE slug = :slug AND status = 'UNPUBLISHED'")
			.param("slug", slug)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Any article, whatever its status, in the public form: the preview. A draft never
	 * published shows {@code now} as its publication time.
	 */
	Optional<PublishedArticle> anyById(long id, Instant now) {
		return jdbc
			.sql("SELECT " + TEASER_COLUMNS + WHOLE + " FROM article a LEFT JOIN section s ON s.id = a.section_id"
					+ " WHERE a.id = :id")
			.param("id", id)
			.query((rs, n) -> {
				PublishedArticle a = published(rs);
				return a.publishedAt() != null ? a
						: new PublishedArticle(a.id(), a.slug(), a.headline(), a.standfirst(), a.bodyHtml(),
								a.section(), a.tags(), a.byline(), a.source(), now, true, a.image(), a.description());
			})
			.optional();
	}

	/** An article as the newsroom edits it, whatever its status, tags included. */
	Optional<DeskArticle> onDesk(long id) {
		return jdbc
			.sql("""
					SELECT a.id, a.slug, a.headline, a.standfirst, a.body_markdown, s.slug AS section_slug, a.byline, a.source,
					    a.description, a.status, a.published_at, a.author_id, a.changed_at, a.changed_by, a.embargo_until,
					    a.editors_note
					FROM article a LEFT JOIN section s ON s.id = a.section_id WHERE a.id = :id
					""")
			.param("id", id)
			.query((rs, n) -> {
				Long author = rs.getObject("author_id", Long.class);
				Long changedBy = rs.getObject("changed_by", Long.class);
				return new DeskArticle(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
						rs.getString("standfirst"), rs.getString("body_markdown"), rs.getString("section_slug"),
						List.of(), rs.getString("byline"), rs.getString("source"), rs.getString("description"),
						ArticleStatus.valueOf(rs.getString("status")), instant(rs, "published_at"), author,
						instant(rs, "changed_at"), changedBy, instant(rs, "embargo_until"),
						rs.getString("editors_note"));
			})
			.optional()
			.map(a -> {
				List<String> tags = tagsOf(List.of(a.id())).getOrDefault(a.id(), List.of())
					.stream()
					.map(TagRef::name)
					.toList();
				return new DeskArticle(a.id(), a.slug(), a.headline(), a.standfirst(), a.bodyMarkdown(),
						a.sectionSlug(), tags, a.byline(), a.source(), a.description(), a.status(), a.publishedAt(),
						a.authorId(), a.changedAt(), a.changedBy(), a.embargoUntil(), a.editorsNote());
			});
	}

	/**
	 * One page of the newsroom's list, last changed first. Each filter narrows to rows an
	 * index orders by change time (status, section, author), so that a page costs the
	 * same at the 100 000th article; the headline search reads every headline of what is
	 * left.
	 */
	List<LedgerLine> ledger(LedgerQuery query, long offset, int limit) {
		return ledger(query, null, 0, false, offset, limit);
	}

	/**
	 * {@link #ledger(LedgerQuery, long, int)} from just after the line changed at
	 * {@code afterChangedAt} with id {@code afterId} in the list's order (keyset paging);
	 * {@code afterChangedAt} {@code null}: from the top. {@code newer}: the {@code limit}
	 * lines just before it instead (still handed back last changed first). The plain
	 * bound on {@code changed_at} is what the indexes ({@code article_changed} and the
	 * others of V1004) seek to; the rest settles ties.
	 */
	List<LedgerLine> ledger(LedgerQuery query, @Nullable Instant afterChangedAt, long afterId, boolean newer,
			long offset, int limit) {
		Statement ledger = ledgerStatement(query, afterChangedAt, afterId, newer, offset, limit);
		List<LedgerLine> lines = jdbc.sql(ledger.sql()).params(ledger.params()).query((rs, n) -> {
			Long author = rs.getObject("author_id", Long.class);
			Long changedBy = rs.getObject("changed_by", Long.class);
			return new LedgerLine(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
					ArticleStatus.valueOf(rs.getString("status")), rs.getString("section_name"), author,
					instant(rs, "changed_at"), changedBy, instant(rs, "published_at"), instant(rs, "embargo_until"));
		}).list();
		return newer && afterChangedAt != null ? lines.reversed() : lines;
	}

	/**
	 * The database's plan ({@code EXPLAIN}) of the statement {@link #ledger} sends for
	 * the same arguments: how the tests prove that the newsroom's list reads an index in
	 * order.
	 */
	String ledgerPlan(LedgerQuery query, @Nullable Instant afterChangedAt, long afterId, boolean newer, long offset,
			int limit) {
		Statement ledger = ledgerStatement(query, afterChangedAt, afterId, newer, offset, limit);
		return String.join("\n",
				jdbc.sql("EXPLAIN " + ledger.sql()).params(ledger.params()).query(String.class).list());
	}

	/**
	 * Every article was last changed after this instant (the column is set at each write,
	 * and was filled from the rows' own times): a bound that keeps every row.
	 */
	private static final Instant LONG_AGO = Instant.parse("1900-01-01T00:00:00Z");

	private static Statement ledgerStatement(LedgerQuery query, @Nullable Instant afterChangedAt, long afterId,
			boolean newer, long offset, int limit) {
		StringBuilder sql = new StringBuilder("""
				SELECT a.id, a.slug, a.headline, a.status, s.name AS section_name, a.author_id, a.changed_at,
				    a.changed_by, a.published_at, a.embargo_until
				FROM article a LEFT JOIN section s ON s.id = a.section_id WHERE 1 = 1
				""");
		Map<String, Object> params = new HashMap<>();
		if (query.status() != null) {
			sql.append(" AND a.status = :status");
			params.put("status", query.status().name());
		}
		if (query.sectionSlug() != null) {
			sql.append(" AND a.section_id = (SELECT id FROM section WHERE slug = :section)");
			params.put("section", query.sectionSlug());
		}
		if (query.authorId() != null) {
			sql.append(" AND a.author_id = :author");
			params.put("author", query.authorId());
		}
		Instant from = query.changedFrom();
		if (from == null && query.sectionSlug() != null && query.authorId() == null) {
			// A bound that keeps every row, for H2 (2.5): given only the section, it
			// takes
			// the section's foreign-key index, which every section index ties with, and
			// sorts the whole section (23 933 rows read for 51 at 100 000 articles,
			// seconds a page). A range on the change time is what makes it take the index
			// that holds the order (article_section_changed, or
			// article_section_status_changed with a status) and stop at the page's end.
			from = LONG_AGO;
		}
		if (from != null) {
			sql.append(" AND a.changed_at >= :from");
			params.put("from", at(from));
		}
		if (query.changedBefore() != null) {
			sql.append(" AND a.changed_at < :before");
			params.put("before", at(query.changedBefore()));
		}
		if (query.headline() != null && !query.headline().isBlank()) {
			sql.append(" AND LOWER(a.headline) LIKE :headline ESCAPE '!'");
			params.put("headline",
					"%" + likeEscaped(query.headline().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
		}
		boolean ascending = newer && afterChangedAt != null;
		if (afterChangedAt != null) {
			sql.append(ascending ? " AND a.changed_at >= :afterAt AND (a.changed_at > :afterAt OR a.id > :afterId)"
					: " AND a.changed_at <= :afterAt AND (a.changed_at < :afterAt OR a.id < :afterId)");
			params.put("afterAt", at(afterChangedAt));
			params.put("afterId", afterId);
		}
		// The order of the change-time index that the most selective filter leads to
		// (author; section, with its status when there is one; status; see inIndexOrder).
		String leading = query.authorId() != null ? "a.author_id"
				: query.sectionSlug() != null ? "a.section_id" : query.status() != null ? "a.status" : null;
		String second = query.authorId() == null && query.sectionSlug() != null && query.status() != null ? "a.status"
				: null;
		sql.append(inIndexOrder(ascending, leading, second, "a.changed_at", "a.id"));
		sql.append(" LIMIT :limit OFFSET :offset");
		params.put("limit", limit);
		params.put("offset", offset);
		return new Statement(sql.toString(), params);
	}

	/**
	 * Locks the article's row until the transaction ends: two writes to one article take
	 * turns, so that the second sees what the first wrote.
	 */
	boolean lock(long id) {
		return jdbc.sql("SELECT id FROM article WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(Long.class)
			.optional()
			.isPresent();
	}

	long insertEdit(String slug, ArticleEdit edit, String bodyHtml, @Nullable Long sectionId, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO article (slug, headline, standfirst, body_markdown, body_html, section_id, byline, source,
						    description, status, published_at, time_known, created_at, updated_at, author_id, changed_at, changed_by)
						VALUES (:slug, :headline, :standfirst, :markdown, :html, :section, :byline, :source,
						    :description, :status, :publishedAt, TRUE, :now, :now, :by, :now, :by)
						""")
			.param("slug", slug)
			.params(editColumns(edit, bodyHtml, sectionId))
			.param("now", at(now))
			.update(keys, "id");
		return writes.added(keys.getKeyAs(Number.class).longValue());
	}

	/**
	 * Writes the desk's edit; the lead image, the dispatch key and whether the time of
	 * publication is known stay as they were.
	 */
	void updateEdit(long id, String slug, ArticleEdit edit, String bodyHtml, @Nullable Long sectionId, Instant now) {
		writes.changing(id,
				() -> jdbc
					.sql("""
							UPDATE article SET slug = :slug, headline = :headline, standfirst = :standfirst, body_markdown = :markdown,
							    body_html = :html, section_id = :section, byline = :byline, source = :source,
							    description = :description, status = :status, published_at = :publishedAt, updated_at = :now,
							    changed_at = :now, changed_by = :by
							WHERE id = :id
							""")
					.param("id", id)
					.param("slug", slug)
					.params(editColumns(edit, bodyHtml, sectionId))
					.param("now", at(now))
					.update() == 1);
	}

	/**
	 * Whether {@code slug} is taken by another article, as its address or one of its old
	 * ones.
	 */
	boolean slugTakenByOther(String slug, long articleId) {
		return jdbc.sql("SELECT COUNT(*) FROM article WHERE slug = :slug AND id <> :id")
			.param("slug", slug)
			.param("id", articleId)
			.query(Long.class)
			.single() > 0
				|| jdbc.sql("SELECT COUNT(*) FROM article_slug_history WHERE slug = :slug AND article_id <> :id")
					.param("slug", slug)
					.param("id", articleId)
					.query(Long.class)
					.single() > 0;
	}

	/** The article takes back an old address of its own: it is no longer a redirect. */
	void forgetOldSlug(String slug, long articleId) {
		jdbc.sql("DELETE FROM article_slug_history WHERE slug = :slug AND article_id = :id")
			.param("slug", slug)
			.param("id", articleId)
			.update();
	}

	/**
	 * The article's lead image as stored (its picture not read from the library), or
	 * empty for no such article.
	 */
	Optional<LeadImage> lead(long id) {
		return jdbc
			.sql("SELECT a.image_url, a.image_caption, a.image_credit, a.picture_id FROM article a WHERE a.id = :id")
			.param("id", id)
			.query((rs, n) -> image(rs))
			.optional();
	}

	/**
	 * Sets the lead picture and the caption and credit of this use; the desk's edit
	 * leaves them alone, this is its separate part.
	 */
	void updateLead(long id, @Nullable Long pictureId, @Nullable String caption, @Nullable String credit) {
		jdbc.sql("UPDATE article SET picture_id = :picture, image_caption = :caption, image_credit = :credit"
				+ " WHERE id = :id")
			.param("id", id)
			.param("picture", pictureId)
			.param("caption", caption)
			.param("credit", credit)
			.update();
	}

	/** The articles whose lead picture is {@code pictureId}, last changed first. */
	List<PictureUse> usesOf(long pictureId) {
		return jdbc
			.sql("SELECT a.id, a.headline FROM article a WHERE a.picture_id = :picture"
					+ " ORDER BY a.changed_at DESC, a.id DESC")
			.param("picture", pictureId)
			.query((rs, n) -> new PictureUse(rs.getLong(1), rs.getString(2)))
			.list();
	}

	record PictureUse(long articleId, String headline) {
	}

	private static Map<String, @Nullable Object> editColumns(ArticleEdit e, String html, @Nullable Long sectionId) {
		Map<String, @Nullable Object> m = new HashMap<>();
		m.put("headline", e.headline());
		m.put("standfirst", e.standfirst());
		m.put("markdown", e.bodyMarkdown());
		m.put("html", html);
		m.put("section", sectionId);
		m.put("byline", e.byline());
		m.put("source", e.source());
		m.put("description", e.description());
		m.put("status", e.status().name());
		m.put("publishedAt", e.publishedAt() == null ? null : at(e.publishedAt()));
		m.put("by", e.by());
		return m;
	}

	/** {@code text} for a LIKE pattern, its wildcards taken literally. */
	private static String likeEscaped(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
	}

	private static Map<String, @Nullable Object> columns(ArticleDraft d, String html, @Nullable Long sectionId) {
		Map<String, @Nullable Object> m = new HashMap<>();
		m.put("headline", d.headline());
		m.put("standfirst", d.standfirst());
		m.put("markdown", d.bodyMarkdown());
		m.put("html", html);
		m.put("section", sectionId);
		m.put("byline", d.byline());
		m.put("source", d.source());
		m.put("imageUrl", d.image().url());
		m.put("imageCaption", d.image().caption());
		m.put("imageCredit", d.image().credit());
		m.put("pictureId", d.image().pictureId());
		m.put("status", d.status().name());
		m.put("publishedAt", d.publishedAt() == null ? null : at(d.publishedAt()));
		m.put("timeKnown", d.timeKnown());
		return m;
	}

	record StoredArticle(long id, String slug, ArticleStatus status, @Nullable Instant publishedAt,
			@Nullable Instant embargoUntil) {
	}

	/**
	 * Sets the article's embargo ({@code null}: none) with the status and publication
	 * time it takes under it, in one statement: the table's check
	 * ({@code article_embargo_kept}) sees the row as it ends.
	 */
	void embargo(long id, @Nullable Instant until, ArticleStatus status, @Nullable Instant publishedAt, Instant now) {
		writes.changing(id,
				() -> jdbc
					.sql("UPDATE article SET embargo_until = :until, status = :status, published_at = :publishedAt,"
							+ " updated_at = :now, changed_at = :now WHERE id = :id")
					.param("id", id)
					.param("until", until == null ? null : at(until))
					.param("status", status.name())
					.param("publishedAt", publishedAt == null ? null : at(publishedAt))
					.param("now", at(now))
					.update() == 1);
	}

	/** Sets the editor's note ({@code null}: none); what the public sees is unchanged. */
	void editorsNote(long id, @Nullable String note) {
		jdbc.sql("UPDATE article SET editors_note = :note WHERE id = :id").param("id", id).param("note", note).update();
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
		return t == null ? null : t.toInstant();
	}

	private static ArticleTeaser teaser(ResultSet rs) throws SQLException {
		return new ArticleTeaser(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
				rs.getString("standfirst"), section(rs), agency(rs), instant(rs, "published_at"),
				rs.getBoolean("time_known"), image(rs), instant(rs, "created_at"), instant(rs, "modified_at"));
	}

	private static PublishedArticle published(ResultSet rs) throws SQLException {
		return new PublishedArticle(rs.getLong("id"), rs.getString("slug"), rs.getString("headline"),
				rs.getString("standfirst"), rs.getString("body_html"), section(rs), List.of(), rs.getString("byline"),
				agency(rs), instant(rs, "published_at"), rs.getBoolean("time_known"), image(rs),
				rs.getString("description"), instant(rs, "modified_at"), List.of());
	}

	private static @Nullable SectionRef section(ResultSet rs) throws SQLException {
		long id = rs.getLong("section_id");
		return rs.wasNull() ? null : new SectionRef(id, rs.getString("section_slug"), rs.getString("section_name"));
	}

	private static @Nullable Agency agency(ResultSet rs) throws SQLException {
		String source = rs.getString("source");
		return source == null || source.isBlank() ? null : new Agency(source);
	}

	private static LeadImage image(ResultSet rs) throws SQLException {
		return new LeadImage(rs.getString("image_url"), rs.getString("image_caption"), rs.getString("image_credit"),
				rs.getObject("picture_id", Long.class), null, false);
	}

}
