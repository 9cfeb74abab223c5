package org.kiosque.movein;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The progress bar a move draws on a terminal: redrawn in place on one line, full and
 * ended by a line break when the run is done; and nothing at all off a terminal.
 */
class ProgressTests {

	@Test
	void onATerminalTheBarIsRedrawnInPlaceAndEndsFull() {
		var terminal = new ByteArrayOutputStream();
		try (Progress progress = Progress.drawnOn(new PrintStream(terminal, true, StandardCharsets.UTF_8), "Articles",
				4)) {
			for (int i = 0; i < 4; i++) {
				progress.step();
			}
		}
		String drawn = terminal.toString(StandardCharsets.UTF_8);
		assertThat(drawn).startsWith("\rArticles [").endsWith("] 4/4\n");
		String last = drawn.substring(drawn.lastIndexOf('\r'));
		assertThat(last).contains("[" + "=".repeat(30) + "] 4/4");
		// One line: every drawing goes back to its start, none goes down.
		assertThat(drawn.indexOf('\n')).isEqualTo(drawn.length() - 1);
	}

	@Test
	void offATerminalNothingIsPrinted() {
		// The tests' JVM writes to files, never to a terminal: the command's own bar.
		Progress progress = Progress.of("Articles", 10);
		assertThat(progress.shown()).isFalse();
		assertThat(Progress.silent().shown()).isFalse();
	}

}
