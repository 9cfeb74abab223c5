-- The newsroom's list filtered by section and status ("the drafts of Politique"), last
-- changed first: one seek in the section's articles of that status, in change order,
-- instead of a walk through the whole section's by change time until a page of that
-- status is found (23 933 rows read for no draft at 100 000 articles on H2).
CREATE INDEX article_section_status_changed ON article (section_id, status, changed_at, id);
