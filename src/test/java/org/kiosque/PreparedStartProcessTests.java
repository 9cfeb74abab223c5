package org.kiosque;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.KiosqueProcess;

/**
 * A server started as bin/kiosque starts it ({@code -Dspring.aot.enabled=true}) uses the
 * start prepared at build time; with a setting that decides other beans it starts the
 * ordinary way, and that setting has its effect ({@link PreparedStart}). The two share a
 * data directory, in this order, so that the second also proves that a start on an
 * up-to-date database does without Flyway ({@code site/SchemaMigration}), the first that
 * a fresh one is migrated by it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreparedStartProcessTests {

	@TempDir
	static Path dataDir;

	@Test
	@Order(2)
	void theServerStartsAsPreparedAtBuildTimeAndWithoutFlywayOnAnUpToDateDatabase() throws Exception {
		try (KiosqueProcess server = KiosqueProcess.start(dataDir, List.of(), "--kiosque.demo.enabled=false")) {
			assertThat(server.log()).contains("Starting AOT-processed KiosqueApplication")
				.doesNotContain("Starting without the start prepared")
				.containsPattern("Database up to date: \\d+ migrations applied, Flyway not needed")
				.doesNotContain("Successfully validated");
			assertThat(server.get("/").statusCode()).isEqualTo(200);
			assertThat(server.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		}
	}

	@Test
	@Order(1)
	void aSettingThatDecidesBeansIsObeyedByAnOrdinaryStart() throws Exception {
		// Prepared with the probes: a prepared start would still answer them.
		try (KiosqueProcess server = KiosqueProcess.start(dataDir, List.of(), "--kiosque.demo.enabled=false",
				"--management.endpoint.health.probes.enabled=false")) {
			assertThat(server.log())
				.contains("Starting without the start prepared at build time (slower): "
						+ "management.endpoint.health.probes.enabled=false (packaged: true)")
				.doesNotContain("AOT-processed")
				.contains("Flyway checks and migrates the database: no schema history to read yet")
				.contains("Successfully applied");
			assertThat(server.get("/actuator/health/liveness").statusCode()).isEqualTo(404);
			assertThat(server.get("/").statusCode()).isEqualTo(200);
		}
	}

}
