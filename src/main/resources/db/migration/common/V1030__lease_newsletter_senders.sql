-- Who is sending newsletter deliveries now: one row per process that may hold claims (a
-- server node from start to stop, a `newsletter send` command while it runs), renewed
-- every few seconds by the database's own clock. A delivery left SENDING by a sender whose
-- row was not renewed for kiosque.newsletter.lease (its process died), or whose row is
-- gone, goes back to the queue at once; claim-timeout stays as the backstop for claims
-- that name no sender (made before this table existed).
CREATE TABLE newsletter_sender (
    id          VARCHAR(64)  PRIMARY KEY,
    host        VARCHAR(200) NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    renewed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
ALTER TABLE delivery ADD COLUMN claimed_sender VARCHAR(64);
