package org.kiosque.site;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the embedded H2 database close last when the server stops, after every bean has
 * written what it held (read counts, the newsletter sender's lease, the outbox).
 * <p>
 * H2 closes a file database from a JVM shutdown hook of its own. The JVM runs shutdown
 * hooks at the same time, so on {@code SIGTERM} H2's hook closed the database while
 * Spring's was still stopping the application, and the last writes failed. H2 refuses to
 * turn that hook off with {@code AUTO_SERVER=TRUE} ({@code DB_CLOSE_ON_EXIT=FALSE} is
 * "Feature not supported" there), and {@code AUTO_SERVER} is what lets a command run
 * beside the server. So the hook is taken off here, once the database is open; the
 * database then closes when Spring closes the connection pool, the last bean to go (H2
 * closes a database when its last connection closes). PostgreSQL and in-memory databases
 * are left alone. If H2 changes its insides, this logs a warning and the old behaviour
 * remains, with read counts still kept on disk ({@code DATA/reads}).
 */
@Component
class EmbeddedDatabaseLast {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseLast.class);

	EmbeddedDatabaseLast(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
		if (!url.startsWith("jdbc:h2:file:")) {
			return;
		}
		try (Connection opened = dataSource.getConnection()) {
			// Opening the database is what registers H2's hook.
			Field hook = Class.forName("org.h2.engine.OnExitDatabaseCloser").getDeclaredField("INSTANCE");
			hook.setAccessible(true);
			Runtime.getRuntime().removeShutdownHook((Thread) hook.get(null));
		}
		catch (SQLException | ReflectiveOperationException | RuntimeException ex) {
			log.warn("The embedded database may close before the last writes on stop: {}", ex.toString());
		}
	}

}
