package org.kiosque;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kiosque.support.KiosqueProcess;

/**
 * A server started as bin/kiosque starts it ({@code -Dspring.aot.enabled=true}) uses the
 * start prepared at build time; with a setting that decides other beans it starts the
 * ordinary way, and that setting has its effect ({@link PreparedStart}).
 */
class PreparedStartProcessTests {

	private static final List<String> JVM = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

	@TempDir
	Path dataDir;

	@Test
	void theServerStartsAsPreparedAtBuildTime() throws Exception {
		try (KiosqueProcess server = KiosqueProcess.start(dataDir, JVM, "--kiosque.demo.enabled=false")) {
			assertThat(server.log()).contains("Starting AOT-processed KiosqueApplication")
				.doesNotContain("Starting without the start prepared");
			assertThat(server.get("/").statusCode()).isEqualTo(200);
			assertThat(server.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		}
	}

	@Test
	void aSettingThatDecidesBeansIsObeyedByAnOrdinaryStart() throws Exception {
		// Prepared with the probes: a prepared start would still answer them.
		try (KiosqueProcess server = KiosqueProcess.start(dataDir, JVM, "--kiosque.demo.enabled=false",
				"--management.endpoint.health.probes.enabled=false")) {
			assertThat(server.log())
				.contains("Starting without the start prepared at build time (slower): "
						+ "management.endpoint.health.probes.enabled=false (packaged: true)")
				.doesNotContain("AOT-processed");
			assertThat(server.get("/actuator/health/liveness").statusCode()).isEqualTo(404);
			assertThat(server.get("/").statusCode()).isEqualTo(200);
		}
	}

}
