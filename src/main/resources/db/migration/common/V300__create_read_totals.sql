-- One row per article, created with the article, so that counting is always a plain
-- atomic UPDATE (reads = reads + n) that several nodes can run at once.
CREATE TABLE read_total (
    article_id BIGINT PRIMARY KEY,
    reads      BIGINT NOT NULL DEFAULT 0
);
