-- Each source's polling state, one row per source key (db:<id> or settings:<name>): the claim
-- that lets one node poll it at a time (claimed_by until claimed_until), when it is next due,
-- the feed's validators for conditional requests, and its failures in a row.
CREATE TABLE wire_poll (
    source_key      VARCHAR(200) PRIMARY KEY,
    claimed_by      VARCHAR(40),
    claimed_until   TIMESTAMP WITH TIME ZONE,
    next_poll_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    etag            VARCHAR(500),
    last_modified   VARCHAR(100),
    failures        INT          NOT NULL,
    last_error      VARCHAR(2000),
    last_error_at   TIMESTAMP WITH TIME ZONE,
    last_success_at TIMESTAMP WITH TIME ZONE
);
