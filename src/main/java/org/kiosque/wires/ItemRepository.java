package org.kiosque.wires;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The items filed, by identity (provider + GUID): {@code wire_item}. Its primary key
 * makes a second article for one item impossible, whatever node files it.
 */
@Repository
class ItemRepository {

	private final JdbcClient jdbc;

	ItemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One item as filed.
	 *
	 * @param articleId the article made from it, {@code null} once that was deleted
	 * @param revision the article's revision this version was filed as (the base of the
	 * next version's merge)
	 * @param fingerprint SHA-256 of the item's text and status, hex
	 * @param state {@code filed}, {@code conflict} (a version waits for an editor) or
	 * {@code withdrawn}
	 * @param flag why an editor should look, {@code null} when nothing waits
	 */
	record Filed(String provider, String guid, String sourceKey, @Nullable Long articleId, int version,
			@Nullable Instant versionCreated, String fingerprint, int revision, String headline, String state,
			@Nullable String flag, @Nullable String editorsNote, @Nullable Instant embargo, Instant updatedAt) {
	}

	/** The item, as it stands. */
	Optional<Filed> find(String provider, String guid) {
		return jdbc.sql("SELECT * FROM wire_item WHERE provider = ? AND guid = ?")
			.params(provider, guid)
			.query((rs, n) -> filed(rs))
			.optional();
	}

	/** The item, held until the transaction ends (the next version of it waits). */
	Optional<Filed> findForUpdate(String provider, String guid) {
		return jdbc.sql("SELECT * FROM wire_item WHERE provider = ? AND guid = ? FOR UPDATE")
			.params(provider, guid)
			.query((rs, n) -> filed(rs))
			.optional();
	}

	void insert(Filed f, Instant now) {
		write(f, now, """
				INSERT INTO wire_item (provider, guid, source_key, article_id, version, version_created, fingerprint,
				    revision, headline, state, flag, editors_note, embargo, first_seen_at, updated_at)
				VALUES (:provider, :guid, :source, :article, :version, :created, :fingerprint, :revision, :headline,
				    :state, :flag, :note, :embargo, :now, :now)""");
	}

	void update(Filed f, Instant now) {
		write(f, now, """
				UPDATE wire_item SET source_key = :source, article_id = :article, version = :version,
				    version_created = :created, fingerprint = :fingerprint, revision = :revision, headline = :headline,
				    state = :state, flag = :flag, editors_note = :note, embargo = :embargo, updated_at = :now
				WHERE provider = :provider AND guid = :guid""");
	}

	/**
	 * Runs an insert or update of {@code wire_item} with the item's values bound by name.
	 */
	private void write(Filed f, Instant now, String sql) {
		jdbc.sql(sql)
			.param("provider", f.provider())
			.param("guid", f.guid())
			.param("source", f.sourceKey())
			.param("article", f.articleId())
			.param("version", f.version())
			.param("created", f.versionCreated() == null ? null : PollRepository.at(f.versionCreated()))
			.param("fingerprint", f.fingerprint())
			.param("revision", f.revision())
			.param("headline", cut(f.headline(), 300))
			.param("state", f.state())
			.param("flag", f.flag() == null ? null : cut(f.flag(), 2000))
			.param("note", f.editorsNote() == null ? null : cut(f.editorsNote(), 2000))
			.param("embargo", f.embargo() == null ? null : PollRepository.at(f.embargo()))
			.param("now", PollRepository.at(now))
			.update();
	}

	/**
	 * An item waiting for an editor.
	 *
	 * @param pending whether the agency's clashing version is kept
	 * ({@link PendingVersions}) for the editor to read and decide on (not once the
	 * article is deleted: nothing is left to decide)
	 */
	record Flagged(Filed item, boolean pending) {
	}

	/** The items waiting for an editor (a clash, a withdrawal), newest first. */
	List<Flagged> flagged(int limit) {
		return jdbc.sql("""
				SELECT w.*, p.version AS pending_version FROM wire_item w
				LEFT JOIN wire_pending_version p ON p.provider = w.provider AND p.guid = w.guid
				    AND w.article_id IS NOT NULL
				WHERE w.flag IS NOT NULL ORDER BY w.updated_at DESC LIMIT ?""")
			.param(limit)
			.query((rs, n) -> new Flagged(filed(rs), rs.getObject("pending_version") != null))
			.list();
	}

	/** Clears an item's flag once an editor has seen to it. */
	boolean clearFlag(String provider, String guid) {
		return jdbc.sql("UPDATE wire_item SET flag = NULL WHERE provider = ? AND guid = ?")
			.params(provider, guid)
			.update() == 1;
	}

	/** The item an article was made from, if any. */
	Optional<Filed> ofArticle(long articleId) {
		return jdbc.sql("SELECT * FROM wire_item WHERE article_id = ?")
			.param(articleId)
			.query((rs, n) -> filed(rs))
			.optional();
	}

	private static Filed filed(ResultSet rs) throws SQLException {
		return new Filed(rs.getString("provider"), rs.getString("guid"), rs.getString("source_key"),
				rs.getObject("article_id", Long.class), rs.getInt("version"),
				PollRepository.instant(rs, "version_created"), rs.getString("fingerprint"), rs.getInt("revision"),
				rs.getString("headline"), rs.getString("state"), rs.getString("flag"), rs.getString("editors_note"),
				PollRepository.instant(rs, "embargo"), PollRepository.instant(rs, "updated_at"));
	}

	static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

}
