package org.kiosque.support;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Several Kiosque nodes on one database of their own, as several servers share one
 * PostgreSQL: nodes in the test JVM ({@link KiosqueNode}, whose beans a test may call)
 * and, for what only a process shows (a {@code kill -9}), nodes in JVMs of their own
 * ({@link KiosqueProcess}). Each node has its own data directory under {@code dataDir}.
 * Closing stops every node still running, newest first, then drops the database.
 *
 * <pre>
 * try (Nodes nodes = Nodes.onPostgres(dataDir, "wires_race", "--kiosque.wires.tick=1s");
 *         KiosqueNode one = nodes.start("one");
 *         KiosqueNode two = nodes.start("two")) {
 *     ...
 * }
 * </pre>
 */
public final class Nodes implements AutoCloseable {

	private final Path dataDir;

	private final String database;

	private final List<String> settings;

	private final Deque<AutoCloseable> started = new ArrayDeque<>();

	private Nodes(Path dataDir, String database, List<String> settings) {
		this.dataDir = dataDir;
		this.database = database;
		this.settings = settings;
	}

	/**
	 * Nodes on the PostgreSQL schema {@code database} (made now, dropped on close); on
	 * the H2 run the test is skipped, with the reason, since nodes share a database there
	 * only inside one JVM.
	 * @param settings {@code --name=value} settings of every node
	 */
	public static Nodes onPostgres(Path dataDir, String database, String... settings) throws SQLException {
		assumeThat(KiosqueNode.onPostgres())
			.as("several nodes need a shared PostgreSQL: this test runs in the postgres-tests execution")
			.isTrue();
		return on(dataDir, database, settings);
	}

	/**
	 * Nodes on the run's kind of database: the PostgreSQL schema {@code database}, or on
	 * H2 one file under {@code dataDir}, which nodes of this JVM share (not processes).
	 * @param settings {@code --name=value} settings of every node
	 */
	public static Nodes on(Path dataDir, String database, String... settings) throws SQLException {
		List<String> all = new ArrayList<>(List.of(KiosqueNode.ownDatabase(dataDir, database)));
		all.addAll(List.of(settings));
		return new Nodes(dataDir, database, all);
	}

	/**
	 * Starts a node in this JVM, in {@code dataDir/name}, with the settings of every node
	 * and {@code more} (which win).
	 */
	public KiosqueNode start(String name, String... more) {
		KiosqueNode node = KiosqueNode.start(dataDir.resolve(name), merged(more));
		synchronized (started) {
			started.push(node);
		}
		return node;
	}

	/**
	 * Starts a node in a JVM of its own ({@code SIGKILL} it with
	 * {@link KiosqueProcess#kill()}), on PostgreSQL only; returns once it answers
	 * {@code UP}.
	 * @param jvmOptions {@code -Xmx384m}...
	 */
	public KiosqueProcess startProcess(String name, List<String> jvmOptions, String... more) {
		if (!KiosqueNode.onPostgres()) {
			throw new IllegalStateException("A node in another process shares a PostgreSQL database only");
		}
		List<String> jvm = new ArrayList<>(KiosqueProcess.runDatabase());
		jvm.addAll(jvmOptions);
		KiosqueProcess node = KiosqueProcess.start(dataDir.resolve(name), jvm, merged(more));
		synchronized (started) {
			started.push(node);
		}
		return node;
	}

	/**
	 * The settings of every node, then {@code more}: a later value replaces an earlier
	 * one of the same name (Spring would join both).
	 */
	private String[] merged(String... more) {
		Map<String, String> byName = new LinkedHashMap<>();
		for (String setting : settings) {
			byName.put(setting.substring(0, setting.indexOf('=') + 1), setting);
		}
		for (String setting : more) {
			byName.put(setting.substring(0, setting.indexOf('=') + 1), setting);
		}
		return byName.values().toArray(String[]::new);
	}

	/** Plain JDBC to the nodes' database, as a tool would reach it. */
	public java.sql.Connection connect() throws SQLException {
		return KiosqueNode.connectOwnDatabase(dataDir, database);
	}

	/**
	 * Stops the nodes still running (gracefully), newest first, and drops the database.
	 */
	@Override
	public void close() throws Exception {
		synchronized (started) {
			while (!started.isEmpty()) {
				started.pop().close();
			}
		}
		KiosqueNode.dropOwnDatabase(database);
	}

}
