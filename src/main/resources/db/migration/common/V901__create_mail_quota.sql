-- Mail a stranger can make the site send, counted per recipient and per source in fixed
-- windows, shared by every node. One row per (key, window): a request adds one to its row
-- with a conditional UPDATE (or makes the row), so counting is atomic on any number of
-- nodes. Keys are hashes: the table holds no address, e-mail or IP.
CREATE TABLE mail_quota (
    quota_key    VARCHAR(100) NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    hits         INTEGER      NOT NULL,
    CONSTRAINT mail_quota_pk PRIMARY KEY (quota_key, window_start)
);
CREATE INDEX mail_quota_age ON mail_quota (window_start);
