-- Never holds a row: the health check inserts one and rolls it back, so that a database
-- that reads but no longer writes (or whose CHECK constraints fail) is reported DOWN.
-- The constraint is of the kind that once broke every write on H2 (h2database#4302).
CREATE TABLE write_check (
    id         VARCHAR(36) PRIMARY KEY,
    state      VARCHAR(8)  NOT NULL,
    checked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT write_check_state_known CHECK (state IN ('PROBE', 'UNUSED'))
);
