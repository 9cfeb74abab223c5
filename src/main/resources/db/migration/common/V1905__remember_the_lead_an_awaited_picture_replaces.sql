-- What the article's lead picture was when the version that awaits a picture was filed (a
-- digest of the picture, its address, caption and credit): the picture, when it comes,
-- replaces that lead (the agency's own earlier photo, or none) but never one the newsroom
-- changed meanwhile. Rows from before have none, and their picture is then not used.
ALTER TABLE wire_awaited_picture ADD COLUMN lead_then VARCHAR(64) DEFAULT '' NOT NULL;
