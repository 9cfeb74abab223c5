package org.kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes keep working after the connection pool has replaced every connection, including
 * the one that ran the migrations: H2 2.4 bound CHECK constraints to that session, so the
 * default install refused every comment and sign-up about 25 minutes after its first
 * start.
 */
@KiosqueTest
class WritesAfterPoolTurnoverTests {

	/** Every table with a CHECK constraint, and a valid row for it (rolled back). */
	private static final Set<String> CONSTRAINED = Set.of("article", "comment", "comment_ban", "subscriber", "edition",
			"delivery", "write_check", "outgoing_mail", "webhook_deliveries");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everyConstrainedTableTakesWritesAfterThePoolRenewedItsConnections() {
		renewEveryConnection();

		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			writeOneRowToEachConstrainedTable();
			status.setRollbackOnly();
		});

		// What a reader notices: the newsletter box still answers its sign-up.
		String email = "apres-renouvellement-" + System.nanoTime() + "@example.org";
		var answer = new Browser(this.port).from("10.250.0.1")
			.submit("/", "aside form.newsletter-form", Map.of("email", email));
		assertThat(answer.status()).isEqualTo(302);
		assertThat(answer.location()).isEqualTo("/newsletter/merci");
		assertThat(this.jdbc.sql("SELECT status FROM subscriber WHERE email = :e")
			.param("e", email)
			.query(String.class)
			.single()).isEqualTo("PENDING");
	}

	@Test
	void theTestCoversEveryTableWithACheckConstraint() {
		List<String> tables = this.jdbc.sql("""
				SELECT DISTINCT LOWER(tc.table_name) FROM information_schema.table_constraints tc
				WHERE tc.constraint_type = 'CHECK' AND LOWER(tc.constraint_name) LIKE '%known'
				AND tc.table_schema = CURRENT_SCHEMA
				""").query(String.class).list();
		assertThat(new TreeSet<>(tables)).containsExactlyInAnyOrderElementsOf(new TreeSet<>(CONSTRAINED));
	}

	@Test
	void healthSaysUpWhileTheDatabaseTakesWrites() {
		renewEveryConnection();
		var health = new Browser(this.port).get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");
	}

	/**
	 * Soft-evicts the whole pool, then waits until none of the pool's connections opened
	 * before remains. Only the pool's own sessions are waited for: another session of the
	 * same in-memory database (a second context's pool, a command's connection) is not
	 * this pool's to renew.
	 */
	private void renewEveryConnection() {
		HikariDataSource pool = (HikariDataSource) this.dataSource;
		boolean h2 = pool.getJdbcUrl().startsWith("jdbc:h2:");
		List<Long> before = h2 ? poolSessions(pool) : List.of();
		pool.getHikariPoolMXBean().softEvictConnections();
		if (h2 && !before.isEmpty()) {
			await().atMost(Duration.ofSeconds(10))
				.until(() -> this.jdbc
					.sql("SELECT COUNT(*) FROM information_schema.sessions WHERE session_id IN (:ids)")
					.param("ids", before)
					.query(Long.class)
					.single() == 0);
		}
	}

	/**
	 * The H2 session ids of the pool's idle connections, each borrowed once at the same
	 * time.
	 */
	private static List<Long> poolSessions(HikariDataSource pool) {
		List<java.sql.Connection> held = new java.util.ArrayList<>();
		List<Long> ids = new java.util.ArrayList<>();
		try {
			for (int i = 0; i < pool.getHikariPoolMXBean().getIdleConnections(); i++) {
				java.sql.Connection connection = pool.getConnection();
				held.add(connection);
				try (var statement = connection.createStatement();
						var result = statement.executeQuery("SELECT SESSION_ID()")) {
					result.next();
					ids.add(result.getLong(1));
				}
			}
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
		finally {
			for (java.sql.Connection connection : held) {
				try {
					connection.close();
				}
				catch (java.sql.SQLException e) {
					// returned to the pool or not, it is evicted next
				}
			}
		}
		return ids;
	}

	private void writeOneRowToEachConstrainedTable() {
		Timestamp now = Timestamp.from(Instant.now());
		String key = "turnover-" + System.nanoTime();
		long article = insert("""
				INSERT INTO article (slug, headline, body_markdown, body_html, status, created_at, updated_at)
				VALUES (:key, 'Après le renouvellement', 'Texte.', '<p>Texte.</p>', 'DRAFT', :now, :now)""", key, now);
		this.jdbc.sql("""
				INSERT INTO comment (article_id, author_name, author_email, body, fingerprint, status, ip, created_at)
				VALUES (:article, 'Lectrice', 'lectrice@example.org', 'Bien.', :key, 'PENDING', '10.0.0.1', :now)""")
			.param("article", article)
			.param("key", key)
			.param("now", now)
			.update();
		this.jdbc.sql("INSERT INTO comment_ban (kind, banned, created_at) VALUES ('IP', :key, :now)")
			.param("key", key)
			.param("now", now)
			.update();
		long subscriber = insert("""
				INSERT INTO subscriber (email, status, source, unsubscribe_token, created_at)
				VALUES (:key || '@example.org', 'PENDING', 'FORM', :key, :now)""", key, now);
		long edition = insert(
				"""
						INSERT INTO edition (edition_key, kind, subject, html_body, plain_text, article_count, covers_until, created_at)
						VALUES (:key, 'MANUAL', 'Édition', '<p></p>', '', 0, :now, :now)""",
				key, now);
		this.jdbc.sql("""
				INSERT INTO delivery (edition_id, subscriber_id, state, next_attempt_at, message_id)
				VALUES (:edition, :subscriber, 'WAITING', :now, :key)""")
			.param("edition", edition)
			.param("subscriber", subscriber)
			.param("now", now)
			.param("key", key)
			.update();
		this.jdbc.sql("INSERT INTO write_check (id, state, checked_at) VALUES (:key, 'PROBE', :now)")
			.param("key", key.substring(0, Math.min(36, key.length())))
			.param("now", now)
			.update();
		this.jdbc.sql(
				"INSERT INTO outgoing_mail (state, message, created_at, next_attempt_at) VALUES ('FAILED', :key, :now, :now)")
			.param("key", key)
			.param("now", now)
			.update();
		long hook = insert("""
				INSERT INTO webhooks (url, events, secret, enabled, created_at)
				VALUES ('https://example.org/' || :key, 'article.published', :key, FALSE, :now)""", key, now);
		this.jdbc.sql("""
				INSERT INTO webhook_deliveries (hook_id, event_id, event, payload, state, created_at, next_attempt_at)
				VALUES (:hook, :event, 'article.published', '{}', 'DROPPED', :now, :now)""")
			.param("hook", hook)
			.param("event", key.substring(0, Math.min(36, key.length())))
			.param("now", now)
			.update();
	}

	private long insert(String sql, String key, Timestamp now) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql(sql).param("key", key).param("now", now).update(keys, "id");
		return keys.getKey().longValue();
	}

}
