-- An editor's choice to close (or reopen) the comments of one article. No row: comments
-- close by themselves kiosque.comments.close-after the publication.
CREATE TABLE comment_thread (
    article_id BIGINT  NOT NULL PRIMARY KEY,
    closed     BOOLEAN NOT NULL
);
