-- The first answer to a POST of the publishing API that carried an Idempotency-Key, per
-- token, so that a retry within 24 hours gets it again instead of a second article or
-- picture. status is NULL while the first request is still being answered.
CREATE TABLE api_idempotency_key (
    token_id     BIGINT        NOT NULL REFERENCES api_token (id) ON DELETE CASCADE,
    idem_key     VARCHAR(200)  NOT NULL,
    fingerprint  VARCHAR(64)   NOT NULL,
    status       INT,
    content_type VARCHAR(200),
    location     VARCHAR(1000),
    etag         VARCHAR(100),
    body         VARCHAR(1000000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (token_id, idem_key)
);
