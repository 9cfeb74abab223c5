-- The desk's workflow: a draft is submitted for review, then scheduled or published, and a
-- published article may be taken down (unpublished). Only PUBLISHED is ever shown.
ALTER TABLE article DROP CONSTRAINT article_status_known;
ALTER TABLE article ADD CONSTRAINT article_status_known
    CHECK (status IN ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'));
