-- The published archive summed up by calendar month (UTC), so that the sitemap index reads
-- one row a month instead of seeking and counting through every article: the month's first
-- day, how many PUBLISHED articles it holds (whatever their time: one still to come is
-- counted, and the index reads only months that are over) and the latest of their
-- publication and visible modification times. Kept by org.kiosque.article.ArchiveMonths in
-- the transaction of every write that changes an article's status or times; filled here
-- from the articles already written (the same statement as ArchiveMonths.FILL).
CREATE TABLE archive_month (
    month_start   DATE PRIMARY KEY,
    articles      INTEGER NOT NULL,
    last_modified TIMESTAMP WITH TIME ZONE
);

INSERT INTO archive_month (month_start, articles, last_modified)
SELECT month_start, COUNT(*), MAX(CASE WHEN modified_at > published_at THEN modified_at ELSE published_at END)
FROM (SELECT CAST(DATE_TRUNC('MONTH', published_at AT TIME ZONE 'UTC') AS DATE) AS month_start,
        published_at, modified_at
    FROM article WHERE status = 'PUBLISHED') published
GROUP BY month_start;
