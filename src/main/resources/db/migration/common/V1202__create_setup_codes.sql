-- One-time setup codes printed in the log of each node started while no admin exists;
-- the first admin is created with one of them. Only a SHA-256 hash is kept.
CREATE TABLE setup_code (
    code_hash  VARCHAR(64) PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
