package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What search engines and link previews show of an article: its meta description. */
@KiosqueTest
class ArticleDescriptionTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

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
					+ "a rencontré samedi à Istanbul une délégation du Hamas. Selon des sources…");
		assertThat(description.length()).isLessThanOrEqualTo(161);
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
