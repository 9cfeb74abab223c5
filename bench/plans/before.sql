-- The list queries as the code sent them before keyset paging (wave 7), for docs/benchmarks.md
-- "Keyset and flat queries". Run against a generate-archive schema:
--   psql -v small=debats -f bench/plans/before.sql   (search_path below: edit the schema)
SET search_path = keyset_bench; -- the schema generate-archive wrote into
\pset pager off
\echo '=== B1 section deep page (OFFSET = half the section), s.slug filter'
SELECT count(*) / 2 AS off FROM article a JOIN section s ON s.id = a.section_id WHERE s.slug = 'politique' AND a.status = 'PUBLISHED' \gset
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT a.id, a.slug, a.headline, a.standfirst, a.source, a.published_at, a.time_known, a.created_at, a.modified_at, a.image_url, a.image_caption, a.image_credit, a.picture_id, s.id AS section_id, s.slug AS section_slug, s.name AS section_name
 FROM article a LEFT JOIN section s ON s.id = a.section_id WHERE a.status = 'PUBLISHED' AND a.published_at <= now() AND s.slug = 'politique'
 ORDER BY a.published_at DESC, a.id DESC LIMIT 13 OFFSET :off;
\echo '=== B2 API deep page (OFFSET 50000), whole archive'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT a.id, a.slug, a.headline, a.published_at, a.modified_at, s.slug
 FROM article a LEFT JOIN section s ON s.id = a.section_id WHERE a.status = 'PUBLISHED' AND a.published_at <= now()
 ORDER BY a.published_at DESC, a.id DESC LIMIT 21 OFFSET 50000;
\echo '=== B3 front-page block: latest 30 of a small section, s.slug filter'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT a.id, a.slug, a.headline, a.published_at, s.slug
 FROM article a LEFT JOIN section s ON s.id = a.section_id WHERE a.status = 'PUBLISHED' AND a.published_at <= now() AND s.slug = :'small'
 ORDER BY a.published_at DESC, a.id DESC LIMIT 30 OFFSET 0;
\echo '=== B4 newsroom list deep page (OFFSET 9950)'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT a.id, a.slug, a.headline, a.status, s.name, a.changed_at
 FROM article a LEFT JOIN section s ON s.id = a.section_id WHERE 1 = 1 ORDER BY a.changed_at DESC, a.id DESC LIMIT 51 OFFSET 9950;
\echo '=== B5 sitemap months (GROUP BY)'
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT EXTRACT(YEAR FROM a.published_at AT TIME ZONE 'UTC') AS y, EXTRACT(MONTH FROM a.published_at AT TIME ZONE 'UTC') AS m,
 COUNT(*) AS n, MAX(a.published_at), MAX(a.modified_at) FROM article a WHERE a.status = 'PUBLISHED' AND a.published_at <= now()
 GROUP BY EXTRACT(YEAR FROM a.published_at AT TIME ZONE 'UTC'), EXTRACT(MONTH FROM a.published_at AT TIME ZONE 'UTC');
\echo '=== B6 same tags of an article carrying the most popular tag'
SELECT at.article_id AS art FROM article_tag at WHERE at.tag_id = (SELECT tag_id FROM article_tag GROUP BY tag_id ORDER BY count(*) DESC LIMIT 1) ORDER BY at.article_id DESC LIMIT 1 \gset
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT a.id, a.slug, a.headline, a.published_at FROM article a LEFT JOIN section s ON s.id = a.section_id
 WHERE a.status = 'PUBLISHED' AND a.published_at <= now() AND a.id <> :art AND a.id IN (SELECT other.article_id FROM article_tag own
 JOIN article_tag other ON other.tag_id = own.tag_id WHERE own.article_id = :art) ORDER BY a.published_at DESC, a.id DESC LIMIT 4;
\echo '=== B7 tag page deep (OFFSET = half the tag)'
SELECT t.slug AS tag, count(*) / 2 AS toff FROM article_tag at JOIN tag t ON t.id = at.tag_id GROUP BY t.slug ORDER BY count(*) DESC LIMIT 1 \gset
EXPLAIN (ANALYZE, BUFFERS, TIMING OFF) SELECT a.id, a.slug, a.published_at FROM article a LEFT JOIN section s ON s.id = a.section_id WHERE a.status = 'PUBLISHED' AND a.published_at <= now()
 AND EXISTS (SELECT 1 FROM article_tag at JOIN tag t ON t.id = at.tag_id WHERE at.article_id = a.id AND t.slug = :'tag')
 ORDER BY a.published_at DESC, a.id DESC LIMIT 13 OFFSET :toff;
