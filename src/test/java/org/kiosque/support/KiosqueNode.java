package org.kiosque.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
public final class KiosqueNode implements AutoCloseable {

	public final ConfigurableApplicationContext context;

	public final int port;

	private KiosqueNode(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
	}

	public static boolean onPostgres() {
		return System.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
	}

	public static KiosqueNode start(Path dataDir, String... settings) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--kiosque.data-dir=" + dataDir,
				"--spring.main.banner-mode=off", "--kiosque.scheduling.enabled=false",
				"--spring.modulith.events.republish-outstanding-events-on-restart=false"));
		if (!onPostgres()) {
			args.add("--spring.datasource.url=" + h2Url(dataDir));
		}
		// A setting given here replaces the default above: Spring would join both values.
		for (String setting : settings) {
			String name = setting.substring(0, setting.indexOf('=') + 1);
			args.removeIf(a -> a.startsWith(name));
			args.add(setting);
		}
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

	/**
	 * The settings that put a node on a database of its own, shared by every node started
	 * with them and by no other Kiosque of this JVM (the shared test context runs its
	 * jobs on the run's own database): on PostgreSQL the schema {@code name}, made now if
	 * missing (drop it with {@link #dropOwnDatabase}); on H2 the file under
	 * {@code dataDir}, as always.
	 */
	public static String[] ownDatabase(Path dataDir, String name) throws SQLException {
		if (!onPostgres()) {
			return new String[] { "--spring.datasource.url=" + h2Url(dataDir) };
		}
		try (Connection c = postgres(); Statement statement = c.createStatement()) {
			statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema(name));
		}
		return new String[] { "--spring.datasource.url=" + postgresUrl(name) };
	}

	/**
	 * Plain JDBC to the database {@link #ownDatabase} named, as a tool would reach it.
	 */
	public static Connection connectOwnDatabase(Path dataDir, String name) throws SQLException {
		if (!onPostgres()) {
			// The nodes run in this JVM: the same URL shares their open database.
			return DriverManager.getConnection(h2Url(dataDir), "sa", "");
		}
		return DriverManager.getConnection(postgresUrl(name), System.getProperty("spring.datasource.username"), "");
	}

	/**
	 * Drops what {@link #ownDatabase} made on PostgreSQL (H2's file goes with its
	 * directory).
	 */
	public static void dropOwnDatabase(String name) throws SQLException {
		if (onPostgres()) {
			try (Connection c = postgres(); Statement statement = c.createStatement()) {
				statement.execute("DROP SCHEMA IF EXISTS " + schema(name) + " CASCADE");
			}
		}
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	private static String h2Url(Path dataDir) {
		return "jdbc:h2:file:" + dataDir.resolve("db/kiosque").toAbsolutePath();
	}

	/** The run's schema with {@code _name} after it: one per build, like the run's. */
	private static String schema(String name) {
		String runs = System.getProperty("spring.datasource.url").replaceAll(".*currentSchema=([A-Za-z0-9_]+).*", "$1");
		return runs + "_" + name.replaceAll("[^A-Za-z0-9_]", "_");
	}

	private static String postgresUrl(String name) {
		return System.getProperty("spring.datasource.url").replaceAll("\\?.*", "") + "?currentSchema=" + schema(name);
	}

	private static Connection postgres() throws SQLException {
		return DriverManager.getConnection(System.getProperty("spring.datasource.url").replaceAll("\\?.*", ""),
				System.getProperty("spring.datasource.username"), "");
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
