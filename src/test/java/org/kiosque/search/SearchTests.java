package org.kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@KiosqueTest
class SearchTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Test
	void readerFindsAnArticleWithoutTypingAccentsOrExactForms() {
		String marker = "zq" + System.nanoTime();
		var written = newsdesk.create(article("L’État annonce des négociations " + marker,
				"Les négociations sur la sécurité reprendront à Alger. " + marker), 0);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			var page = new Browser(port).get("/recherche?q=etat+negociation+" + marker);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.html().select(".search-hits a").eachAttr("href")).contains(written.path());
			assertThat(page.html().select(".search-hits mark").eachText())
				.anyMatch(w -> w.toLowerCase().startsWith("négociation"));
		});
	}

	@Test
	void whatAReaderTypesIsPrintedAsTextNeverAsMarkup() {
		String marker = "xs" + System.nanoTime();
		newsdesk.create(
				article("Une affaire <b>sensible</b> " + marker, "Le texte évoque <script>alert(1)</script> " + marker),
				0);

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			var page = new Browser(port).get("/recherche?q=%3Cscript%3E+" + marker);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).doesNotContain("<script>alert(1)</script>");
			assertThat(page.html().select("#q").val()).isEqualTo("<script> " + marker);
		});
	}

	@Test
	void draftsAreNeverFound() {
		String marker = "dr" + System.nanoTime();
		newsdesk.create(new ArticleDraft("Brouillon " + marker, null, "Texte " + marker, null, List.of(), null, null,
				new LeadImage(null, null, null), ArticleStatus.DRAFT, null, true, null), 0);
		String visible = "vi" + System.nanoTime();
		newsdesk.create(article("Visible " + visible, "Texte " + visible), 0);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(new Browser(port).get("/recherche?q=" + visible).text())
				.contains("1 article trouvé"));
		assertThat(new Browser(port).get("/recherche?q=" + marker).text()).contains("Aucun article ne correspond");
	}

	@Test
	void oddQueriesGetAnAnswerNotAnError() {
		for (String q : List.of("%22", "-", "+", "*", "(((", "a%20AND%20OR", "")) {
			assertThat(new Browser(port).get("/recherche?q=" + q).status()).as(q).isEqualTo(200);
		}
		assertThat(new Browser(port).get("/recherche?q=" + "a".repeat(500)).text())
			.contains("limitée à 200 caractères");
	}

	private static ArticleDraft article(String headline, String body) {
		return new ArticleDraft(headline, null, body, null, List.of(), null, null, new LeadImage(null, null, null),
				ArticleStatus.PUBLISHED, Instant.now().minusSeconds(10), true, null);
	}

}
