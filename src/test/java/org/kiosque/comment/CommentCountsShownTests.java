package org.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;

/**
 * Approved comments are counted where the article is listed (the front page's teasers)
 * and beside its date on its own page; held ones are not.
 */
@KiosqueTest
class CommentCountsShownTests {

	@RegisterExtension
	CommentFixtures fixtures = new CommentFixtures();

	@Test
	void approvedCommentsAreCountedInTeasersAndOnTheArticlePage() {
		// Published now, so that it is among the front page's latest whatever other tests
		// published before.
		var article = fixtures.article(java.time.Instant.now());
		var first = fixtures.post(fixtures.reader(), article.path(), "Camille", CommentFixtures.email(),
				"Premier avis " + System.nanoTime());
		fixtures.post(fixtures.reader(), article.path(), "Louis", CommentFixtures.email(),
				"Second avis, en attente " + System.nanoTime());
		assertThat(count(article.path())).isNull();

		fixtures.approve(CommentFixtures.idFrom(first));

		assertThat(count(article.path())).isEqualTo("1 commentaire");
		var page = new Browser(fixtures.port()).get(article.path()).html();
		assertThat(page.select(".dateline .comment-count").text()).isEqualTo("1 commentaire");
		assertThat(page.select(".dateline .comment-count").attr("href")).isEqualTo("#commentaires");
	}

	/** The comment count of the article's teaser on the front page, if it shows one. */
	private String count(String path) {
		Element teaser = new Browser(fixtures.port()).get("/")
			.html()
			.select("a[href=\"" + path + "\"]")
			.stream()
			.map(a -> a.closest("li.teaser, article.lead-story"))
			.filter(e -> e != null)
			.findFirst()
			.orElseThrow(() -> new AssertionError("Not on the front page: " + path));
		Element count = teaser.selectFirst(".comment-count");
		return count == null ? null : count.text();
	}

}
