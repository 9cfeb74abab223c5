-- Every save, submission, publication, schedule, unpublication, return and restore of an
-- article: the whole text as the editor's form held it (blank, never NULL), who, when,
-- what changed since the revision before. Rows are only ever added.
CREATE TABLE article_revision (
    article_id   BIGINT        NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    number       INT           NOT NULL,
    action       VARCHAR(20)   NOT NULL,
    account_id   BIGINT,
    made_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    headline     VARCHAR(300)  NOT NULL,
    standfirst   VARCHAR(1000) NOT NULL,
    body         VARCHAR(1000000) NOT NULL,
    section      VARCHAR(80)   NOT NULL,
    tags         VARCHAR(2000) NOT NULL,
    byline       VARCHAR(200)  NOT NULL,
    source       VARCHAR(40)   NOT NULL,
    slug         VARCHAR(200)  NOT NULL,
    description  VARCHAR(500)  NOT NULL,
    changed      VARCHAR(200)  NOT NULL,
    note         VARCHAR(2000),
    PRIMARY KEY (article_id, number)
);
