package org.kiosque.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

/** The demo dispatches shipped with Kiosque are valid dispatches, in the seed's form. */
class DemoDispatchTests {

	@Test
	void everyDemoDispatchReadsAsADatedAttributedArticle() throws Exception {
		List<DemoContent.Entry> entries = DemoContent.entries();
		assertThat(entries).extracting(DemoContent.Entry::section)
			.containsExactly("Monde", "Afrique", "Économie", "Sport", "Culture");
		assertThat(entries.getFirst().file()).isEqualTo("turquie-hamas-istanbul.txt");
		for (DemoContent.Entry entry : entries) {
			Dispatch d = DispatchParser.parse(read("/demo/" + Objects.requireNonNull(entry.file())));
			assertThat(d.agency()).as(entry.file()).isNotNull();
			assertThat(d.paragraphs()).as(entry.file()).hasSizeGreaterThanOrEqualTo(4);
			assertThat(d.reads()).as(entry.file()).isPositive();
			assertThat(d.date()).as(entry.file()).isBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 1));
		}
		assertThat(entries.stream().map(e -> parse(e.file()).agency()).distinct()).hasSize(entries.size());
		assertThat(parse("djelfa-barrage-vert-reboisement.txt").reads()).isEqualTo(1204);
		assertThat(parse("cacao-prix-recul.txt").date()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(parse("cacao-prix-recul.txt").caption()).isNull();
		assertThat(parse("cacao-prix-recul.txt").agency()).isEqualTo("AFP");
	}

	private static Dispatch parse(String file) {
		try {
			return DispatchParser.parse(read("/demo/" + file));
		}
		catch (DispatchRejected e) {
			throw new AssertionError(file + ": " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static byte[] read(String resource) throws IOException {
		try (InputStream in = DemoDispatchTests.class.getResourceAsStream(resource)) {
			return Objects.requireNonNull(in, resource).readAllBytes();
		}
	}

}
