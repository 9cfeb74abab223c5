-- A section's pages, newest first, paged by keyset (published_at, id): one seek.
CREATE INDEX article_section_order ON article (section_id, status, published_at, id);
