package org.kiosque.article;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Sections and tags as editors run them, and their former slugs
 * ({@code section_slug_history}, {@code tag_slug_history}): the same shape and the same
 * rule as an article's ({@code article_slug_history}): an old slug points at the section
 * or tag that holds it now, so a slug renamed twice still leads to the current address.
 */
@Repository
class SectionTagRepository {

	private static final String SECTION = "SELECT id, slug, name, description, hidden, position FROM section";

	private static final String TAG = "SELECT t.id, t.slug, t.name, t.description,"
			+ " (SELECT COUNT(*) FROM article_tag at WHERE at.tag_id = t.id) AS articles FROM tag t";

	private final JdbcClient jdbc;

	SectionTagRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every section, in the navigation's order, hidden ones too. */
	List<SectionEntry> sections() {
		return jdbc.sql(SECTION + " ORDER BY position, name, id").query((rs, n) -> section(rs)).list();
	}

	/** The sections the navigation shows, in its order. */
	List<SectionRef> visibleSections() {
		return jdbc.sql("SELECT id, slug, name FROM section WHERE hidden = FALSE ORDER BY position, name, id")
			.query((rs, n) -> new SectionRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	Optional<SectionEntry> section(String slug) {
		return jdbc.sql(SECTION + " WHERE slug = :slug").param("slug", slug).query((rs, n) -> section(rs)).optional();
	}

	Optional<SectionEntry> section(long id) {
		return jdbc.sql(SECTION + " WHERE id = :id").param("id", id).query((rs, n) -> section(rs)).optional();
	}

	long insertSection(String slug, String name, @Nullable String description) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO section (slug, name, description, hidden, position)
				VALUES (:slug, :name, :description, FALSE, (SELECT COALESCE(MAX(position), 0) + 1 FROM section))
				""").param("slug", slug).param("name", name).param("description", description).update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void updateSection(long id, String slug, String name, @Nullable String description) {
		jdbc.sql("UPDATE section SET slug = :slug, name = :name, description = :description WHERE id = :id")
			.param("id", id)
			.param("slug", slug)
			.param("name", name)
			.param("description", description)
			.update();
	}

	void hideSection(long id, boolean hidden) {
		jdbc.sql("UPDATE section SET hidden = :hidden WHERE id = :id").param("id", id).param("hidden", hidden).update();
	}

	void placeSection(long id, int position) {
		jdbc.sql("UPDATE section SET position = :position WHERE id = :id")
			.param("id", id)
			.param("position", position)
			.update();
	}

	/**
	 * Tags by name whose slug holds {@code slugPart} (every tag when it is empty), from
	 * the {@code offset}-th, at most {@code limit}.
	 */
	List<TagEntry> tags(String slugPart, long offset, int limit) {
		return jdbc.sql(TAG + " WHERE t.slug LIKE :part ESCAPE '!' ORDER BY t.name, t.id LIMIT :limit OFFSET :offset")
			.param("part", "%" + slugPart.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> tag(rs))
			.list();
	}

	Optional<TagEntry> tag(String slug) {
		return jdbc.sql(TAG + " WHERE t.slug = :slug").param("slug", slug).query((rs, n) -> tag(rs)).optional();
	}

	Optional<TagEntry> tag(long id) {
		return jdbc.sql(TAG + " WHERE t.id = :id").param("id", id).query((rs, n) -> tag(rs)).optional();
	}

	long insertTag(String slug, String name, @Nullable String description) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO tag (slug, name, description) VALUES (:slug, :name, :description)")
			.param("slug", slug)
			.param("name", name)
			.param("description", description)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void updateTag(long id, String slug, String name, @Nullable String description) {
		jdbc.sql("UPDATE tag SET slug = :slug, name = :name, description = :description WHERE id = :id")
			.param("id", id)
			.param("slug", slug)
			.param("name", name)
			.param("description", description)
			.update();
	}

	/**
	 * Gives {@code into} every article of {@code merged}, moves the merged tag's old
	 * addresses and its own to {@code into}, and deletes it.
	 */
	void mergeTag(TagEntry merged, TagEntry into) {
		jdbc.sql("""
				INSERT INTO article_tag (article_id, tag_id, section_id, status, published_at)
				SELECT at.article_id, :into, at.section_id, at.status, at.published_at FROM article_tag at
				WHERE at.tag_id = :merged
				AND NOT EXISTS (SELECT 1 FROM article_tag o WHERE o.article_id = at.article_id AND o.tag_id = :into)
				""").param("merged", merged.id()).param("into", into.id()).update();
		jdbc.sql("UPDATE tag_slug_history SET tag_id = :into WHERE tag_id = :merged")
			.param("merged", merged.id())
			.param("into", into.id())
			.update();
		rememberOldSlug(Kind.TAG, merged.slug(), into.id());
		jdbc.sql("DELETE FROM tag WHERE id = :id").param("id", merged.id()).update();
	}

	/** The current slug of the section or tag once known by {@code oldSlug}. */
	Optional<String> renamedSlug(Kind kind, String oldSlug) {
		return jdbc
			.sql("SELECT x.slug FROM " + kind.history + " h JOIN " + kind.table + " x ON x.id = h." + kind.key
					+ " WHERE h.slug = :slug")
			.param("slug", oldSlug)
			.query(String.class)
			.optional();
	}

	/** The slugs the section or tag {@code id} was known by before its own of now. */
	List<String> formerSlugs(Kind kind, long id) {
		return jdbc.sql("SELECT slug FROM " + kind.history + " WHERE " + kind.key + " = :id ORDER BY slug")
			.param("id", id)
			.query(String.class)
			.list();
	}

	/** The id of the section or tag once known by {@code oldSlug}. */
	Optional<Long> renamedId(Kind kind, String oldSlug) {
		return jdbc.sql("SELECT " + kind.key + " FROM " + kind.history + " WHERE slug = :slug")
			.param("slug", oldSlug)
			.query(Long.class)
			.optional();
	}

	/**
	 * Whether {@code slug} belongs to another section or tag than {@code id}, as its
	 * address or one of its old ones.
	 */
	boolean slugTakenByOther(Kind kind, String slug, long id) {
		return jdbc.sql("SELECT COUNT(*) FROM " + kind.table + " WHERE slug = :slug AND id <> :id")
			.param("slug", slug)
			.param("id", id)
			.query(Long.class)
			.single() > 0
				|| jdbc.sql("SELECT COUNT(*) FROM " + kind.history + " WHERE slug = :slug AND " + kind.key + " <> :id")
					.param("slug", slug)
					.param("id", id)
					.query(Long.class)
					.single() > 0;
	}

	void rememberOldSlug(Kind kind, String oldSlug, long id) {
		jdbc.sql("DELETE FROM " + kind.history + " WHERE slug = :slug").param("slug", oldSlug).update();
		jdbc.sql("INSERT INTO " + kind.history + " (slug, " + kind.key + ") VALUES (:slug, :id)")
			.param("slug", oldSlug)
			.param("id", id)
			.update();
	}

	/**
	 * A section or tag moved from {@code from} to {@code to}: the old address answers 301
	 * from then on, and an old address of its own taken back is no longer a redirect.
	 * Nothing when the address did not change.
	 */
	void moveSlug(Kind kind, String from, String to, long id) {
		if (!from.equals(to)) {
			rememberOldSlug(kind, from, id);
			forgetOldSlug(kind, to, id);
		}
	}

	/** The section or tag takes back an old address of its own: no longer a redirect. */
	void forgetOldSlug(Kind kind, String slug, long id) {
		jdbc.sql("DELETE FROM " + kind.history + " WHERE slug = :slug AND " + kind.key + " = :id")
			.param("slug", slug)
			.param("id", id)
			.update();
	}

	/** Sections and tags: which table, which history. Fixed names, never input. */
	enum Kind {

		SECTION("section", "section_slug_history", "section_id"), TAG("tag", "tag_slug_history", "tag_id");

		final String table;

		final String history;

		final String key;

		Kind(String table, String history, String key) {
			this.table = table;
			this.history = history;
			this.key = key;
		}

	}

	private static SectionEntry section(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new SectionEntry(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
				rs.getString("description"), rs.getBoolean("hidden"), rs.getInt("position"));
	}

	private static TagEntry tag(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new TagEntry(rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("description"),
				rs.getLong("articles"));
	}

}
