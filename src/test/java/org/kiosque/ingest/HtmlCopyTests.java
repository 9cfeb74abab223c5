package org.kiosque.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Story HTML as Markdown, as a French newsroom writes it. */
class HtmlCopyTests {

	@Test
	void headingsAreAtxAndFrenchTypographyStays() {
		HtmlCopy.Converted copy = HtmlCopy
			.markdown("<h2>Les chiffres</h2><p>L’eau « monte » — vite…</p><h3>Après</h3>");
		assertThat(copy.markdown()).isEqualTo("## Les chiffres\n\nL’eau « monte » — vite…\n\n### Après");
		assertThat(copy.leftovers()).isEmpty();
	}

	@Test
	void aLineBreakStaysInsideItsParagraph() {
		String markdown = HtmlCopy.markdown("<p>Une ligne<br>et la suivante.</p><p>Autre.</p>").markdown();
		assertThat(markdown).matches("(?s)Une ligne( {2}|\\\\)?\\net la suivante\\.\\n\\nAutre\\.");
	}

	@Test
	void anIframeComesAsALinkAndIsReported() {
		HtmlCopy.Converted copy = HtmlCopy.markdown("<p>Voir :</p><iframe src=\"https://video.example/e/1\"></iframe>");
		assertThat(copy.markdown()).contains("https://video.example/e/1");
		assertThat(copy.leftovers()).containsExactly("iframe https://video.example/e/1");
	}

}
