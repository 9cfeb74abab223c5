package org.kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.article.ArticleDraft;
import org.kiosque.article.ArticleStatus;
import org.kiosque.article.LeadImage;
import org.kiosque.article.Newsdesk;
import org.kiosque.support.Browser;
import org.kiosque.support.DatabaseAvailable;
import org.kiosque.support.KiosqueNode;
import org.kiosque.support.NodesOnOneDatabase;

/**
 * Two nodes on one database, each with its own search index: what one publishes, edits or
 * withdraws is found (or no longer found) by the other's search within 5 seconds, through
 * the change log, without any whole rebuild; a node stopped while articles were published
 * catches up from the log at its start, indexing those articles only.
 */
@ExtendWith(DatabaseAvailable.class)
@Tag("database")
class SearchAcrossNodesTests {

	/** The promise: current on every node within 5 seconds. */
	private static final Duration WITHIN = Duration.ofSeconds(5);

	@RegisterExtension
	static final NodesOnOneDatabase NODES = new NodesOnOneDatabase("search_nodes");

	@Test
	void aPublicationAnEditAndAWithdrawalOnOneNodeShowInTheOthersSearchWithinFiveSeconds() throws Exception {
		try (KiosqueNode one = NODES.start("one"); KiosqueNode two = NODES.start("two")) {
			Newsdesk desk = one.bean(Newsdesk.class);
			String word = "escale" + System.nanoTime();
			var written = desk.create(draft("Le cargo fait " + word, ArticleStatus.PUBLISHED), 0);
			long published = System.nanoTime();
			await().atMost(WITHIN).until(() -> found(two, word).equals(List.of(written.path())));
			long seen = System.nanoTime();

			String revised = "relache" + System.nanoTime();
			var edited = desk.update(written.id(),
					draft("Le cargo fait " + word + " " + revised, ArticleStatus.PUBLISHED));
			await().atMost(WITHIN).until(() -> found(two, revised).equals(List.of(edited.path())));

			desk.update(written.id(), draft("Le cargo fait " + word + " " + revised, ArticleStatus.UNPUBLISHED));
			await().atMost(WITHIN).until(() -> found(two, word).isEmpty());

			System.out.printf("Published on one node, found by the other's search after %d ms%n",
					Duration.ofNanos(seen - published).toMillis());
			assertThat(indexer(two).rebuilds()).as("only the first start's, of an empty index").isOne();
			assertThat(indexer(one).rebuilds()).isOne();
		}
	}

	@Test
	void aNodeStartedBehindCatchesUpFromTheLogNotFromZero() throws Exception {
		String before = "avant" + System.nanoTime();
		try (KiosqueNode one = NODES.start("first"); KiosqueNode two = NODES.start("second")) {
			Newsdesk desk = one.bean(Newsdesk.class);
			for (int i = 0; i < 5; i++) {
				desk.create(draft("Les vendanges " + before + " numéro " + i, ArticleStatus.PUBLISHED), 0);
			}
			await().atMost(WITHIN).until(() -> found(two, before).size() == 5);
			two.close();

			String meanwhile = "pendant" + System.nanoTime();
			for (int i = 0; i < 3; i++) {
				desk.create(draft("La récolte " + meanwhile + " numéro " + i, ArticleStatus.PUBLISHED), 0);
			}

			try (KiosqueNode again = NODES.start("second")) {
				await().atMost(WITHIN).until(() -> found(again, meanwhile).size() == 3);
				assertThat(found(again, before)).hasSize(5);
				Search.Indexer indexer = indexer(again);
				assertThat(indexer.rebuilds()).as("no whole rebuild").isZero();
				assertThat(indexer.followed()).as("the three articles published while it was away, not all eight")
					.isBetween(3L, 7L);
			}
		}
	}

	private static Search.Indexer indexer(KiosqueNode node) {
		return node.bean(Search.Indexer.class);
	}

	private static List<String> found(KiosqueNode node, String words) {
		var page = new Browser(node.port).get("/recherche?q=" + words);
		assertThat(page.status()).isEqualTo(200);
		return page.html().select(".search-hits a").eachAttr("href");
	}

	private static ArticleDraft draft(String headline, ArticleStatus status) {
		return new ArticleDraft(headline, "Le chapeau.", "Premier paragraphe.", null, List.of(), null, null,
				new LeadImage(null, null, null), status, Instant.now().minusSeconds(60), true, null);
	}

}
