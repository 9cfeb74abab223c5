package org.kiosque.article;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops this feature's caches once a change is committed. Dropped sooner, a reader
 * arriving between the change and its commit would load the old row back, to be served
 * for a whole {@code kiosque.cache.article-ttl}.
 * <p>
 * A bean of its own rather than listeners on the caches: Spring Modulith records every
 * after-commit listener's publications and wraps its bean in a proxy, which the catalog,
 * asked on every page made, is better without.
 */
@Component
class ArticleCaches {

	private final ArticleCatalog catalog;

	private final PublishedArticleIds publishedIds;

	ArticleCaches(ArticleCatalog catalog, PublishedArticleIds publishedIds) {
		this.catalog = catalog;
		this.publishedIds = publishedIds;
	}

	/**
	 * First of every listener after the commit: the search indexer, which runs on another
	 * thread once its turn comes, must read the article anew, not the copy kept from
	 * before the change (an unpublished article would be indexed again).
	 */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(ArticleChanged changed) {
		catalog.forget();
		publishedIds.forget();
	}

	/**
	 * A section or tag changed: cached articles print its old name (kicker, tags), so
	 * they go too. The navigation itself is never cached
	 * ({@link ArticleCatalog#sections}).
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(SectionChanged changed) {
		catalog.forget();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(TagChanged changed) {
		catalog.forget();
	}

}
