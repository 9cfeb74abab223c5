-- Public listings and the content API read published articles newest first and page by
-- keyset (published_at, id): with id in the index, a page after a keyset is one seek.
-- modified_at rides along so that the sitemap index counts a month and finds its latest
-- change from the index alone (index-only on PostgreSQL), not from the articles' rows.
CREATE INDEX article_published_order ON article (status, published_at, id, modified_at);
