-- Single-use links mailed to readers. Only a SHA-256 hash of the token is kept.
CREATE TABLE account_token (
    token_hash VARCHAR(64) PRIMARY KEY,
    reader_id  BIGINT      NOT NULL REFERENCES reader (id) ON DELETE CASCADE,
    purpose    VARCHAR(20) NOT NULL,
    new_email  VARCHAR(254),
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX account_token_reader ON account_token (reader_id);
