package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.HtmlChecker;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A table written in Markdown (GitHub's pipe tables, as election results come) is a table
 * on the article page: header cells, rows, and each column's alignment as a class (the
 * {@code align} attribute is obsolete HTML, and the page's CSP forbids inline styles); a
 * table written in HTML keeps its alignment the same way. The page stays valid HTML.
 */
@KiosqueTest
class BodyTablesTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Test
	void aPipeTableIsATableOnTheArticlePage() {
		var written = publish("""
				Les résultats du premier tour.

				| Liste | Voix | Part |
				|:------|-----:|:----:|
				| Union pour Oran | 12 304 | 41,2 % |
				| Oran demain | 9 870 | 33,1 % |

				Le second tour aura lieu dimanche.""");

		var page = new Browser(port).get(written.path());

		assertThat(page.status()).isEqualTo(200);
		Element table = page.html().selectFirst("article .body table");
		assertThat(table).as("a table in the body").isNotNull();
		assertThat(table.select("thead th").eachText()).containsExactly("Liste", "Voix", "Part");
		assertThat(table.select("tbody tr")).hasSize(2);
		assertThat(table.select("tbody tr").first().select("td").eachText()).containsExactly("Union pour Oran",
				"12 304", "41,2 %");
		assertThat(table.select("th, td").eachAttr("class")).containsOnly("align-left", "align-right", "align-center");
		assertThat(table.select("td:eq(1)").eachAttr("class")).containsOnly("align-right");
		assertThat(page.html().select("article .body").text()).doesNotContain("|");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
	}

	@Test
	void anHtmlTableKeepsItsAlignmentAsAClass() {
		var written = publish(
				"""
						<table><thead><tr><th align="left">Commune</th><th align="right">Participation</th></tr></thead>
						<tbody><tr><td align="left" valign="top" style="color:red" onclick="x()">Bir El Djir</td><td align="RIGHT">48 %</td></tr></tbody></table>""");

		var page = new Browser(port).get(written.path());

		Element table = page.html().selectFirst("article .body table");
		assertThat(table).isNotNull();
		assertThat(table.select("td").eachAttr("class")).containsExactly("align-left", "align-right");
		assertThat(table.select("[align], [valign], [style], [onclick]")).isEmpty();
		assertThat(HtmlChecker.errors(page.body())).isEmpty();
	}

	private Newsdesk.Written publish(String body) {
		return newsdesk.create(new ArticleDraft("Municipales à Oran " + System.nanoTime(), null, body, null, List.of(),
				null, null, new LeadImage(null, null, null), ArticleStatus.PUBLISHED, Instant.now().minusSeconds(60),
				true, null), 0);
	}

}
