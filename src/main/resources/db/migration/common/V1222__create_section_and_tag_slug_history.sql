-- A renamed section or tag keeps answering at its old addresses with a 301, as articles do
-- (article_slug_history): each old slug points at the section or tag that holds it now.
CREATE TABLE section_slug_history (
    slug       VARCHAR(80) PRIMARY KEY,
    section_id BIGINT NOT NULL REFERENCES section(id) ON DELETE CASCADE
);
CREATE TABLE tag_slug_history (
    slug   VARCHAR(80) PRIMARY KEY,
    tag_id BIGINT NOT NULL REFERENCES tag(id) ON DELETE CASCADE
);
