-- Only the SHA-256 of a confirmation token is kept: a leaked table confirms nobody.
CREATE TABLE subscriber_confirmation (
    token_hash    VARCHAR(64) PRIMARY KEY,
    subscriber_id BIGINT      NOT NULL REFERENCES subscriber(id) ON DELETE CASCADE,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX subscriber_confirmation_subscriber ON subscriber_confirmation (subscriber_id);
