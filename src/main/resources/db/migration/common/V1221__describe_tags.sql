-- A tag's description, shown on the tag's page.
ALTER TABLE tag ADD COLUMN description VARCHAR(2000);
