package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueNode;
import org.kiosque.support.KiosqueTest;
import org.kiosque.support.SecondNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Two nodes on one database, the second keeping articles and page copies an hour
 * ({@link SecondNode}): an article edited on the first shows edited on the second within
 * a few seconds (the change log), and withdrawn, it is gone there as soon.
 */
@KiosqueTest
class ArticleEditsAcrossNodesTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Newsdesk desk;

	@Test
	void anArticleEditedOnOneNodeShowsEditedOnTheOtherWithinSeconds() {
		KiosqueNode two = SecondNode.beside(context);
		String headline = "Le tramway prolongé " + System.nanoTime();
		var written = desk.create(draft(headline, "Les travaux commencent.", ArticleStatus.PUBLISHED), 0);
		assertThat(page(two, written.path()).text()).contains("Les travaux commencent.");

		desk.update(written.id(), draft(headline, "Les travaux sont repoussés.", ArticleStatus.PUBLISHED));
		long changed = System.nanoTime();
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> page(two, written.path()).text().contains("Les travaux sont repoussés."));
		System.out.printf("Article edited on one node, shown edited by the other after %d ms%n",
				Duration.ofNanos(System.nanoTime() - changed).toMillis());

		desk.update(written.id(), draft(headline, "Les travaux sont repoussés.", ArticleStatus.UNPUBLISHED));
		await().atMost(Duration.ofSeconds(5)).until(() -> page(two, written.path()).status() == 410);
	}

	private static Browser.Page page(KiosqueNode node, String path) {
		return new Browser(node.port).get(path);
	}

	private static ArticleDraft draft(String headline, String body, ArticleStatus status) {
		return new ArticleDraft(headline, "Le chapeau.", body, null, List.of(), null, null,
				new LeadImage(null, null, null), status, Instant.now().minusSeconds(60), true, null);
	}

}
