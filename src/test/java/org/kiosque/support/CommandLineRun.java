package org.kiosque.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.kiosque.KiosqueApplication;
import org.kiosque.cli.Commands;

/**
 * A command of {@code java -jar kiosque.jar COMMAND …} run the way {@code main} runs it,
 * in this JVM, with what it printed: the exit status, standard output and standard error
 * (UTF-8). The one runner of the command tests.
 *
 * @param status the exit status
 * @param out what went to standard output
 * @param err what went to standard error
 */
public record CommandLineRun(int status, String out, String err) {

	/** Runs {@code args} as given, capturing both streams. */
	public static CommandLineRun of(String... args) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		var capturedOut = new ByteArrayOutputStream();
		var capturedErr = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(capturedOut, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(capturedErr, true, StandardCharsets.UTF_8));
			int status = Commands.run(KiosqueApplication.class, args);
			return new CommandLineRun(status, capturedOut.toString(StandardCharsets.UTF_8),
					capturedErr.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	/**
	 * A data directory of a test's own, with its own H2 database (the commands are the
	 * same on PostgreSQL): commands run on it, and its rows are counted over JDBC while
	 * no application is running.
	 *
	 * @param data the directory ({@code --kiosque.data-dir})
	 */
	public record OwnData(Path data) {

		/** The database's JDBC address (a file; other processes may join). */
		public String h2() {
			return "jdbc:h2:file:" + data.resolve("db/kiosque").toAbsolutePath() + ";AUTO_SERVER=TRUE";
		}

		/** Runs the command on this data directory and its database. */
		public CommandLineRun run(String... args) {
			List<String> all = new ArrayList<>(List.of(args));
			all.addAll(List.of("--kiosque.data-dir=" + data, "--spring.datasource.url=" + h2(),
					"--spring.datasource.username=sa", "--spring.datasource.password="));
			return CommandLineRun.of(all.toArray(String[]::new));
		}

		/** The number a {@code SELECT COUNT(*)} answers. */
		public long count(String sql) throws SQLException {
			try (var c = DriverManager.getConnection(h2(), "sa", "");
					var s = c.createStatement();
					var rs = s.executeQuery(sql)) {
				rs.next();
				return rs.getLong(1);
			}
		}

	}

}
