-- What the lead picture was at each revision (blank caption and credit, no picture: none),
-- so that the record shows a change of picture like a change of headline.
ALTER TABLE article_revision ADD COLUMN picture_id BIGINT;
ALTER TABLE article_revision ADD COLUMN picture_caption VARCHAR(500) DEFAULT '' NOT NULL;
ALTER TABLE article_revision ADD COLUMN picture_credit VARCHAR(200) DEFAULT '' NOT NULL;
