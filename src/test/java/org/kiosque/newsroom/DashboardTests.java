package org.kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.kiosque.account.Role;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.HtmlValidityTests;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.StaffSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The newsroom's home is a dashboard: each feature's panel shows what waits at its desk
 * (an article submitted for review, the next scheduled one, a comment to moderate) and
 * links to it; a contributor sees only the panels of the desks they may open.
 */
@KiosqueTest
class DashboardTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEditorSeesTheSubmittedTheScheduledAndThePendingComment() {
		String marker = String.valueOf(System.nanoTime());
		long review = newsdesk.create(draft("À relire " + marker, ArticleStatus.IN_REVIEW, Instant.now()), 0).id();
		// Sooner than anything another test schedules, later than the test lasts.
		long scheduled = newsdesk
			.create(draft("Programmé " + marker, ArticleStatus.SCHEDULED, Instant.now().plus(3, ChronoUnit.MINUTES)), 0)
			.id();
		long published = newsdesk.create(draft("Publié " + marker, ArticleStatus.PUBLISHED, Instant.now()), 0).id();
		jdbc.sql(
				"""
						INSERT INTO comment (article_id, author_name, author_email, body, fingerprint, status, ip,
						  from_newsroom, report_count, created_at)
						VALUES (:article, 'Lectrice', 'lectrice@exemple.fr', :body, 'f', 'PENDING', '192.0.2.1', FALSE, 0, :now)""")
			.param("article", published)
			.param("body", "Un commentaire à modérer " + marker)
			.param("now", java.time.OffsetDateTime.now())
			.update();
		Browser editor = StaffSession.signedIn(context, port, Role.EDITOR);

		Browser.Page home = editor.get("/newsroom");

		assertThat(home.status()).isEqualTo(200);
		Document page = home.html();
		assertThat(page.select("#panel-review a[href=/newsroom/articles/" + review + "]").text())
			.isEqualTo("À relire " + marker);
		assertThat(page.select("#panel-review h2 a").attr("href")).isEqualTo("/newsroom/articles?status=IN_REVIEW");
		assertThat(page.select("#panel-schedule a[href=/newsroom/articles/" + scheduled + "]").text())
			.isEqualTo("Programmé " + marker);
		assertThat(page.select("#panel-schedule h2 a").attr("href")).isEqualTo("/newsroom/schedule");
		assertThat(page.select("#panel-moderation").text()).contains("Un commentaire à modérer " + marker)
			.containsPattern("\\d+ commentaires? attend");
		assertThat(page.select("#panel-moderation h2 a").attr("href")).isEqualTo("/newsroom/comments");
		assertThat(page.select("#panel-reads h2 a").attr("href")).isEqualTo("/newsroom/statistics");
		assertThat(page.select("#panel-reads .panel-summary").text()).endsWith("aujourd’hui depuis minuit.");
		assertThat(page.select("#panel-editions h2 a").attr("href")).isEqualTo("/newsroom/newsletter");
		assertThat(HtmlValidityTests.errors(home.body())).isEmpty();
	}

	@Test
	void aContributorSeesOnlyThePanelsOfTheirDesksAndOnlyTheirOwnArticles() {
		long others = newsdesk
			.create(draft("Pas le sien " + System.nanoTime(), ArticleStatus.IN_REVIEW, Instant.now()), 0)
			.id();
		Browser contributor = StaffSession.signedIn(context, port, Role.CONTRIBUTOR);

		Document page = contributor.get("/newsroom").html();

		assertThat(page.select(".dashboard .panel").eachAttr("id")).containsExactly("panel-review", "panel-reads");
		assertThat(page.select("#panel-review a[href=/newsroom/articles/" + others + "]")).isEmpty();
	}

	private static ArticleDraft draft(String headline, ArticleStatus status, Instant time) {
		return new ArticleDraft(headline, "Le chapeau.", "Le texte.", null, List.of(), "Service politique", null,
				new LeadImage(null, null, null), status, time.truncatedTo(ChronoUnit.SECONDS), true, null);
	}

}
