package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kiosque.ingest.DispatchImport;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.json.JsonMapper;

/**
 * What search engines and link previews show of an article: its meta description, and the
 * same text as the JSON-LD's description. Plain text derived once from the body, escaped
 * once by whoever writes it, measured and cut in characters.
 */
@KiosqueTest
class ArticleDescriptionTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	DispatchImport importer;

	@Test
	void aDispatchsFirstParagraphIsItsDescriptionEscapedOnce() {
		long n = System.nanoTime();
		String dispatch = "Connectez-vous\n\nRachat à Oran " + n
				+ "\n\n1er mai 2025\n\nLe groupe Procter & Gamble rachète l'usine d'Oran. [APS]\n\n\u00a0"
				+ "\nNombre de lectures : 3 fois\n";
		var imported = (DispatchImport.Imported) importer.importBytes(dispatch.getBytes(StandardCharsets.UTF_8),
				DispatchImport.Options.published(null));

		var page = new Browser(port).get(java.net.URI.create(imported.url()).getPath());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).doesNotContain("&amp;amp;", "&amp;#39;", "&amp;#x27;")
			.contains("content=\"Le groupe Procter &amp; Gamble rachète l&#39;usine d&#39;Oran.\"");
		assertThat(description(page)).isEqualTo("Le groupe Procter & Gamble rachète l'usine d'Oran.");
		assertThat(jsonLd(page).path("description").asString())
			.isEqualTo("Le groupe Procter & Gamble rachète l'usine d'Oran.");
	}

	@Test
	void entitiesAreMeasuredAsTheCharactersTheyStandFor() {
		// 159 characters of text, 319 of entity text: it fits in 160 and is not cut.
		String body = String.join(" ", java.util.Collections.nCopies(40, "R&D"));
		var written = publish("Recherche " + System.nanoTime(), null, body);

		var page = new Browser(port).get(written.path());

		assertThat(description(page)).isEqualTo(body).hasSize(159);
		assertThat(jsonLd(page).path("description").asString()).isEqualTo(body);
	}

	@Test
	void aStandfirstWithQuotesAndMarkupIsEscapedOnceAndCutAt160() {
		String standfirst = "« L'usine » de \"Procter & Gamble\" <b>rachetée</b> à Oran";
		var page = new Browser(port).get(publish("Chapeau " + System.nanoTime(), standfirst, "Corps.").path());
		assertThat(description(page)).isEqualTo(standfirst);
		assertThat(jsonLd(page).path("description").asString()).isEqualTo(standfirst);
		assertThat(page.body()).doesNotContain("&amp;amp;", "&amp;#39;", "&amp;quot;", "&amp;#34;", "&amp;lt;");

		String longer = "Un chapeau très long, " + "avec des mots & des apostrophes d'usage ".repeat(20);
		String cut = description(
				new Browser(port).get(publish("Long chapeau " + System.nanoTime(), longer, "Corps.").path()));
		assertThat(cut).hasSizeLessThanOrEqualTo(160).endsWith("…").doesNotContain("&amp;");
		assertThat(longer).startsWith(cut.substring(0, cut.length() - 1));
	}

	@Test
	void anEmojiOrAnAccentAtTheCutIsKeptWholeOrLeftOut() {
		for (String tail : List.of("\uD83D\uDE00", "\uD83D\uDC69\u200D\uD83D\uDC67", "e\u0301e\u0301",
				"\uD83C\uDDE9\uD83C\uDDFF")) {
			String body = "x".repeat(158) + tail + " et la suite.";
			String description = description(
					new Browser(port).get(publish("Émoji " + System.nanoTime(), null, body).path()));
			assertThat(description).as(tail).hasSizeLessThanOrEqualTo(160).endsWith("…");
			assertThat(description.codePoints().noneMatch(c -> Character.isSurrogate((char) c) || c == 0xFFFD))
				.as(description)
				.isTrue();
			assertThat(description).as(tail).isIn("x".repeat(158) + "…", "x".repeat(158) + tail + "…");
		}
	}

	@Test
	void aBodySpacedOnlyWithNoBreakSpacesIsCutAtOne() {
		String body = String.join("\u00a0", java.util.Collections.nCopies(60, "mot"));
		String description = description(
				new Browser(port).get(publish("Insécables " + System.nanoTime(), null, body).path()));
		assertThat(description).hasSizeLessThanOrEqualTo(160).endsWith("mot…");
		assertThat(body).startsWith(description.substring(0, description.length() - 1));
	}

	private Newsdesk.Written publish(String headline, String standfirst, String body) {
		return newsdesk.create(new ArticleDraft(headline, standfirst, body, null, List.of(), null, null,
				new LeadImage(null, null, null), ArticleStatus.PUBLISHED, Instant.now().minusSeconds(5), true, null),
				0);
	}

	private static String description(Browser.Page page) {
		assertThat(page.status()).isEqualTo(200);
		return page.html().select("meta[name=description]").attr("content");
	}

	private static tools.jackson.databind.JsonNode jsonLd(Browser.Page page) {
		return JsonMapper.shared().readTree(page.html().select("script[type=application/ld+json]").first().data());
	}

	@Test
	void withoutStandfirstTheDescriptionIsTheBodysOpeningCutAtAWord() {
		String body = "Le chef de l’Organisation nationale du *renseignement* de la Türkiye, Ibrahim Kalin, a rencontré\n"
				+ "samedi à Istanbul une délégation du Hamas.\n\nSelon des sources de sécurité turques citées par Anadolu, "
				+ "la rencontre a porté sur le plan de paix pour Gaza.";
		var written = newsdesk.create(new ArticleDraft("Sans chapeau " + System.nanoTime(), null, body, null, List.of(),
				null, "AA", new LeadImage(null, null, null), ArticleStatus.PUBLISHED, Instant.now().minusSeconds(5),
				true, null), 0);

		String description = new Browser(port).get(written.path())
			.html()
			.select("meta[name=description]")
			.attr("content");

		assertThat(description)
			.isEqualTo("Le chef de l’Organisation nationale du renseignement de la Türkiye, Ibrahim Kalin, "
					+ "a rencontré samedi à Istanbul une délégation du Hamas. Selon des sources de…");
		assertThat(description.length()).isLessThanOrEqualTo(160);
	}

	@Test
	void aShortBodyIsTheWholeDescription() {
		var written = newsdesk.create(new ArticleDraft("Court " + System.nanoTime(), "  ",
				"Une phrase.\n\nEt une autre.", null, List.of(), null, null, new LeadImage(null, null, null),
				ArticleStatus.PUBLISHED, Instant.now().minusSeconds(5), true, null), 0);

		assertThat(new Browser(port).get(written.path()).html().select("meta[name=description]").attr("content"))
			.isEqualTo("Une phrase. Et une autre.");
	}

}
