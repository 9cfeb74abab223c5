-- The agency whose copy made a revision (the wires): its author when no account is. NULL for
-- every revision someone (or an import) made.
ALTER TABLE article_revision ADD COLUMN agency VARCHAR(40);
