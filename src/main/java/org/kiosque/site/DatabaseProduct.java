package org.kiosque.site;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * The database the site runs on, for the few statements whose standard form does not
 * serve both: an upsert is {@code INSERT ... ON CONFLICT} on PostgreSQL (safe when two
 * transactions insert the same key at once: the second waits, then updates) and
 * {@code MERGE} on H2.
 */
public enum DatabaseProduct {

	/** H2, embedded (the default, one node). */
	H2,

	/** PostgreSQL (one or several nodes). */
	POSTGRESQL;

	/**
	 * The product behind {@code dataSource}, asked of a connection's metadata. Features
	 * are handed the site's answer as a bean ({@link DatabaseDetection}) rather than
	 * asking again.
	 * @throws IllegalStateException when no connection can be had
	 */
	public static DatabaseProduct of(DataSource dataSource) {
		try (Connection c = dataSource.getConnection()) {
			return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL
					: H2;
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot tell which database the site runs on", e);
		}
	}

}
