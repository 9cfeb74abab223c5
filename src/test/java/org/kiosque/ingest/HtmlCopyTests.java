package org.kiosque.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Story HTML comes over as the French copy it is, in Markdown a reader's page renders
 * right.
 */
class HtmlCopyTests {

	@Test
	void frenchTypographyIsKeptAsWritten() {
		String markdown = HtmlCopy.markdown("<p>L’État a dit «\u00a0non\u00a0» — 300&nbsp;000 fois.</p>").markdown();

		assertThat(markdown).isEqualTo("L’État a dit «\u00a0non\u00a0» — 300\u00a0000 fois.");
	}

	@Test
	void aSubheadIsAnAtxHeadingBetweenParagraphs() {
		String markdown = HtmlCopy.markdown("<p>Un.</p><h2>Des stocks régionaux</h2><p>Deux.</p>").markdown();

		assertThat(markdown).isEqualTo("Un.\n\n## Des stocks régionaux\n\nDeux.");
	}

	@Test
	void scriptsAndFramesAreNamedNotSilentlyDropped() {
		HtmlCopy.Converted converted = HtmlCopy
			.markdown("<p>Texte.</p><script>track()</script><iframe src=\"https://www.youtube.com/embed/x\"></iframe>");

		assertThat(converted.markdown()).contains("Texte.")
			.contains("<https://www.youtube.com/embed/x>")
			.doesNotContain("track");
		assertThat(converted.leftovers()).containsExactly("script", "iframe https://www.youtube.com/embed/x");
	}

}
