package org.kiosque.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.core.ConditionTimeoutException;
import org.kiosque.KiosqueApplication;
import org.springframework.aot.AotDetector;

/**
 * A whole Kiosque in a JVM of its own, started from the test classpath the way
 * {@code java -jar} starts it, for what only a real process shows: a {@code SIGTERM}, a
 * command beside a running server, a first start on an empty data directory. Its output
 * goes to {@code server.log} in the data directory, quoted when it fails to start.
 *
 * <pre>
 * try (KiosqueProcess server = KiosqueProcess.start(dataDir, List.of(), "--kiosque.demo.enabled=false")) {
 *     server.get("/");
 * }
 * </pre>
 */
public final class KiosqueProcess implements AutoCloseable {

	/**
	 * The longest a start may take on a busy build machine (five minutes seen at load 45
	 * on 2 cores).
	 */
	private static final Duration START = Duration.ofMinutes(10);

	private static final AtomicInteger COMMANDS = new AtomicInteger();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process process;

	private final int port;

	private final Path log;

	private KiosqueProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts Kiosque on a free port with {@code --kiosque.data-dir=dataDir} and the given
	 * settings, and waits until {@code /actuator/health} answers {@code UP}.
	 * @param jvmOptions options for the JVM ({@code -Xmx384m}, {@code -Dname=value})
	 * @param settings {@code --name=value} settings after the port and data directory
	 */
	public static KiosqueProcess start(Path dataDir, List<String> jvmOptions, String... settings) {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.addAll(java(jvmOptions));
		command.addAll(List.of("--server.port=" + port, "--kiosque.data-dir=" + dataDir));
		command.addAll(List.of(settings));
		Path log = dataDir.resolve("server.log");
		try {
			Files.createDirectories(dataDir);
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			KiosqueProcess server = new KiosqueProcess(process, port, log);
			server.awaitHealthy();
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * What a command run in its own JVM did.
	 *
	 * @param status its exit status
	 * @param out its standard output
	 * @param err its standard error
	 */
	public record Finished(int status, String out, String err) {
	}

	/**
	 * Runs {@code java -cp … KiosqueApplication ARGS} the way {@code java -jar} does, in
	 * {@code folder}, and waits for it to end by itself (a command does; a server would
	 * not, and fails this after {@link #START}).
	 * @param folder the working directory; its {@code command-out.txt} and
	 * {@code command-err.txt} keep what was printed
	 * @param jvmOptions options for the JVM ({@code -Xmx384m})
	 * @param args the command line, exactly as typed after {@code kiosque.jar}
	 */
	public static Finished run(Path folder, List<String> jvmOptions, String... args) {
		List<String> command = new ArrayList<>();
		command.addAll(java(jvmOptions));
		command.addAll(List.of(args));
		Path out = folder.resolve("command-out.txt");
		Path err = folder.resolve("command-err.txt");
		try {
			Files.createDirectories(folder);
			Process process = new ProcessBuilder(command).directory(folder.toFile())
				.redirectOutput(out.toFile())
				.redirectError(err.toFile())
				.start();
			// Nothing to read: a command that asks gets the end of its input at once.
			process.getOutputStream().close();
			if (!process.waitFor(START.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("Still running after " + START + " (a server?):\n" + Files.readString(out)
						+ Files.readString(err));
			}
			return new Finished(process.exitValue(), Files.readString(out), Files.readString(err));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/**
	 * Starts a one-shot command ({@code newsletter send}, {@code import FILE}...) in a
	 * JVM of its own, the way {@code java -jar kiosque.jar ARGS} runs it, and returns at
	 * once: {@link #waitFor} its end, or {@link #kill} it. Its output goes to
	 * {@code command-N.log} in the data directory.
	 * @param jvmOptions options for the JVM ({@code -Xmx384m}, {@code -Dname=value})
	 * @param args the command's words, then {@code --name=value} settings;
	 * {@code --kiosque.data-dir=dataDir} is added
	 */
	public static KiosqueProcess command(Path dataDir, List<String> jvmOptions, String... args) {
		List<String> command = new ArrayList<>();
		command.addAll(java(jvmOptions));
		command.addAll(List.of(args));
		command.add("--kiosque.data-dir=" + dataDir);
		try {
			Files.createDirectories(dataDir);
			Path log = dataDir.resolve("command-" + COMMANDS.incrementAndGet() + ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			return new KiosqueProcess(process, -1, log);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Waits for the process to end.
	 * @return its exit status
	 * @throws AssertionError if it is still running after {@code timeout} (it is then
	 * killed), with what it printed
	 */
	public int waitFor(Duration timeout) {
		try {
			if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				return process.exitValue();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		process.destroyForcibly();
		throw new AssertionError("Still running after " + timeout + ":\n" + log());
	}

	/** True while the process runs. */
	public boolean alive() {
		return process.isAlive();
	}

	/**
	 * {@code SIGKILL}: no shutdown hook, no last statement; returns once the process is
	 * gone.
	 */
	public void kill() {
		process.destroyForcibly();
		try {
			if (!process.waitFor(1, TimeUnit.MINUTES)) {
				throw new AssertionError("Still alive a minute after SIGKILL");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The JVM options and settings that put a process on the run's PostgreSQL, if any.
	 */
	public static List<String> runDatabase() {
		String url = System.getProperty("spring.datasource.url", "");
		if (!url.startsWith("jdbc:postgresql:")) {
			return List.of();
		}
		return List.of("-Dspring.profiles.active=postgres", "-Dspring.datasource.url=" + url,
				"-Dspring.datasource.username=" + System.getProperty("spring.datasource.username"),
				"-Dspring.datasource.password=");
	}

	private void awaitHealthy() {
		try {
			await("Kiosque on port " + port + " to answer UP").atMost(START)
				.pollInterval(Duration.ofMillis(250))
				.ignoreExceptionsInstanceOf(IOException.class)
				.until(() -> {
					if (!process.isAlive()) {
						throw new AssertionError("The server stopped:\n" + log());
					}
					return get("/actuator/health").body().contains("\"UP\"");
				});
		}
		catch (ConditionTimeoutException e) {
			close();
			throw new AssertionError("The server did not start in time:\n" + log(), e);
		}
	}

	/** The process id, as the node names itself where it records its work. */
	public long pid() {
		return process.pid();
	}

	public int port() {
		return port;
	}

	/** {@code http://localhost:PORT} */
	public String base() {
		return "http://localhost:" + port;
	}

	/** Everything the process has printed so far. */
	public String log() {
		try {
			return Files.readString(log);
		}
		catch (IOException e) {
			return "(no log: " + e + ")";
		}
	}

	/** A GET of a path on this server, or of an absolute URL. */
	public HttpResponse<String> get(String pathOrUrl) throws IOException {
		String url = pathOrUrl.startsWith("http") ? pathOrUrl : base() + pathOrUrl;
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
	}

	/**
	 * Stops the process as a service manager does ({@code SIGTERM}) and waits for it.
	 * @return whether it stopped within {@code timeout}
	 */
	public boolean stop(Duration timeout) {
		process.destroy();
		try {
			return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** {@code SIGTERM}, then {@code SIGKILL} if the process is still there after 30 s. */
	@Override
	public void close() {
		if (process.isAlive() && !stop(Duration.ofSeconds(30))) {
			process.destroyForcibly();
		}
	}

	/**
	 * The JVM and its class path, as bin/kiosque starts them (but with C1 only and a heap
	 * of at most 384 MB, before {@code jvmOptions}): with the start prepared at build
	 * time (Spring AOT, made by the build's process-aot before the tests), which a
	 * setting that decides other beans turns off by itself ({@code PreparedStart}).
	 */
	private static List<String> java(List<String> jvmOptions) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-D" + AotDetector.AOT_ENABLED + "=true");
		// A test's process lives seconds: C2's compilations would cost it more CPU than
		// they save (its start takes half the time without them on 2 cores). A test
		// wanting otherwise says so in jvmOptions, which come after.
		command.addAll(List.of());
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), KiosqueApplication.class.getName()));
		return command;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
