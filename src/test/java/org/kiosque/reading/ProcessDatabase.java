package org.kiosque.reading;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.kiosque.support.KiosqueNode;

/**
 * The database of a Kiosque run in another process (see
 * {@link org.kiosque.support.KiosqueProcess}), reached over plain JDBC the way the bench
 * scripts do: the run's PostgreSQL schema, or on H2 the database file under the process's
 * data directory ({@code AUTO_SERVER} lets this second process in while the server runs).
 */
final class ProcessDatabase {

	private ProcessDatabase() {
	}

	static Connection connect(Path dataDir) throws SQLException {
		if (KiosqueNode.onPostgres()) {
			return DriverManager.getConnection(System.getProperty("spring.datasource.url"),
					System.getProperty("spring.datasource.username"), "");
		}
		return DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("db/kiosque") + ";AUTO_SERVER=TRUE", "sa",
				"");
	}

	/**
	 * A published article as an import would leave it, written the way the bench script
	 * does, with {@code startingReads} already counted (none: no total row at all).
	 * @return its id
	 */
	static long publish(Path dataDir, String slug, String headline, long startingReads) throws SQLException {
		try (Connection c = connect(dataDir)) {
			try (PreparedStatement insert = c.prepareStatement("""
					INSERT INTO article (slug, headline, body_markdown, body_html, status, published_at, time_known,
					    created_at, updated_at)
					VALUES (?, ?, 'Texte.', '<p>Texte.</p>', 'PUBLISHED', CURRENT_TIMESTAMP, TRUE, CURRENT_TIMESTAMP,
					    CURRENT_TIMESTAMP)
					""")) {
				insert.setString(1, slug);
				insert.setString(2, headline);
				insert.executeUpdate();
			}
			long id;
			try (PreparedStatement find = c.prepareStatement("SELECT id FROM article WHERE slug = ?")) {
				find.setString(1, slug);
				try (ResultSet rs = find.executeQuery()) {
					rs.next();
					id = rs.getLong(1);
				}
			}
			if (startingReads > 0) {
				try (PreparedStatement start = c
					.prepareStatement("INSERT INTO read_total (article_id, reads) VALUES (?, ?)")) {
					start.setLong(1, id);
					start.setLong(2, startingReads);
					start.executeUpdate();
				}
			}
			return id;
		}
	}

	/** The article's stored total, 0 when it has none. */
	static long total(Path dataDir, long articleId) throws SQLException {
		try (Connection c = connect(dataDir);
				PreparedStatement q = c.prepareStatement("SELECT reads FROM read_total WHERE article_id = ?")) {
			q.setLong(1, articleId);
			try (ResultSet rs = q.executeQuery()) {
				return rs.next() ? rs.getLong(1) : 0;
			}
		}
	}

}
