package org.kiosque.movein;

import java.io.PrintStream;

/**
 * A progress bar on standard error while a run works, redrawn in place ({@code \r}) at
 * most ten times a second: {@code Articles [=========>      ] 6 120/10 000}. Prints
 * nothing at all when standard output is not a terminal (a pipe, a file, a job's log), so
 * that the report stays the only output there. (No progress-bar library is among the
 * packages this project may use; this is the whole of one.)
 */
public final class Progress implements AutoCloseable {

	private static final int WIDTH = 30;

	private final String label;

	private final long total;

	private final PrintStream out;

	private final boolean shown;

	private long done;

	private long drawnAt;

	private Progress(String label, long total, PrintStream out, boolean shown) {
		this.label = label;
		this.total = Math.max(total, 1);
		this.out = out;
		this.shown = shown;
	}

	/**
	 * A bar for {@code total} steps, shown when the process runs on a terminal
	 * ({@link System#console()} is there and is one).
	 */
	public static Progress of(String label, long total) {
		return new Progress(label, total, System.err, onTerminal());
	}

	/**
	 * Whether the process runs on a terminal. From Java 22 {@link System#console()} is
	 * there even when redirected and {@code Console.isTerminal()} tells; before, it is
	 * there only on a terminal. (The code is built for Java 21 and runs on later ones.)
	 */
	private static boolean onTerminal() {
		java.io.Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException before22) {
			return true;
		}
	}

	/** A bar drawn on {@code out} whatever it is (a test's terminal). */
	static Progress drawnOn(PrintStream out, String label, long total) {
		return new Progress(label, total, out, true);
	}

	/** A bar that prints nothing (a dry run's, a test's). */
	public static Progress silent() {
		return new Progress("", 1, System.err, false);
	}

	/** Whether this bar prints anything. */
	public boolean shown() {
		return shown;
	}

	/** One more step done. */
	public void step() {
		done++;
		if (!shown) {
			return;
		}
		long now = System.nanoTime();
		if (done == total || now - drawnAt > 100_000_000L) {
			drawnAt = now;
			draw();
		}
	}

	private void draw() {
		int filled = (int) Math.min(WIDTH, done * WIDTH / total);
		StringBuilder bar = new StringBuilder("\r").append(label).append(" [");
		for (int i = 0; i < WIDTH; i++) {
			bar.append(i < filled ? '=' : i == filled ? '>' : ' ');
		}
		bar.append("] ").append(done).append('/').append(total);
		out.print(bar);
		out.flush();
	}

	/** Ends the bar's line. */
	@Override
	public void close() {
		if (shown) {
			draw();
			out.println();
			out.flush();
		}
	}

}
