package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.support.Browser;
import org.kiosque.support.DatabaseAvailable;
import org.kiosque.support.KiosqueNode;
import org.kiosque.support.NodesOnOneDatabase;

/**
 * Two nodes on one database, each keeping articles and page copies an hour: an article
 * edited on one shows edited on the other within a few seconds (the change log), and
 * withdrawn, it is gone there as soon.
 */
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
class ArticleEditsAcrossNodesTests {

	@RegisterExtension
	static final NodesOnOneDatabase NODES = new NodesOnOneDatabase("article_edit_nodes");

	@Test
	void anArticleEditedOnOneNodeShowsEditedOnTheOtherWithinSeconds() throws Exception {
		try (KiosqueNode one = NODES.start("one", NodesOnOneDatabase.LONG_LIVED_COPIES);
				KiosqueNode two = NODES.start("two", NodesOnOneDatabase.LONG_LIVED_COPIES)) {
			Newsdesk desk = one.bean(Newsdesk.class);
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
	}

	private static Browser.Page page(KiosqueNode node, String path) {
		return new Browser(node.port).get(path);
	}

	private static ArticleDraft draft(String headline, String body, ArticleStatus status) {
		return new ArticleDraft(headline, "Le chapeau.", body, null, List.of(), null, null,
				new LeadImage(null, null, null), status, Instant.now().minusSeconds(60), true, null);
	}

}
