-- Secrets shared by every node of one install (e.g. the key that signs strangers' CSRF
-- tokens). Rows are created by the application on first use, never by a migration, so no
-- two installs share a secret.
CREATE TABLE site_secrets (
    name       VARCHAR(40)  PRIMARY KEY,
    secret     VARCHAR(100) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
