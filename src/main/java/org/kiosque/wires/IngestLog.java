package org.kiosque.wires;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/**
 * The ingest log, {@code wire_log}: one line per thing that arrived and what came of it,
 * per source, searchable in the newsroom and kept {@code kiosque.wires.log-days} days.
 */
@Repository
class IngestLog {

	/**
	 * What came of one arrival, or of an editor's decision on a clashing version (taken:
	 * {@code UPDATED}; set aside: {@code KEPT}); the lower-case name is stored and shown.
	 * A lead picture that arrives after its item is {@code UPDATED} when it becomes the
	 * article's, {@code UNUSED} when the newsroom changed the lead since or the file came
	 * after its wait, {@code FAILED} when the media library refuses it.
	 */
	enum Outcome {

		CREATED, UPDATED, DUPLICATE, WITHDRAWN, CONFLICT, KEPT, UNUSED, FAILED;

		String word() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** One line. */
	record Line(long id, String sourceKey, Instant at, String outcome, String entry, String identity,
			@Nullable Long articleId, String detail) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final WireSettings settings;

	IngestLog(JdbcClient jdbc, Clock clock, WireSettings settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/**
	 * Adds a line.
	 * @param entry the file's name or the feed entry's id
	 * @param identity the item's provider and GUID, blank when it could not be read
	 */
	void add(String sourceKey, Outcome outcome, String entry, String identity, @Nullable Long articleId,
			String detail) {
		jdbc.sql("""
				INSERT INTO wire_log (source_key, logged_at, outcome, entry, item_identity, article_id, detail)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(sourceKey, PollRepository.at(clock.instant()), outcome.word(), ItemRepository.cut(entry, 500),
					ItemRepository.cut(identity, 800), articleId, ItemRepository.cut(detail, 2000))
			.update();
	}

	/**
	 * The lines of a source ({@code null}: every source) whose entry, identity, outcome
	 * or detail holds {@code query} (case-insensitive; blank: all), or whose outcome is
	 * one of {@code outcomes} (those whose label, as the page shows it, holds the query),
	 * newest first.
	 */
	List<Line> search(@Nullable String sourceKey, String query, List<Outcome> outcomes, int offset, int limit) {
		String like = "%"
				+ query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		String bySource = sourceKey == null ? "" : "source_key = :source AND ";
		var sql = jdbc.sql("SELECT * FROM wire_log WHERE " + bySource + """
				(LOWER(entry) LIKE :q ESCAPE '\\' OR LOWER(item_identity) LIKE :q ESCAPE '\\'
				    OR LOWER(detail) LIKE :q ESCAPE '\\' OR outcome LIKE :q ESCAPE '\\' OR outcome IN (:outcomes))
				ORDER BY logged_at DESC, id DESC LIMIT :limit OFFSET :offset""");
		if (sourceKey != null) {
			sql = sql.param("source", sourceKey);
		}
		// IN () is not SQL: an outcome no line has stands for none.
		List<String> words = outcomes.isEmpty() ? List.of("") : outcomes.stream().map(Outcome::word).toList();
		return sql.param("q", like)
			.param("outcomes", words)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> line(rs))
			.list();
	}

	/** Forgets lines older than {@code kiosque.wires.log-days}; how many. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
	int forgetOld() {
		Instant before = clock.instant().minus(Duration.ofDays(Math.max(1, settings.logDays())));
		return jdbc.sql("DELETE FROM wire_log WHERE logged_at < ?").param(PollRepository.at(before)).update();
	}

	private static Line line(ResultSet rs) throws SQLException {
		return new Line(rs.getLong("id"), rs.getString("source_key"), PollRepository.instant(rs, "logged_at"),
				rs.getString("outcome"), rs.getString("entry"), rs.getString("item_identity"),
				rs.getObject("article_id", Long.class), rs.getString("detail"));
	}

}
