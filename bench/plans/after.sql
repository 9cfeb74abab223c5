-- The same lists as the code sends them now (keyset, section_id, month seeks), at the same
-- depths as before.sql; the CREATE INDEX of V1600-V1602 must have run (the server's migrations).
--   psql -v small=debats -f bench/plans/after.sql
SET search_path = keyset_bench; -- the schema generate-archive wrote into
\pset pager off
\echo '=== A1 section deep page by keyset (same depth), section_id'
SELECT count(*) / 2 AS off FROM article a JOIN section s ON s.id = a.section_id WHERE s.slug = 'politique' AND a.status = 'PUBLISHED' \gset
SELECT a.published_at AS kat, a.id AS kid FROM article a WHERE a.section_id = (SELECT id FROM section WHERE slug = 'politique') AND a.status = 'PUBLISHED' AND a.published_at <= now() ORDER BY a.published_at DESC, a.id DESC LIMIT 1 OFFSET :off \gset
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT a.id, a.slug, a.headline, a.standfirst, a.source, a.published_at, a.time_known, a.created_at, a.modified_at, a.image_url, a.image_caption, a.image_credit, a.picture_id, s.id AS section_id, s.slug AS section_slug, s.name AS section_name
 FROM article a LEFT JOIN section s ON s.id = a.section_id WHERE a.status = 'PUBLISHED' AND a.published_at <= now()
 AND a.section_id = (SELECT id FROM section WHERE slug = 'politique')
 AND a.published_at <= :'kat' AND (a.published_at < :'kat' OR a.id < :kid) ORDER BY a.published_at DESC, a.id DESC LIMIT 13;
\echo '=== A2 API deep page by cursor (same depth 50000)'
SELECT a.published_at AS kat, a.id AS kid FROM article a WHERE a.status = 'PUBLISHED' AND a.published_at <= now() ORDER BY a.published_at DESC, a.id DESC LIMIT 1 OFFSET 50000 \gset
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT a.id, a.slug, a.headline, a.published_at, a.modified_at, s.slug
 FROM article a LEFT JOIN section s ON s.id = a.section_id WHERE a.status = 'PUBLISHED' AND a.published_at <= now()
 AND a.published_at <= :'kat' AND (a.published_at < :'kat' OR a.id < :kid) ORDER BY a.published_at DESC, a.id DESC LIMIT 21;
\echo '=== A3 front-page block: latest 30 of a small section, section_id'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT a.id, a.slug, a.headline, a.published_at, s.slug
 FROM article a LEFT JOIN section s ON s.id = a.section_id WHERE a.status = 'PUBLISHED' AND a.published_at <= now() AND a.section_id = (SELECT id FROM section WHERE slug = :'small')
 ORDER BY a.published_at DESC, a.id DESC LIMIT 30 OFFSET 0;
\echo '=== A4 newsroom list by keyset (same depth 9950)'
SELECT a.changed_at AS cat, a.id AS cid FROM article a ORDER BY a.changed_at DESC, a.id DESC LIMIT 1 OFFSET 9949 \gset
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT a.id, a.slug, a.headline, a.status, s.name, a.changed_at
 FROM article a LEFT JOIN section s ON s.id = a.section_id WHERE 1 = 1 AND a.changed_at <= :'cat' AND (a.changed_at < :'cat' OR a.id < :cid)
 ORDER BY a.changed_at DESC, a.id DESC LIMIT 51 OFFSET 0;
\echo '=== A5 sitemap months: first seek, one month counted, next seek'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT MIN(a.published_at) FROM article a WHERE a.status = 'PUBLISHED' AND a.published_at <= now();
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT COUNT(*), MAX(a.published_at), MAX(a.modified_at) FROM article a WHERE a.status = 'PUBLISHED' AND a.published_at <= now()
 AND a.published_at >= '2021-03-01T00:00:00Z' AND a.published_at < '2021-04-01T00:00:00Z';
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT MIN(a.published_at) FROM article a WHERE a.status = 'PUBLISHED' AND a.published_at <= now() AND a.published_at >= '2021-04-01T00:00:00Z';
\echo '=== A6 same tags: the 50 latest ids of each tag, then 4 newest published'
SELECT at.article_id AS art FROM article_tag at WHERE at.tag_id = (SELECT tag_id FROM article_tag GROUP BY tag_id ORDER BY count(*) DESC LIMIT 1) ORDER BY at.article_id DESC LIMIT 1 \gset
SELECT tag_id AS t1 FROM article_tag WHERE article_id = :art ORDER BY tag_id LIMIT 1 \gset
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT article_id FROM article_tag WHERE tag_id = :t1 AND article_id <> :art ORDER BY article_id DESC LIMIT 50;
\echo '=== A7 tag page by keyset (same depth)'
SELECT t.slug AS tag, count(*) / 2 AS toff FROM article_tag at JOIN tag t ON t.id = at.tag_id GROUP BY t.slug ORDER BY count(*) DESC LIMIT 1 \gset
SELECT a.published_at AS kat, a.id AS kid FROM article a WHERE a.status = 'PUBLISHED' AND a.published_at <= now() AND EXISTS (SELECT 1 FROM article_tag at WHERE at.article_id = a.id AND at.tag_id = (SELECT id FROM tag WHERE slug = :'tag')) ORDER BY a.published_at DESC, a.id DESC LIMIT 1 OFFSET :toff \gset
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT a.id, a.slug, a.published_at FROM article a LEFT JOIN section s ON s.id = a.section_id WHERE a.status = 'PUBLISHED' AND a.published_at <= now()
 AND EXISTS (SELECT 1 FROM article_tag at WHERE at.article_id = a.id AND at.tag_id = (SELECT id FROM tag WHERE slug = :'tag'))
 AND a.published_at <= :'kat' AND (a.published_at < :'kat' OR a.id < :kid) ORDER BY a.published_at DESC, a.id DESC LIMIT 13;
\echo '=== A8 the months loop whole (PL/pgSQL stand-in for ArticleArchive.months)'
DO $$
DECLARE t0 timestamptz := clock_timestamp(); f timestamptz; mstart timestamptz; mend timestamptz; months int := 0; n bigint; total bigint := 0;
BEGIN
  SELECT MIN(published_at) INTO f FROM article WHERE status = 'PUBLISHED' AND published_at <= now();
  WHILE f IS NOT NULL LOOP
    mstart := date_trunc('month', f AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
    mend := mstart + interval '1 month';
    SELECT COUNT(*) INTO n FROM article WHERE status = 'PUBLISHED' AND published_at <= now() AND published_at >= mstart AND published_at < mend;
    PERFORM MAX(published_at), MAX(modified_at) FROM article WHERE status = 'PUBLISHED' AND published_at <= now() AND published_at >= mstart AND published_at < mend;
    months := months + 1; total := total + n;
    SELECT MIN(published_at) INTO f FROM article WHERE status = 'PUBLISHED' AND published_at <= now() AND published_at >= mend;
  END LOOP;
  RAISE NOTICE 'months loop: % months, % articles, % ms', months, total, round(extract(epoch FROM clock_timestamp() - t0) * 1000);
END $$;
