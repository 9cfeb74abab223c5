-- Who has an article open in the editor: one row per person and article, its time moved
-- by the editor's heartbeat (every 20 seconds with JavaScript) and by opening the editor.
-- Rows older than a minute mean nothing and are removed as new ones come.
CREATE TABLE desk_presence (
    account_id BIGINT NOT NULL,
    article_id BIGINT NOT NULL,
    seen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (article_id, account_id)
);

CREATE INDEX desk_presence_by_time ON desk_presence (seen_at);
