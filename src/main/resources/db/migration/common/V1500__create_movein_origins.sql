-- What a newspaper moving in from another platform (WordPress, Ghost) became here: one row
-- per thing of the old site (its system, its kind, its id there) naming the Kiosque row it
-- became and a fingerprint of what it was, so that importing the same export again changes
-- nothing and a newer export brings only what changed. carried_count keeps what was
-- carried over as a count (an article's read count at the last import), so that a newer
-- export adds only the reads counted since.
CREATE TABLE movein_origin (
    origin_system VARCHAR(20)  NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    origin_id     VARCHAR(200) NOT NULL,
    kiosque_id    BIGINT       NOT NULL,
    fingerprint   VARCHAR(64)  NOT NULL,
    carried_count BIGINT       NOT NULL DEFAULT 0,
    moved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (origin_system, kind, origin_id)
);
