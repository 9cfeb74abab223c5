-- The lead picture an item from a folder source named but the folder did not hold when the
-- item was filed (agencies often send the text a minute before the photo): awaited, so that
-- the file, once it arrives there, becomes the article's lead picture (unless the newsroom
-- gave the article one meanwhile). One per article: a later version of the item replaces or
-- forgets it, the picture's arrival or a withdrawal deletes it, and so does the article's
-- deletion. The item is named by its identity (provider + GUID), as in wire_item.
CREATE TABLE wire_awaited_picture (
    article_id    BIGINT        PRIMARY KEY REFERENCES article(id) ON DELETE CASCADE,
    source_key    VARCHAR(200)  NOT NULL,
    file_name     VARCHAR(500)  NOT NULL,
    provider      VARCHAR(300)  NOT NULL,
    guid          VARCHAR(500)  NOT NULL,
    caption       VARCHAR(2000) NOT NULL,
    credit        VARCHAR(500)  NOT NULL,
    awaited_since TIMESTAMP WITH TIME ZONE NOT NULL,
    FOREIGN KEY (provider, guid) REFERENCES wire_item (provider, guid) ON DELETE CASCADE
);
-- A folder's poll asks which of its picture files are awaited.
CREATE INDEX wire_awaited_picture_file ON wire_awaited_picture (source_key, file_name);
