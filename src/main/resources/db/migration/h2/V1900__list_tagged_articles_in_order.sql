-- A tag's pages, newest first, read from one index like a section's: each row of
-- article_tag carries a copy of its article's section, status and publication time, so
-- that a tag's published articles are one range of an index in publication order. Before,
-- a tag page walked back through the newest articles of the whole archive until it had a
-- page of the tag's (5 095 rows for a rare tag at 100 000 articles on H2, 15 479 buffers
-- on PostgreSQL), and the content API's section and tag together sorted the tag's rows.
-- Kept by org.kiosque.article.TagListings in the transaction of every write that changes
-- an article's section, status or publication time; filled here from the articles.
-- H2's way (PostgreSQL's is beside it, the same schema): H2 copies the whole table for
-- each ALTER TABLE that adds columns, so the three come in one statement, one copy instead
-- of three (545 s at 100 000 articles before, under load). Making status NOT NULL then
-- only checks the column (no copy).
ALTER TABLE article_tag ADD (section_id BIGINT, status VARCHAR(20), published_at TIMESTAMP WITH TIME ZONE);

UPDATE article_tag SET (section_id, status, published_at) =
    (SELECT a.section_id, a.status, a.published_at FROM article a WHERE a.id = article_tag.article_id);

ALTER TABLE article_tag ALTER COLUMN status SET NOT NULL;

-- A tag's page: one seek, then the page's rows in order.
CREATE INDEX article_tag_order ON article_tag (tag_id, status, published_at, article_id);
-- A section and a tag together (the content API): the same, within the section.
CREATE INDEX article_tag_section_order ON article_tag (tag_id, section_id, status, published_at, article_id);
