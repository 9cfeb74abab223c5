-- Articles written before the desk were last changed when they were last updated; rows
-- written by hand (a script, a test, a bench) without the column were changed as written.
UPDATE article SET changed_at = updated_at WHERE changed_at IS NULL;
ALTER TABLE article ALTER COLUMN changed_at SET DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE article ALTER COLUMN changed_at SET NOT NULL;
