package org.kiosque.site;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationVersion;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Whether the database holds every migration the build carries, told by one query of
 * Flyway's history table and the names of the migration files, without Flyway.
 * <p>
 * Up to date means: every location is on the class path ({@code classpath:}, with
 * {@code {vendor}} resolved as Spring Boot resolves it: {@code h2}, {@code postgresql}),
 * no file is a repeatable migration ({@code R__}) or of another kind than versioned
 * ({@code V<version>__<description>.sql}); Flyway's table is in the connection's own
 * schema (no {@code spring.flyway.schemas}, {@code default-schema}, own {@code url}, and
 * {@code target} unset or {@code latest}, Spring Boot's default); each of its rows
 * succeeded, each row with a version is a plain SQL migration, and the versions applied
 * are exactly the versions on file. Anything else, including a missing table or a query
 * that fails, is "not up to date", and Flyway decides as it always has.
 */
final class SchemaHistory {

	private final DataSource dataSource;

	private final FlywayProperties properties;

	private final ResourcePatternResolver resources;

	SchemaHistory(DataSource dataSource, FlywayProperties properties, ResourcePatternResolver resources) {
		this.dataSource = dataSource;
		this.properties = properties;
		this.resources = resources;
	}

	/**
	 * What the history says.
	 *
	 * @param upToDate whether Flyway would find nothing to do
	 * @param migrations the number of versioned migrations on file
	 * @param reason why not, for the log ({@code ""} when up to date)
	 */
	record Verdict(boolean upToDate, int migrations, String reason) {

		static Verdict no(String reason) {
			return new Verdict(false, 0, reason);
		}

	}

	/** Reads the files' names and the history; never throws. */
	Verdict verdict() {
		if (!this.properties.getSchemas().isEmpty() || this.properties.getDefaultSchema() != null
				|| this.properties.getTarget() != null && !"latest".equals(this.properties.getTarget())
				|| this.properties.getUrl() != null) {
			return Verdict.no("Flyway's own schema, target or URL is set");
		}
		try (Connection connection = this.dataSource.getConnection()) {
			Set<MigrationVersion> onFile = onFile(vendor(connection.getMetaData()));
			if (onFile == null) {
				return Verdict.no("a location or a file is not a plain versioned migration on the class path");
			}
			Set<MigrationVersion> applied = applied(connection);
			if (applied == null) {
				return Verdict.no("the history has a failed or unusual row");
			}
			return applied.equals(onFile) ? new Verdict(true, onFile.size(), "")
					: Verdict.no(onFile.size() + " migrations on file, " + applied.size() + " applied");
		}
		catch (SQLException ex) {
			// Most often a new database: no history table yet. Flyway says what else it
			// is.
			return Verdict.no("no schema history to read yet (" + ex.getClass().getSimpleName() + ")");
		}
		catch (IOException | RuntimeException ex) {
			return Verdict.no(ex.toString());
		}
	}

	private static String vendor(DatabaseMetaData metaData) throws SQLException {
		return DatabaseDriver.fromJdbcUrl(metaData.getURL()).getId();
	}

	/**
	 * The versions of the migration files, or null when one is no plain versioned one.
	 */
	private @Nullable Set<MigrationVersion> onFile(String vendor) throws IOException {
		String prefix = this.properties.getSqlMigrationPrefix();
		String separator = this.properties.getSqlMigrationSeparator();
		List<String> suffixes = this.properties.getSqlMigrationSuffixes();
		Set<MigrationVersion> versions = new HashSet<>();
		for (String location : this.properties.getLocations()) {
			if (!location.startsWith("classpath:")) {
				return null;
			}
			String folder = location.substring("classpath:".length()).replace("{vendor}", vendor);
			for (Resource file : this.resources.getResources("classpath*:" + folder + "/**/*")) {
				String name = file.getFilename();
				if (name == null || !file.isReadable() || suffixes.stream().noneMatch(name::endsWith)) {
					continue;
				}
				int end = name.indexOf(separator);
				if (!name.startsWith(prefix) || end <= prefix.length()) {
					return null;
				}
				if (!versions.add(MigrationVersion.fromVersion(name.substring(prefix.length(), end)))) {
					return null;
				}
			}
		}
		return versions;
	}

	/** The versions applied, or null when a row failed or is no plain SQL migration. */
	private @Nullable Set<MigrationVersion> applied(Connection connection) throws SQLException {
		Set<MigrationVersion> versions = new HashSet<>();
		String table = '"' + this.properties.getTable().replace("\"", "\"\"") + '"';
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT \"version\", \"type\", \"success\" FROM " + table)) {
			while (rows.next()) {
				String version = rows.getString(1);
				if (!rows.getBoolean(3) || version != null && !"SQL".equals(rows.getString(2))) {
					return null;
				}
				if (version != null) {
					versions.add(MigrationVersion.fromVersion(version));
				}
			}
		}
		return versions;
	}

}
