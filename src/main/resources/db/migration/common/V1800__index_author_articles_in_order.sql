-- An author's page, newest first, paged by keyset (published_at, id) like a section's:
-- one seek in the author's own articles (the byline is checked on the rows read), not a
-- sort of all of them.
CREATE INDEX article_author_order ON article (author_id, status, published_at, id);
