-- An article's lead picture is one of the library's: the library refuses to delete a
-- picture an article uses (media.PictureUses), and the database holds to it too.
ALTER TABLE article ADD CONSTRAINT article_picture_exists FOREIGN KEY (picture_id) REFERENCES picture (id);
