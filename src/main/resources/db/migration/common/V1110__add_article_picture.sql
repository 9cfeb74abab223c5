-- The article's lead picture, from the media library. image_caption and image_credit stay
-- the caption and credit of this use (a picture reused elsewhere may carry others).
-- The reference to picture(id) is added once the library's table exists (V1111).
ALTER TABLE article ADD COLUMN picture_id BIGINT;
CREATE INDEX article_picture ON article (picture_id);
