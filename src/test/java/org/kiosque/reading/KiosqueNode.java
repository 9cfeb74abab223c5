package org.kiosque.reading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kiosque.KiosqueApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another whole Kiosque in the test JVM, on its own random port, for what one application
 * context cannot show: a restart, two nodes on one database, another counting mode. On
 * the PostgreSQL run it uses the run's schema; on H2, a database file under
 * {@code dataDir}.
 */
final class KiosqueNode implements AutoCloseable {

	final ConfigurableApplicationContext context;

	final int port;

	private KiosqueNode(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
	}

	static boolean onPostgres() {
		return System.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
	}

	static KiosqueNode start(Path dataDir, String... settings) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--kiosque.data-dir=" + dataDir,
				"--spring.main.banner-mode=off", "--kiosque.scheduling.enabled=false",
				"--spring.modulith.events.republish-outstanding-events-on-restart=false"));
		if (!onPostgres()) {
			args.add("--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("db/kiosque").toAbsolutePath());
		}
		args.addAll(List.of(settings));
		// The test JVM's logging belongs to the shared test context: leave it alone.
		String before = System.getProperty("org.springframework.boot.logging.LoggingSystem");
		System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
		try {
			return new KiosqueNode(new SpringApplicationBuilder(KiosqueApplication.class).profiles("test")
				.run(args.toArray(String[]::new)));
		}
		finally {
			if (before == null) {
				System.clearProperty("org.springframework.boot.logging.LoggingSystem");
			}
			else {
				System.setProperty("org.springframework.boot.logging.LoggingSystem", before);
			}
		}
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/**
	 * A graceful stop, as on {@code SIGTERM}: the web server first, then the read counts'
	 * last flush.
	 */
	@Override
	public void close() {
		context.close();
	}

}
