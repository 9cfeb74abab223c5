package org.kiosque.article;

import java.time.Clock;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.kiosque.site.CacheSettings;
import org.springframework.stereotype.Component;

/**
 * Which article ids the public may read, from memory, for the read beacon, which arrives
 * with nothing but an id: each id is looked up at most once per
 * {@code kiosque.cache.article-ttl}, like article pages.
 */
@Component
public class PublishedArticleIds {

	private final LoadingCache<Long, Boolean> published;

	PublishedArticleIds(ArticleRepository articles, Clock clock, CacheSettings cache) {
		this.published = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterWrite(cache.articleTtl())
			.build(id -> articles.publishedById(id, clock.instant()).isPresent());
	}

	/** True when the public may read the article {@code articleId}. */
	public boolean isPublished(long articleId) {
		return published.get(articleId);
	}

	/** Forgets every answer, after a change ({@link ArticleCaches}). */
	void forget() {
		published.invalidateAll();
	}

}
