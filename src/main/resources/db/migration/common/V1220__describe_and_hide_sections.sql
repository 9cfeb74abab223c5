-- Sections as editors run them: a description shown on the section's page, and hidden
-- sections kept out of the navigation (their page and their articles stay).
ALTER TABLE section ADD COLUMN description VARCHAR(2000);
ALTER TABLE section ADD COLUMN hidden BOOLEAN DEFAULT FALSE NOT NULL;
