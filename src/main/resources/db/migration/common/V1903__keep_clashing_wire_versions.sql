-- The agency's version of an item that clashed with the newsroom's edits, kept as the desk
-- would have filed it (what a new version changes of an article: headline, standfirst, body,
-- byline, agency; and its embargo) so that an editor can read it against the article and take
-- it or keep the newsroom's text. One per item: a newer clash replaces it; filing the item
-- again, withdrawing it or an editor's decision deletes it.
CREATE TABLE wire_pending_version (
    provider    VARCHAR(300)  NOT NULL,
    guid        VARCHAR(500)  NOT NULL,
    version     INT           NOT NULL,
    headline    VARCHAR(2000) NOT NULL,
    standfirst  VARCHAR(10000) NOT NULL,
    body        VARCHAR(1000000) NOT NULL,
    byline      VARCHAR(2000) NOT NULL,
    agency      VARCHAR(200)  NOT NULL,
    embargo     TIMESTAMP WITH TIME ZONE,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider, guid),
    FOREIGN KEY (provider, guid) REFERENCES wire_item (provider, guid) ON DELETE CASCADE
);
