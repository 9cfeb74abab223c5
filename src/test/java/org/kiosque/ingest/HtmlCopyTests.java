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

	@Test
	void ordinalsAndStrikesStayWhatTheReaderSaw() {
		String markdown = HtmlCopy
			.markdown("<p>Le 1<sup>er</sup> avril, H<sub>2</sub>O, <u>souligné</u> et <del>barré</del>.</p>")
			.markdown();
		assertThat(markdown).doesNotContain("^").doesNotContain("~").doesNotContain("++");
		String html = new org.kiosque.article.BodyRenderer().html(markdown);
		assertThat(html).contains("1<sup>er</sup> avril")
			.contains("H<sub>2</sub>O")
			.contains("souligné</")
			.contains("<del>barré</del>");
	}

	@Test
	void aTableComesOverAsAPipeTableThePageShowsAsATable() {
		String markdown = HtmlCopy
			.markdown("<table><thead><tr><th>Liste</th><th>Voix</th></tr></thead>"
					+ "<tbody><tr><td>Union pour Oran</td><td>12 304</td></tr></tbody></table>")
			.markdown();

		assertThat(markdown).startsWith("|");
		String html = new org.kiosque.article.BodyRenderer().html(markdown);
		assertThat(html).contains("<th>Liste</th>").contains("<td>Union pour Oran</td>").doesNotContain("|");
	}

}
