package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A headline, a standfirst and a body holding {@code &}, quotes and apostrophes reach
 * every public output escaped exactly once, for that output: the article page (title,
 * heading, standfirst, JSON-LD), the teasers of a listing and the content API.
 */
@KiosqueTest
class TextEscapedOnceTests {

	private static final String[] TWICE = { "&amp;amp;", "&amp;#39;", "&amp;#34;", "&amp;quot;", "&amp;lt;", "&amp;gt;",
			"&amp;#x27;" };

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Test
	void theArticlePageShowsEveryFieldAsWritten() {
		long n = System.nanoTime();
		String headline = "Procter & Gamble rachète \"l'usine\" d'Oran " + n;
		String standfirst = "Le groupe <américain> & l'État : « accord » " + n;
		var written = publish(headline, standfirst, "Corps : R&D, l'usine \"B\" & 3 < 4.", null);

		var page = new Browser(port).get(written.path());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain(TWICE);
		assertThat(page.html().title()).startsWith(headline);
		assertThat(page.html().select("h1").text()).isEqualTo(headline);
		assertThat(page.html().select(".standfirst").text()).isEqualTo(standfirst);
		assertThat(page.html().select("main").text()).contains("Corps : R&D, l'usine \"B\" & 3 < 4.");
		JsonNode ld = JsonMapper.shared()
			.readTree(page.html().select("script[type=application/ld+json]").first().data());
		assertThat(ld.path("headline").asString()).isEqualTo(headline);
		assertThat(ld.path("description").asString()).isEqualTo(standfirst);
	}

	@Test
	void teasersShowTheHeadlineAndStandfirstAsWritten() {
		long n = System.nanoTime();
		String section = newsdesk.ensureSection("Économie & Finances " + n, 80);
		String headline = "Fusion AT&T \"géante\" l'an prochain " + n;
		String standfirst = "Les <actionnaires> & l'autorité de la concurrence " + n;
		publish(headline, standfirst, "Texte.", section);

		var page = new Browser(port).get("/section/" + section);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain(TWICE);
		assertThat(page.html().select("main").text()).contains(headline).contains(standfirst);
		assertThat(page.html().select("h1").text()).isEqualTo("Économie & Finances " + n);
	}

	@Test
	void theContentApiGivesPlainTextFieldsAndTheBodyEscapedOnceAsHtml() {
		long n = System.nanoTime();
		String headline = "Procter & Gamble \"rachète\" l'usine " + n;
		String standfirst = "A & B <c> l'État " + n;
		var written = publish(headline, standfirst, "Le groupe Procter & Gamble rachète l'usine d'Oran.", null);

		var answer = new Browser(port).get("/api/content/articles/" + written.id());

		assertThat(answer.status()).isEqualTo(200);
		JsonNode article = JsonMapper.shared().readTree(answer.body());
		assertThat(article.path("headline").asString()).isEqualTo(headline);
		assertThat(article.path("standfirst").asString()).isEqualTo(standfirst);
		String body = article.path("bodyHtml").asString();
		assertThat(body).contains("Procter &amp; Gamble").doesNotContain(TWICE);
		assertThat(org.jsoup.Jsoup.parse(body).text()).isEqualTo("Le groupe Procter & Gamble rachète l'usine d'Oran.");
	}

	private Newsdesk.Written publish(String headline, String standfirst, String body, String section) {
		return newsdesk.create(new ArticleDraft(headline, standfirst, body, section, List.of(), null, null,
				new LeadImage(null, null, null), ArticleStatus.PUBLISHED, Instant.now().minusSeconds(5), true, null),
				0);
	}

}
