-- One report per comment and reporter (a reader id or a hashed address), so one reader
-- cannot send a comment back to moderation alone.
CREATE TABLE comment_report (
    comment_id BIGINT      NOT NULL REFERENCES comment(id),
    reporter   VARCHAR(80) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (comment_id, reporter)
);
