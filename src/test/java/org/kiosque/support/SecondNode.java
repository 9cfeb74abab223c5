package org.kiosque.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * A second Kiosque beside the shared test context ({@link KiosqueTest}), on the same
 * database (H2 in this JVM, or the run's PostgreSQL schema), with its own data directory
 * (its own search index, renditions and page copies), as two nodes behind a load balancer
 * are. It keeps its page copies, articles and saved settings an hour
 * ({@link NodesOnOneDatabase#LONG_LIVED_COPIES}): what it shows sooner was dropped on
 * hearing of the shared context's change through the change log.
 * <p>
 * Started once, on first use, and shared by every test class of the run that needs a node
 * beside the shared one (a node costs a whole application start): do not close it, and do
 * not change its settings: a test that needs other settings starts its own
 * {@link KiosqueNode}. It stops with the test JVM (Spring's shutdown hook).
 */
public final class SecondNode {

	private static @Nullable KiosqueNode node;

	private static @Nullable Path dataDir;

	private SecondNode() {
	}

	/**
	 * The second node, started now on the database of {@code shared} (the test's
	 * application context) if it is not running yet.
	 */
	public static synchronized KiosqueNode beside(ApplicationContext shared) {
		if (node == null) {
			String database = shared.getEnvironment().getRequiredProperty("spring.datasource.url");
			String[] settings = new String[NodesOnOneDatabase.LONG_LIVED_COPIES.length + 1];
			settings[0] = "--spring.datasource.url=" + database;
			System.arraycopy(NodesOnOneDatabase.LONG_LIVED_COPIES, 0, settings, 1,
					NodesOnOneDatabase.LONG_LIVED_COPIES.length);
			node = KiosqueNode.start(dataDir(), settings);
		}
		return node;
	}

	/**
	 * Its data directory, made anew for each test JVM under {@code target}: the H2 and
	 * the PostgreSQL runs must not share a search index.
	 */
	public static synchronized Path dataDir() {
		if (dataDir == null) {
			try {
				Path target = Files.createDirectories(Path.of("target"));
				dataDir = Files.createTempDirectory(target, "test-data-second-node-").toAbsolutePath();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return dataDir;
	}

}
