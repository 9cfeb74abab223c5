-- Never lose a word. desk_autosave: each editor's latest unsaved text of an article (or of
-- the new article they are writing, article_key 'new'), one row per editor and article,
-- replaced at each autosave and removed when the article is saved. desk_held: a form
-- posted after its session ended, kept a short while under the hash of a random cookie
-- until its author signs in again. Columns are wide: an unsaved text may break the form's
-- limits and must still be kept.
CREATE TABLE desk_autosave (
    account_id    BIGINT        NOT NULL,
    article_key   VARCHAR(20)   NOT NULL,
    base_revision INT           NOT NULL,
    saved_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    headline      VARCHAR(100000)  NOT NULL,
    standfirst    VARCHAR(100000)  NOT NULL,
    body          VARCHAR(1000000) NOT NULL,
    section       VARCHAR(1000)    NOT NULL,
    tags          VARCHAR(100000)  NOT NULL,
    byline        VARCHAR(10000)   NOT NULL,
    source        VARCHAR(10000)   NOT NULL,
    slug          VARCHAR(10000)   NOT NULL,
    description   VARCHAR(100000)  NOT NULL,
    PRIMARY KEY (account_id, article_key)
);

CREATE TABLE desk_held (
    token_hash    VARCHAR(64)   NOT NULL PRIMARY KEY,
    article_key   VARCHAR(20)   NOT NULL,
    base_revision INT           NOT NULL,
    held_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    headline      VARCHAR(100000)  NOT NULL,
    standfirst    VARCHAR(100000)  NOT NULL,
    body          VARCHAR(1000000) NOT NULL,
    section       VARCHAR(1000)    NOT NULL,
    tags          VARCHAR(100000)  NOT NULL,
    byline        VARCHAR(10000)   NOT NULL,
    source        VARCHAR(10000)   NOT NULL,
    slug          VARCHAR(10000)   NOT NULL,
    description   VARCHAR(100000)  NOT NULL
);

CREATE INDEX desk_held_by_time ON desk_held (held_at);
