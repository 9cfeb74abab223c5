-- "Remember me": the table Spring Security's JdbcTokenRepositoryImpl reads and writes.
CREATE TABLE persistent_logins (
    username  VARCHAR(254) NOT NULL,
    series    VARCHAR(64)  PRIMARY KEY,
    token     VARCHAR(64)  NOT NULL,
    last_used TIMESTAMP    NOT NULL
);
CREATE INDEX persistent_logins_username ON persistent_logins (username);
