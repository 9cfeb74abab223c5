package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@KiosqueTest
class FrontPageTests {

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Test
	void unknownPageGetsTheSitesOwn404() {
		var page = new Browser(port).get("/article/nothing-here-" + System.nanoTime());
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.html().select("h1").text()).isEqualTo("Page introuvable");
		assertThat(page.text()).contains("Connectez-vous");
	}

	@Test
	void editedHeadlineKeepsTheOldAddressWorkingByRedirect() {
		String headline = "Un titre provisoire " + System.nanoTime();
		var written = newsdesk.create(draft(headline), 0);
		var renamed = newsdesk.update(written.id(), draft("Le titre définitif " + System.nanoTime()));

		var old = new Browser(port).get(written.path());
		assertThat(old.status()).isEqualTo(301);
		assertThat(old.location()).isEqualTo(renamed.path());
		assertThat(new Browser(port).get(renamed.path()).status()).isEqualTo(200);
	}

	@Test
	void draftsAndFutureArticlesStayOutOfPublicView() {
		var draft = newsdesk.create(new ArticleDraft("Brouillon " + System.nanoTime(), null, "Texte.", null, List.of(),
				null, null, new LeadImage(null, null, null), ArticleStatus.DRAFT, null, true, null), 0);
		var scheduled = newsdesk.create(new ArticleDraft("Programmé " + System.nanoTime(), null, "Texte.", null,
				List.of(), null, null, new LeadImage(null, null, null), ArticleStatus.SCHEDULED,
				Instant.now().plus(1, ChronoUnit.DAYS), true, null), 0);

		assertThat(new Browser(port).get(draft.path()).status()).isEqualTo(404);
		assertThat(new Browser(port).get(scheduled.path()).status()).isEqualTo(404);
		var home = new Browser(port).get("/");
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.html().select("aside section.newsletter h2").text()).isEqualTo("Inscription à la newsletter");
		assertThat(home.body()).doesNotContain(draft.slug()).doesNotContain(scheduled.slug());
	}

	static ArticleDraft draft(String headline) {
		return new ArticleDraft(headline, "Le chapeau.", "Premier paragraphe.\n\nSecond paragraphe.", null,
				List.of("Essai"), null, "AFP", new LeadImage(null, "Une légende", "AFP"), ArticleStatus.PUBLISHED,
				Instant.now().minusSeconds(60), true, null);
	}

}
