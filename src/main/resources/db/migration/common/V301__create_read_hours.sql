-- Reads per article and hour, for most-read lists and newsroom charts. Each flush adds
-- to the row of its hour (reads = reads + n), as it does to read_total.
CREATE TABLE read_hour (
    article_id BIGINT NOT NULL,
    hour_start TIMESTAMP WITH TIME ZONE NOT NULL,
    reads      BIGINT NOT NULL,
    PRIMARY KEY (article_id, hour_start)
);
