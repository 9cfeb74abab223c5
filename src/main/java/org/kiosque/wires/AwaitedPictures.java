package org.kiosque.wires;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The lead pictures that items from folder sources named but their folder did not hold
 * yet, each awaited for the article made from its item: {@code wire_awaited_picture}, one
 * per article at most. {@link Filing} writes them as it files the items and gives the
 * article its picture when the file comes ({@link Filing#arrived}).
 */
@Repository
class AwaitedPictures {

	private final JdbcClient jdbc;

	AwaitedPictures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A lead picture awaited.
	 *
	 * @param articleId the article it is to lead
	 * @param sourceKey the folder source it is to arrive in
	 * @param fileName the file's name in that folder
	 * @param provider the item's provider, with {@code guid} its identity
	 * @param caption the caption the item gives it, blank when none
	 * @param credit the credit the item gives it, blank when none
	 * @param since when the item's version that named it was filed
	 * @param leadThen the article's lead picture then, as {@link Filing} digests it: the
	 * picture replaces that lead, never another the newsroom gave it since
	 */
	record Awaited(long articleId, String sourceKey, String fileName, String provider, String guid, String caption,
			String credit, Instant since, String leadThen) {

		/** The item's identity, as the ingest log names it. */
		String identity() {
			return WireItem.identity(provider, guid);
		}

	}

	/** Awaits the picture for its article, in place of the one awaited before, if any. */
	void await(Awaited awaited) {
		forget(awaited.articleId());
		jdbc.sql("""
				INSERT INTO wire_awaited_picture (article_id, source_key, file_name, provider, guid, caption, credit,
				    awaited_since, lead_then)
				VALUES (:article, :source, :file, :provider, :guid, :caption, :credit, :since, :leadThen)""")
			.param("article", awaited.articleId())
			.param("source", awaited.sourceKey())
			.param("file", awaited.fileName())
			.param("provider", awaited.provider())
			.param("guid", awaited.guid())
			// Beyond what an article's caption and credit hold anyway (the desk cuts
			// them).
			.param("caption", ItemRepository.cut(awaited.caption(), 2000))
			.param("credit", ItemRepository.cut(awaited.credit(), 500))
			.param("since", PollRepository.at(awaited.since()))
			.param("leadThen", awaited.leadThen())
			.update();
	}

	/** Forgets the picture the article awaited; whether there was one. */
	boolean forget(long articleId) {
		return jdbc.sql("DELETE FROM wire_awaited_picture WHERE article_id = ?").param(articleId).update() == 1;
	}

	/** The picture the article awaits, if any. */
	Optional<Awaited> find(long articleId) {
		return jdbc.sql("SELECT * FROM wire_awaited_picture WHERE article_id = ?")
			.param(articleId)
			.query((rs, n) -> awaited(rs))
			.optional();
	}

	/** What awaits this file of the source's folder: the articles, in order. */
	List<Awaited> of(String sourceKey, String fileName) {
		return jdbc.sql("SELECT * FROM wire_awaited_picture WHERE source_key = ? AND file_name = ? ORDER BY article_id")
			.params(sourceKey, fileName)
			.query((rs, n) -> awaited(rs))
			.list();
	}

	/**
	 * Forgets the pictures awaited since before {@code before}: an agency that has not
	 * sent a picture by then sends none, and a file of that name arriving later (names
	 * come round again) is not this item's. A file that arrived in time is filed before
	 * this is asked ({@link Filing#arrived} judges by its arrival).
	 * @return how many were forgotten
	 */
	int expire(Instant before) {
		return jdbc.sql("DELETE FROM wire_awaited_picture WHERE awaited_since < ?")
			.param(PollRepository.at(before))
			.update();
	}

	/** The pictures awaited, the latest first: at most {@code limit}. */
	List<Awaited> latest(int limit) {
		return jdbc.sql("SELECT * FROM wire_awaited_picture ORDER BY awaited_since DESC, article_id DESC LIMIT ?")
			.param(limit)
			.query((rs, n) -> awaited(rs))
			.list();
	}

	/** The names of the files awaited in the source's folder. */
	Set<String> names(String sourceKey) {
		return new LinkedHashSet<>(
				jdbc.sql("SELECT DISTINCT file_name FROM wire_awaited_picture WHERE source_key = ? ORDER BY file_name")
					.param(sourceKey)
					.query(String.class)
					.list());
	}

	private static Awaited awaited(ResultSet rs) throws SQLException {
		return new Awaited(rs.getLong("article_id"), rs.getString("source_key"), rs.getString("file_name"),
				rs.getString("provider"), rs.getString("guid"), rs.getString("caption"), rs.getString("credit"),
				PollRepository.instant(rs, "awaited_since"), rs.getString("lead_then"));
	}

}
