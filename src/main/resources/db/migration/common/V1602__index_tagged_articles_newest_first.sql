-- "À lire aussi" reads only the latest articles given each tag (highest ids first), so
-- that a tag of thousands of articles costs what a tag of ten does.
CREATE INDEX article_tag_newest ON article_tag (tag_id, article_id);
