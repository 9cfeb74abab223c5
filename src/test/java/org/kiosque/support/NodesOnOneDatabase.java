package org.kiosque.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.FileSystemUtils;

/**
 * Several Kiosques on one database of their own ({@link KiosqueNode#ownDatabase}), each
 * with its own data directory (its own search index and page copies), as nodes behind a
 * load balancer are; the database and the directories go after the test class. Register
 * it in a test class:
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

	private Path root;

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
		List<String> all = new ArrayList<>(List.of(KiosqueNode.ownDatabase(root(), name)));
		all.addAll(List.of(settings));
		return KiosqueNode.start(root().resolve(node), all.toArray(String[]::new));
	}

	/** The data directory of {@code node}. */
	public Path dataDir(String node) {
		return root().resolve(node);
	}

	/** Plain JDBC to the database, as a tool would reach it. */
	public java.sql.Connection connect() throws SQLException {
		return KiosqueNode.connectOwnDatabase(root(), name);
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
	public void afterAll(ExtensionContext context) throws Exception {
		KiosqueNode.dropOwnDatabase(name);
		if (root != null) {
			FileSystemUtils.deleteRecursively(root);
			root = null;
		}
	}

}
