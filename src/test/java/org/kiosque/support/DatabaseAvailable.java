package org.kiosque.support;

import java.sql.DriverManager;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * On the PostgreSQL run, skips (with the reason) when no PostgreSQL answers, except in CI
 * ({@code CI=true}), where a missing database must fail the build rather than hide. Also
 * starts the shared SMTP server before any application context.
 */
public class DatabaseAvailable implements ExecutionCondition {

	private static volatile Boolean reachable;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Mailbox.start();
		String url = System.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql:")) {
			return ConditionEvaluationResult.enabled("H2");
		}
		if (reachable == null) {
			try (var c = DriverManager.getConnection(url.replaceAll("\\?.*", ""),
					System.getProperty("spring.datasource.username", "postgres"), "");
					var statement = c.createStatement()) {
				// A fresh schema per build, made before Flyway, Spring Session and the
				// event
				// registry each try to create their tables in it.
				String schema = url.replaceAll(".*currentSchema=([A-Za-z0-9_]+).*", "$1");
				statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
				reachable = true;
			}
			catch (Exception e) {
				reachable = false;
			}
		}
		if (reachable || "true".equals(System.getenv("CI"))) {
			return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
		}
		return ConditionEvaluationResult.disabled("No PostgreSQL at " + url + ": PostgreSQL tests skipped");
	}

}
