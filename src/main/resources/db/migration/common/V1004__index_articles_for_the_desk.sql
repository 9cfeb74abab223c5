-- The newsroom's list of articles: newest change first, whole or by status, section or
-- author, a page of 50 at a time even with 100 000 articles.
CREATE INDEX article_changed ON article (changed_at, id);
CREATE INDEX article_status_changed ON article (status, changed_at, id);
CREATE INDEX article_section_changed ON article (section_id, changed_at, id);
CREATE INDEX article_author_changed ON article (author_id, changed_at, id);
