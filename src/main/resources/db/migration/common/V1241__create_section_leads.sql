-- The lead story editors chose for a section's page, shared by every node; a section
-- without one leads with its newest story. An article deleted, or a section, takes the
-- choice with it; one unpublished or moved to another section is left out when the page
-- is made (the newest leads again).
CREATE TABLE section_lead (
    section_id  BIGINT NOT NULL PRIMARY KEY REFERENCES section(id) ON DELETE CASCADE,
    article_id  BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE
);
