package org.kiosque.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Health of the database's write path ({@code databaseWrites} in
 * {@code /actuator/health}): UP while a row can be written to {@code write_check}
 * (through its CHECK constraint) on a connection from the application's own pool, DOWN
 * with the database's message otherwise.
 * <p>
 * The row is rolled back, so checks leave nothing behind and several nodes never collide.
 * A result is kept for {@link #INTERVAL}, so that a stranger polling the public health
 * endpoint cannot turn it into a stream of database writes.
 */
@Component("databaseWrites")
class DatabaseWrites implements HealthIndicator {

	static final Duration INTERVAL = Duration.ofSeconds(5);

	private static final Logger log = LoggerFactory.getLogger(DatabaseWrites.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private volatile Checked last = new Checked(Instant.MIN, Health.unknown().build());

	DatabaseWrites(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@Override
	public Health health() {
		Checked checked = this.last;
		Instant now = this.clock.instant();
		if (checked.at().plus(INTERVAL).isBefore(now)) {
			checked = new Checked(now, check(now));
			this.last = checked;
		}
		return checked.health();
	}

	private Health check(Instant now) {
		try {
			this.transactions.executeWithoutResult((status) -> {
				this.jdbc.sql("INSERT INTO write_check (id, state, checked_at) VALUES (:id, 'PROBE', :at)")
					.param("id", UUID.randomUUID().toString())
					.param("at", java.sql.Timestamp.from(now))
					.update();
				status.setRollbackOnly();
			});
			return Health.up().build();
		}
		catch (DataAccessException ex) {
			log.error("The database refuses writes: comments, sign-ups and imports are failing", ex);
			return Health.down().withDetail("error", String.valueOf(ex.getMostSpecificCause().getMessage())).build();
		}
	}

	private record Checked(Instant at, Health health) {
	}

}
