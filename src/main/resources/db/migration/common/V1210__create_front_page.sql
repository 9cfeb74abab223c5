-- The front page as the editors made it, shared by every node. Position 0 is the lead
-- story, 1 and up the secondary stories, in the editors' order; an article deleted takes
-- its pin with it, an unpublished one is left out when the page is made.
CREATE TABLE front_page_pin (
    position    INT    NOT NULL PRIMARY KEY,
    article_id  BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE
);
-- The blocks per section under the pinned stories, in the editors' order, each with how
-- many stories it shows.
CREATE TABLE front_page_block (
    position    INT    NOT NULL PRIMARY KEY,
    section_id  BIGINT NOT NULL REFERENCES section(id) ON DELETE CASCADE,
    size        INT    NOT NULL,
    CONSTRAINT front_page_block_size CHECK (size BETWEEN 1 AND 12)
);
