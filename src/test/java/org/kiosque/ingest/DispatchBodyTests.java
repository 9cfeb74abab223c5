package org.kiosque.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Agency text is printed as written: nothing in it is read as Markdown. */
class DispatchBodyTests {

	static Document rendered(List<String> paragraphs) {
		String html = HtmlRenderer.builder()
			.build()
			.render(Parser.builder().build().parse(DispatchImport.markdown(paragraphs)));
		return Jsoup.parseBodyFragment(html);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1. Premier point, pas une liste.", "2026) année de référence", "# Pas un titre",
			"- pas une puce", "+ pas une puce", "* pas une puce", "> pas une citation", "--- pas un filet", "___",
			"=== pas un sous-titre", "Des *astérisques* et des _soulignés_ et des **gras**",
			"Un [lien](http://exemple.org) et une ![image](x.png)", "Du `code` et des ```barrières```",
			"<script>alert(1)</script> et <b>gras</b>", "Des entités &amp; &lt;b&gt; et AT&T",
			"Une barre \\ oblique inverse à la fin \\", "Un tiret – et 90 % d’eau, « guillemets »",
			"<http://exemple.org> et http://exemple.org" })
	void markdownInAgencyTextIsPrintedAsWritten(String paragraph) {
		Document html = rendered(List.of("Avant.", paragraph));
		assertThat(html.body().children()).hasSize(2);
		assertThat(html.select("p")).hasSize(2);
		assertThat(html.select("p").get(1).text()).isEqualTo(paragraph.strip());
		assertThat(html.select("p").get(1).children()).isEmpty();
	}

	@Test
	void eachParagraphIsOneMarkdownParagraph() {
		Document html = rendered(List.of("Un.", "Deux.", "Trois."));
		assertThat(html.select("p").eachText()).containsExactly("Un.", "Deux.", "Trois.");
	}

	@Test
	void theSameHeadlineOnTheSameDayIsTheSameDispatch() {
		LocalDate day = LocalDate.of(2026, 1, 24);
		String key = DispatchImport.key(new Dispatch("L’Algérie et le Sahel", day, null, List.of("a"), null, 0));
		assertThat(key).hasSize(64).matches("[0-9a-f]+");
		assertThat(DispatchImport.key(new Dispatch("l'algérie  et\u00a0le SAHEL ", day, "x", List.of("b"), "APS", 9)))
			.isEqualTo(key);
		assertThat(
				DispatchImport.key(new Dispatch("L’Algérie et le Sahel", day.plusDays(1), null, List.of("a"), null, 0)))
			.isNotEqualTo(key);
		assertThat(DispatchImport.key(new Dispatch("L’Algerie et le Sahel", day, null, List.of("a"), null, 0)))
			.isNotEqualTo(key);
	}

}
