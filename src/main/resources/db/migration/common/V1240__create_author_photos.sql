-- A staff member's portrait on their author page: a picture of the media library, one per
-- account. The library refuses to delete a picture someone's portrait uses
-- (media.PictureUses), and the database holds to it too; a deleted account takes its
-- portrait's choice with it (the picture stays in the library).
CREATE TABLE author_photo (
    account_id  BIGINT NOT NULL PRIMARY KEY REFERENCES reader(id) ON DELETE CASCADE,
    picture_id  BIGINT NOT NULL REFERENCES picture(id)
);
CREATE INDEX author_photo_picture ON author_photo (picture_id);
