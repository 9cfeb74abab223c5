package org.kiosque.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.FileSystemUtils;

/**
 * {@link Nodes} for a whole test class: several Kiosques on one database of their own,
 * each with its own data directory (its own search index and page copies), as nodes
 * behind a load balancer are; the database and the directories go after the test class.
 * Register it in a test class:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final NodesOnOneDatabase NODES = new NodesOnOneDatabase("front_page_nodes");
 * ...
 * try (KiosqueNode one = NODES.start("one"); KiosqueNode two = NODES.start("two")) {
 * </pre>
 */
public final class NodesOnOneDatabase implements AfterAllCallback {

	/**
	 * Settings that keep page copies, articles and saved settings an hour on a node: what
	 * shows sooner on it was dropped on hearing of another node's change.
	 */
	public static final String[] LONG_LIVED_COPIES = { "--kiosque.cache.rendered.ttl=1h",
			"--kiosque.cache.article-ttl=1h", "--kiosque.cache.settings-ttl=1h" };

	private final String name;

	private @Nullable Path root;

	private @Nullable Nodes nodes;

	/**
	 * @param name the database's name (a PostgreSQL schema after the run's), unique among
	 * the test classes
	 */
	public NodesOnOneDatabase(String name) {
		this.name = name;
	}

	/**
	 * Starts the node {@code node} on the database: the same name again is the same data
	 * directory (a restart).
	 * @param settings more settings ({@code --name=value}), replacing the defaults
	 */
	public KiosqueNode start(String node, String... settings) throws SQLException {
		return nodes().start(node, settings);
	}

	/** The data directory of {@code node}. */
	public Path dataDir(String node) {
		return root().resolve(node);
	}

	/** Plain JDBC to the database, as a tool would reach it. */
	public java.sql.Connection connect() throws SQLException {
		return nodes().connect();
	}

	private synchronized Nodes nodes() throws SQLException {
		if (nodes == null) {
			nodes = Nodes.on(root(), name);
		}
		return nodes;
	}

	private synchronized Path root() {
		if (root == null) {
			try {
				root = Files.createTempDirectory("kiosque-" + name);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return root;
	}

	@Override
	public synchronized void afterAll(ExtensionContext context) throws Exception {
		if (nodes != null) {
			nodes.close();
			nodes = null;
		}
		else {
			KiosqueNode.dropOwnDatabase(name);
		}
		if (root != null) {
			FileSystemUtils.deleteRecursively(root);
			root = null;
		}
	}

}
