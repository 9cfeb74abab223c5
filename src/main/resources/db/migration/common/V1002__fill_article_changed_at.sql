-- Articles written before the desk were last changed when they were last updated.
UPDATE article SET changed_at = updated_at WHERE changed_at IS NULL;
ALTER TABLE article ALTER COLUMN changed_at SET NOT NULL;
