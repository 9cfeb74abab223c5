package org.kiosque.article;

import org.kiosque.site.AfterCommit;
import org.kiosque.site.ChangedElsewhere;
import org.kiosque.site.SiteSettingChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drops this feature's caches once a change is committed ({@link AfterCommit}: no durable
 * publication for a memory cache). Dropped sooner, a reader arriving between the change
 * and its commit would load the old row back, to be served for a whole
 * {@code kiosque.cache.article-ttl}.
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
	 * Before every durable listener after the commit ({@link AfterCommit} runs first):
	 * the search indexer, which runs on another thread, must read the article anew, not
	 * the copy kept from before the change (an unpublished article would be indexed
	 * again).
	 */
	@EventListener
	void on(ArticleChanged changed) {
		AfterCommit.run(() -> {
			catalog.forget();
			publishedIds.forget();
		});
	}

	/**
	 * A section or tag changed: cached articles print its old name (kicker, tags), so
	 * they go too. The navigation itself is never cached
	 * ({@link ArticleCatalog#sections}).
	 */
	@EventListener
	void on(SectionChanged changed) {
		AfterCommit.run(catalog::forget);
	}

	@EventListener
	void on(TagChanged changed) {
		AfterCommit.run(catalog::forget);
	}

	/** A site setting changed: cached articles may print the old address or language. */
	@EventListener
	void on(SiteSettingChanged changed) {
		AfterCommit.run(catalog::forget);
	}

	/** The same drops for the same changes made on another node. */
	@EventListener
	void on(ChangedElsewhere change) {
		if (change.is(ArticleChanged.class)) {
			catalog.forget();
			publishedIds.forget();
		}
		else if (change.is(SectionChanged.class) || change.is(SectionAdded.class) || change.is(TagChanged.class)
				|| change.is(SiteSettingChanged.class)) {
			catalog.forget();
		}
	}

}
