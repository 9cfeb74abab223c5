-- When the public last saw the article change: a correction, or an edit the editor did not
-- mark as minor. NULL: never visibly modified since publication (the reader's
-- "Mis à jour le", JSON-LD dateModified, Atom updated and sitemap lastmod then fall back
-- to published_at). updated_at, by contrast, moves on every save, even a typo fixed.
ALTER TABLE article ADD COLUMN modified_at TIMESTAMP WITH TIME ZONE;
