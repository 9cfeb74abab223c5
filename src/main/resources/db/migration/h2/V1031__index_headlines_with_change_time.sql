-- The newsroom's headline search (ArticleRepository.ledger: LOWER(headline) LIKE '%…%')
-- on H2, which has no trigram index: the list's change-time indexes carry the headline, so
-- the search reads the headlines from the index, in change order, and fetches a row only
-- when its headline matches (H2 reads a row's other columns only when a condition or the
-- result needs them). Without it every headline read fetched its whole row: 1 s a search
-- that matches few of 100 000 articles.
DROP INDEX article_changed;
CREATE INDEX article_changed ON article (changed_at, id, headline);
DROP INDEX article_status_changed;
CREATE INDEX article_status_changed ON article (status, changed_at, id, headline);
DROP INDEX article_section_changed;
CREATE INDEX article_section_changed ON article (section_id, changed_at, id, headline);
DROP INDEX article_author_changed;
CREATE INDEX article_author_changed ON article (author_id, changed_at, id, headline);
