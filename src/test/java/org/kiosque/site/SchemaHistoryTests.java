package org.kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The history tells an up-to-date database from one Flyway has work or questions for, on
 * the database the tests run on (H2, then PostgreSQL): each change below is made in a
 * transaction that is rolled back.
 */
@KiosqueTest
class SchemaHistoryTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	FlywayProperties packaged;

	@Autowired
	ApplicationContext context;

	@Autowired
	Flyway flyway;

	@Test
	void theMigratedDatabaseIsUpToDateWithEveryMigrationOnFile() {
		SchemaHistory.Verdict verdict = new SchemaHistory(this.dataSource, properties(), this.context).verdict();
		assertThat(verdict.upToDate()).as(verdict.reason()).isTrue();
		assertThat(verdict.migrations()).isEqualTo(this.flyway.info().applied().length).isGreaterThan(70);
		assertThat(this.flyway.info().pending()).isEmpty();
	}

	@Test
	void aMigrationNotYetAppliedIsWorkForFlyway() throws SQLException {
		assertThat(verdictAfter("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" = "
				+ "(SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")", properties()))
			.satisfies(notUpToDate("migrations on file"));
	}

	@Test
	void aFailedMigrationIsForFlywayToReport() throws SQLException {
		assertThat(verdictAfter("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '101'",
				properties()))
			.satisfies(notUpToDate("failed or unusual row"));
	}

	@Test
	void aBaselineInTheHistoryIsForFlywayToRead() throws SQLException {
		assertThat(verdictAfter("UPDATE \"flyway_schema_history\" SET \"type\" = 'BASELINE' WHERE \"version\" = '100'",
				properties()))
			.satisfies(notUpToDate("failed or unusual row"));
	}

	@Test
	void aHistoryTableThatIsNotThereIsForFlywayToMake() throws SQLException {
		FlywayProperties properties = properties();
		properties.setTable("no_such_history");
		assertThat(verdictAfter("SELECT 1", properties)).satisfies(notUpToDate("no schema history to read yet"));
	}

	@Test
	void migrationsOutsideTheClassPathOrRepeatableOnesAreForFlywayToRead() throws SQLException {
		FlywayProperties elsewhere = properties();
		elsewhere.setLocations(List.of("classpath:db/migration/common", "filesystem:/srv/migrations"));
		assertThat(verdictAfter("SELECT 1", elsewhere)).satisfies(notUpToDate("not a plain versioned migration"));
		FlywayProperties repeatable = properties();
		repeatable.setLocations(List.of("classpath:db/migration/common", "classpath:db/migration/{vendor}",
				"classpath:schema-history/repeatable"));
		assertThat(verdictAfter("SELECT 1", repeatable)).satisfies(notUpToDate("not a plain versioned migration"));
	}

	@Test
	void flywaysOwnSchemaOrTargetLeavesTheDecisionToFlyway() {
		FlywayProperties properties = properties();
		properties.setTarget("1000");
		assertThat(new SchemaHistory(this.dataSource, properties, this.context).verdict())
			.satisfies(notUpToDate("target"));
	}

	private static Consumer<SchemaHistory.Verdict> notUpToDate(String reason) {
		return (verdict) -> {
			assertThat(verdict.upToDate()).isFalse();
			assertThat(verdict.reason()).contains(reason);
		};
	}

	/**
	 * The verdict on the database changed by {@code sql}, in a transaction rolled back.
	 */
	private SchemaHistory.Verdict verdictAfter(String sql, FlywayProperties properties) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				try (Statement statement = connection.createStatement()) {
					statement.execute(sql);
				}
				SingleConnectionDataSource changed = new SingleConnectionDataSource(connection, true);
				return new SchemaHistory(changed, properties, this.context).verdict();
			}
			finally {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		}
	}

	private FlywayProperties properties() {
		FlywayProperties properties = new FlywayProperties();
		properties.setLocations(this.packaged.getLocations());
		return properties;
	}

}
