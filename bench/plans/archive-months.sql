-- The sitemap index's months before and after the archive_month summary (V1810), on the
-- database generate-archive wrote into:
--   psql -d DB -f bench/plans/archive-months.sql
-- "Before" is the wave-7 loop (ArticleArchive.months up to V1810: a seek per month and an
-- index-only count of it) as a PL/pgSQL function, so that EXPLAIN (ANALYZE, BUFFERS) counts
-- the buffers of every statement it runs; "after" is what the code sends now: the summary's
-- rows for the months that are over, and the month in progress counted from its articles.
\pset pager off
CREATE OR REPLACE FUNCTION pg_temp.months_before_v1810() RETURNS TABLE (month_start timestamptz, articles bigint,
    last_published timestamptz, last_modified timestamptz) LANGUAGE plpgsql AS $$
DECLARE f timestamptz; mend timestamptz;
BEGIN
  SELECT MIN(a.published_at) INTO f FROM article a WHERE a.status = 'PUBLISHED' AND a.published_at <= now();
  WHILE f IS NOT NULL LOOP
    month_start := date_trunc('month', f AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
    mend := month_start + interval '1 month';
    SELECT COUNT(*), MAX(a.published_at), MAX(a.modified_at) INTO articles, last_published, last_modified
      FROM article a WHERE a.status = 'PUBLISHED' AND a.published_at <= now()
      AND a.published_at >= month_start AND a.published_at < mend;
    RETURN NEXT;
    SELECT MIN(a.published_at) INTO f FROM article a WHERE a.status = 'PUBLISHED' AND a.published_at <= now()
      AND a.published_at >= mend;
  END LOOP;
END $$;
\echo '=== before: the months loop (seek + index-only count per month)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM pg_temp.months_before_v1810();
\echo '=== after, 1/2: the months that are over, from archive_month'
EXPLAIN (ANALYZE, BUFFERS) SELECT month_start, articles, last_modified FROM archive_month
 WHERE month_start < CAST(date_trunc('month', now() AT TIME ZONE 'UTC') AS DATE) AND articles > 0 ORDER BY month_start;
\echo '=== after, 2/2: the month in progress, from its articles (article_published_order)'
EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*), MAX(a.published_at), MAX(a.modified_at) FROM article a
 WHERE a.status = 'PUBLISHED' AND a.published_at <= now()
 AND a.published_at >= date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
 AND a.published_at < (date_trunc('month', now() AT TIME ZONE 'UTC') + interval '1 month') AT TIME ZONE 'UTC';
\echo '=== what a publication adds: its month recounted (ArchiveMonths.recount: COUNT of one month)'
EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*), MAX(published_at), MAX(modified_at) FROM article
 WHERE status = 'PUBLISHED' AND published_at >= '2021-03-01T00:00:00Z' AND published_at < '2021-04-01T00:00:00Z';
