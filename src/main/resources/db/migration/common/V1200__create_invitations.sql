-- Invitations an admin mails to a colleague: the link sets the password and gives the
-- role. Only a SHA-256 hash of the link's token is kept.
CREATE TABLE invitation (
    token_hash VARCHAR(64)  PRIMARY KEY,
    email      VARCHAR(254) NOT NULL,
    role       VARCHAR(20)  NOT NULL,
    invited_by BIGINT REFERENCES reader (id) ON DELETE SET NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX invitation_email ON invitation (email);
