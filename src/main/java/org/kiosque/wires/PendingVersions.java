package org.kiosque.wires;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.kiosque.desk.Copy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agency's versions that clashed with the newsroom's edits and wait for an editor's
 * decision, one per item at most: {@code wire_pending_version}. Callers hold the item
 * ({@link ItemRepository#findForUpdate}) first, so that the filing and the decisions take
 * turns.
 */
@Repository
class PendingVersions {

	private final JdbcClient jdbc;

	PendingVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A version the desk could not file: what a new version changes of an article that
	 * exists (the desk keeps the newsroom's section, tags, address and description).
	 *
	 * @param version the agency's version number
	 * @param agency the agency code, the revision's author if the version is taken
	 * @param embargo the version's embargo, {@code null} for none
	 * @param receivedAt when it clashed
	 */
	record Pending(int version, String headline, String standfirst, String body, String byline, String agency,
			@Nullable Instant embargo, Instant receivedAt) {

		/** The version as the agency's copy, to file through the desk. */
		Copy copy() {
			return new Copy(headline, standfirst, body, "", "", byline, agency, "", "");
		}

		/**
		 * The article's text as it would be with this version filed over it: the agency's
		 * fields, the newsroom's others.
		 */
		Copy over(Copy current) {
			return new Copy(headline, standfirst, body, current.section(), current.tags(), byline, agency,
					current.slug(), current.description());
		}

	}

	/** Keeps the item's clashing version, in place of the one kept before, if any. */
	void store(String provider, String guid, Pending pending) {
		forget(provider, guid);
		jdbc.sql("""
				INSERT INTO wire_pending_version (provider, guid, version, headline, standfirst, body, byline, agency,
				    embargo, received_at)
				VALUES (:provider, :guid, :version, :headline, :standfirst, :body, :byline, :agency, :embargo, :at)""")
			.param("provider", provider)
			.param("guid", guid)
			.param("version", pending.version())
			// Cut only beyond what no article could hold: the desk refuses such a text
			// anyway, and the whole file must not fail for it.
			.param("headline", ItemRepository.cut(pending.headline(), 2000))
			.param("standfirst", ItemRepository.cut(pending.standfirst(), 10_000))
			.param("body", ItemRepository.cut(pending.body(), 1_000_000))
			.param("byline", ItemRepository.cut(pending.byline(), 2000))
			.param("agency", ItemRepository.cut(pending.agency(), 200))
			.param("embargo", pending.embargo() == null ? null : PollRepository.at(pending.embargo()))
			.param("at", PollRepository.at(pending.receivedAt()))
			.update();
	}

	/** The item's version waiting for a decision, if any. */
	Optional<Pending> find(String provider, String guid) {
		return jdbc.sql("SELECT * FROM wire_pending_version WHERE provider = ? AND guid = ?")
			.params(provider, guid)
			.query((rs, n) -> pending(rs))
			.optional();
	}

	/** Forgets the item's waiting version; whether there was one. */
	boolean forget(String provider, String guid) {
		return jdbc.sql("DELETE FROM wire_pending_version WHERE provider = ? AND guid = ?")
			.params(provider, guid)
			.update() == 1;
	}

	private static Pending pending(ResultSet rs) throws SQLException {
		return new Pending(rs.getInt("version"), rs.getString("headline"), rs.getString("standfirst"),
				rs.getString("body"), rs.getString("byline"), rs.getString("agency"),
				PollRepository.instant(rs, "embargo"), PollRepository.instant(rs, "received_at"));
	}

}
