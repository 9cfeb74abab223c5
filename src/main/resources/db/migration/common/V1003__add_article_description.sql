-- The description for search engines, when the newsroom writes one (else the standfirst).
ALTER TABLE article ADD COLUMN description VARCHAR(500);
