-- An edited headline gets a new slug; the old one keeps answering with a redirect.
CREATE TABLE article_slug_history (
    slug       VARCHAR(200) PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE
);
