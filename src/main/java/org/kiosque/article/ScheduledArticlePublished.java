package org.kiosque.article;

import java.time.Instant;

/**
 * A scheduled article went public: told once, by the one transaction (on one node) that
 * published it, whatever the number of nodes. Heard after commit; listeners whose loss
 * would lose work listen with {@code @ApplicationModuleListener} (durable).
 *
 * @param articleId the article
 * @param scheduledFor the time it was scheduled for, which stays its publication date
 * ({@code published_at}, {@code datePublished})
 * @param publishedAt when it was actually made public: at or after {@code scheduledFor},
 * by at most the check interval ({@code kiosque.schedule.publish-check}) in normal
 * running, later only when no node was up at the time (caught up at the next start)
 */
public record ScheduledArticlePublished(long articleId, Instant scheduledFor, Instant publishedAt) {
}
