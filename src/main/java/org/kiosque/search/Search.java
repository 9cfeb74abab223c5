package org.kiosque.search;

import org.kiosque.article.ArticleCatalog;
import org.kiosque.article.ArticleChanged;
import org.kiosque.article.ArticlePage;
import org.kiosque.article.ArticleTeaser;
import org.kiosque.site.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Full-text search over published articles. The index lives in the server only: one-shot
 * commands run beside a server that holds the index's write lock, so they leave it alone
 * and the server catches up (events, then the periodic rebuild).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kiosque.command", havingValue = "false", matchIfMissing = true)
class Search {

	private static final Logger log = LoggerFactory.getLogger(Search.class);

	@Bean(destroyMethod = "destroy")
	ArticleIndex articleIndex(DataDirectory data) {
		return new ArticleIndex(data);
	}

	@Bean
	Indexer indexer(ArticleIndex index, ArticleCatalog catalog) {
		return new Indexer(index, catalog);
	}

	@Bean
	Reindex reindex(Indexer indexer) {
		return new Reindex(indexer);
	}

	/** Keeps the index in step with what the public may see. */
	static class Indexer {

		private final ArticleIndex index;

		private final ArticleCatalog catalog;

		Indexer(ArticleIndex index, ArticleCatalog catalog) {
			this.index = index;
			this.catalog = catalog;
		}

		// Durable: recorded in the event publication registry, retried after a crash.
		@ApplicationModuleListener
		void on(ArticleChanged changed) {
			catalog.byId(changed.articleId()).ifPresentOrElse(index::put, () -> index.remove(changed.articleId()));
		}

		/**
		 * At start, an index that does not hold exactly the published articles, or that
		 * the last run left with changes never committed (a crash: their events were
		 * already marked done), is rebuilt.
		 */
		@EventListener(ApplicationReadyEvent.class)
		void checkOnStart() {
			if (index.interrupted() || index.size() != catalog.countPublished()) {
				rebuild();
			}
		}

		/**
		 * Changes reach the disk on this timer (and at shutdown), not one fsync per
		 * change.
		 */
		@Scheduled(fixedDelayString = "${kiosque.search.commit-interval:PT30S}",
				initialDelayString = "${kiosque.search.commit-interval:PT30S}")
		void commit() {
			index.commit();
		}

		/**
		 * Rebuilt now and then: other nodes' edits, scheduled articles coming due and
		 * imports made by commands reach this node's index this way.
		 */
		@Scheduled(fixedDelayString = "${kiosque.search.rebuild-interval:PT10M}",
				initialDelayString = "${kiosque.search.rebuild-interval:PT10M}")
		void rebuild() {
			long started = System.nanoTime();
			int count = index.replaceAll(sink -> {
				for (int page = 1;; page++) {
					ArticlePage articles = catalog.latest(null, null, page, ArticleCatalog.MAX_PAGE_SIZE);
					for (ArticleTeaser teaser : articles.items()) {
						catalog.byId(teaser.id()).ifPresent(sink);
					}
					if (!articles.hasNext()) {
						break;
					}
				}
			});
			log.info("Search index rebuilt: {} articles in {} ms", count, (System.nanoTime() - started) / 1_000_000);
		}

	}

}
