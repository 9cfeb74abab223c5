package org.kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The write health turns DOWN when the database refuses writes, and says why. */
class DatabaseWritesTests {

	@Test
	void aDatabaseThatRefusesTheWriteIsReportedDown() {
		var database = database("refusing");
		JdbcClient.create(database).sql("""
				CREATE TABLE write_check (id VARCHAR(36) PRIMARY KEY, state VARCHAR(8) NOT NULL,
				checked_at TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT c CHECK (state IN ('UNUSED')))""").update();
		var health = writes(database).health();
		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(String.valueOf(health.getDetails().get("error"))).contains("Check constraint");
	}

	@Test
	void aDatabaseThatTakesTheWriteIsUpAndKeepsNothing() {
		var database = database("taking");
		JdbcClient.create(database).sql("""
				CREATE TABLE write_check (id VARCHAR(36) PRIMARY KEY, state VARCHAR(8) NOT NULL,
				checked_at TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT c CHECK (state IN ('PROBE')))""").update();
		assertThat(writes(database).health().getStatus()).isEqualTo(Status.UP);
		assertThat(JdbcClient.create(database).sql("SELECT COUNT(*) FROM write_check").query(Long.class).single())
			.isZero();
	}

	private static DatabaseWrites writes(JdbcDataSource database) {
		return new DatabaseWrites(JdbcClient.create(database), new DataSourceTransactionManager(database),
				Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));
	}

	private static JdbcDataSource database(String name) {
		var database = new JdbcDataSource();
		database.setURL("jdbc:h2:mem:" + name + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		return database;
	}

}
