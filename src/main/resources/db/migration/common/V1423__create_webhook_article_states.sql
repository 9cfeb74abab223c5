-- What the webhooks last saw of each article's status, to tell a first publication
-- (article.published) from an edit (article.updated) and an unpublication: the article
-- feature announces only that an article changed (ArticleChanged).
CREATE TABLE webhook_article_states (
    article_id BIGINT      NOT NULL PRIMARY KEY,
    status     VARCHAR(16) NOT NULL
);
