package org.kiosque.article;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.kiosque.reading.PublishedArticles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the read beacon which ids are published articles, from memory: each id is looked
 * up at most once per {@code kiosque.cache.article-ttl}, like article pages.
 */
@Component
class PublishedArticleIds implements PublishedArticles {

	private final LoadingCache<Long, Boolean> published;

	PublishedArticleIds(ArticleRepository articles, Clock clock,
			@Value("${kiosque.cache.article-ttl:30s}") Duration ttl) {
		this.published = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterWrite(ttl)
			.build(id -> articles.publishedById(id, clock.instant()).isPresent());
	}

	@Override
	public boolean isPublished(long articleId) {
		return published.get(articleId);
	}

	/** Forgets every answer, after a change ({@link ArticleCaches}). */
	void forget() {
		published.invalidateAll();
	}

}
