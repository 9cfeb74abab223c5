-- Backfill: the status of every article that exists when webhooks arrive, so that the first
-- change of an article published before then is told as article.updated (or unpublished),
-- not as a new publication. A read of the article table once, at install; afterwards the
-- webhooks learn statuses only from ArticleChanged (org.kiosque.webhooks.ArticleWatch).
INSERT INTO webhook_article_states (article_id, status)
SELECT id, status FROM article
WHERE id NOT IN (SELECT article_id FROM webhook_article_states);
