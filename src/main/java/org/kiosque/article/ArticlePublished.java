package org.kiosque.article;

import java.time.Instant;

/** An article became visible to the public (now, or at its scheduled time). */
public record ArticlePublished(long articleId, String slug, Instant publishedAt) {
}
