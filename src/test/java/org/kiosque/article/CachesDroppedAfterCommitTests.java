package org.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.kiosque.support.Browser;
import org.kiosque.support.KiosqueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Caches are dropped once the change is committed, not when it is announced: a reader who
 * asks while the change is still being written reloads the old row, and had the cache
 * been dropped before the commit, that old row would stay for the cache's whole life.
 * Each test reads through the cache from another thread between the change and its
 * commit, then expects the new value at once.
 */
@KiosqueTest
class CachesDroppedAfterCommitTests {

	/**
	 * Published long ago, so as not to push other tests' articles off the latest lists
	 * (all tests share one database).
	 */
	private static final Instant LONG_AGO = Instant.parse("2024-03-01T08:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	Newsdesk newsdesk;

	@Autowired
	ArticleCatalog catalog;

	@Autowired
	PublishedArticleIds publishedIds;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void anEditedArticleIsNotReloadedOldBeforeItsCommit() {
		var article = newsdesk.create(draft("Avant " + System.nanoTime(), ArticleStatus.PUBLISHED), 0);
		assertThat(catalog.byId(article.id())).isPresent();

		String edited = "Après " + System.nanoTime();
		inOneTransaction(() -> newsdesk.update(article.id(), draft(edited, ArticleStatus.PUBLISHED)), () -> {
			assertThat(catalog.byId(article.id()).orElseThrow().headline()).as("not committed yet")
				.doesNotContain(edited);
			return null;
		});

		assertThat(catalog.byId(article.id()).orElseThrow().headline()).isEqualTo(edited);
	}

	@Test
	void anUnpublishedArticleIsNoLongerCountedAtOnce() {
		var article = newsdesk.create(draft("Retiré " + System.nanoTime(), ArticleStatus.PUBLISHED), 0);
		assertThat(publishedIds.isPublished(article.id())).isTrue();

		inOneTransaction(() -> newsdesk.update(article.id(), draft("Retiré", ArticleStatus.DRAFT)),
				() -> publishedIds.isPublished(article.id()));

		assertThat(publishedIds.isPublished(article.id())).isFalse();
		assertThat(catalog.byId(article.id())).isEmpty();
	}

	@Test
	void aPageCopyMadeWhileTheChangeIsWrittenIsNotServedAfterIt() {
		String headline = "Copie " + System.nanoTime();
		var article = newsdesk.create(draft(headline, ArticleStatus.PUBLISHED), 0);
		// The same headline keeps the slug, so the page stays where it is.
		var edited = new ArticleDraft(headline, "Chapeau changé " + System.nanoTime(), "Texte.", null, List.of(), null,
				"AFP", new LeadImage(null, null, null), ArticleStatus.PUBLISHED, LONG_AGO, true, null);
		inOneTransaction(() -> newsdesk.update(article.id(), edited),
				() -> new Browser(port).get(article.path()).body());

		var page = new Browser(port).get(article.path());
		assertThat(page.body()).contains(edited.standfirst());
	}

	/**
	 * Makes {@code change} in a transaction, and before it commits reads through the
	 * caches from another thread with {@code meanwhile}.
	 */
	private void inOneTransaction(Runnable change, Supplier<?> meanwhile) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			change.run();
			try {
				CompletableFuture.supplyAsync(meanwhile).get(30, TimeUnit.SECONDS);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private static ArticleDraft draft(String headline, ArticleStatus status) {
		return new ArticleDraft(headline, "Chapeau.", "Texte.", null, List.of(), null, "AFP",
				new LeadImage(null, null, null), status, LONG_AGO, true, null);
	}

}
