-- Who wrote an article and who changed it last, when: account ids (no foreign key, so that
-- closing an account never blocks or rewrites the archive); NULL for agency imports.
ALTER TABLE article ADD COLUMN author_id BIGINT;
ALTER TABLE article ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN changed_by BIGINT;
