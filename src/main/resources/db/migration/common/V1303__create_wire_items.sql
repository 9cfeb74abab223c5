-- Every agency item filed, by its identity (provider + GUID): the article made from it, the
-- version last filed and the revision it was filed as (the base of the next three-way merge),
-- a fingerprint of its text, and what needs an editor (a version that clashed with the
-- newsroom's edits, a withdrawal) with why.
CREATE TABLE wire_item (
    provider        VARCHAR(300)  NOT NULL,
    guid            VARCHAR(500)  NOT NULL,
    source_key      VARCHAR(200)  NOT NULL,
    article_id      BIGINT        REFERENCES article(id) ON DELETE SET NULL,
    version         INT           NOT NULL,
    version_created TIMESTAMP WITH TIME ZONE,
    fingerprint     VARCHAR(64)   NOT NULL,
    revision        INT           NOT NULL,
    headline        VARCHAR(300)  NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    flag            VARCHAR(2000),
    editors_note    VARCHAR(2000),
    embargo         TIMESTAMP WITH TIME ZONE,
    first_seen_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider, guid)
);
CREATE INDEX wire_item_article ON wire_item (article_id);
CREATE INDEX wire_item_state ON wire_item (state, updated_at);
