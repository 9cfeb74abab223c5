-- Public listings and the content API read published articles newest first and page by
-- keyset (published_at, id): with id in the index, a page after a keyset is one seek.
CREATE INDEX article_published_order ON article (status, published_at, id);
