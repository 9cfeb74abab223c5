-- An embargo: the instant before which the article may not be public, as an agency
-- (NewsML-G2 and ninjs "embargoed") or an editor sets it; NULL for none. And the
-- editor's note (the agency's edNote): for the newsroom, never shown on the site.
ALTER TABLE article ADD COLUMN embargo_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN editors_note VARCHAR(4000);

-- The rule under every path that writes an article (forms, imports, wires, the schedule):
-- an embargoed article is public or scheduled only at or after its embargo. Every public
-- channel shows an article only once status = 'PUBLISHED' and published_at <= now, so
-- with this no channel can show it before the embargo, whatever wrote the row.
ALTER TABLE article ADD CONSTRAINT article_embargo_kept CHECK (
    embargo_until IS NULL OR status NOT IN ('SCHEDULED', 'PUBLISHED')
    OR (published_at IS NOT NULL AND published_at >= embargo_until));
