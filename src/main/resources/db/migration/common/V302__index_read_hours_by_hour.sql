-- Most-read lists read one period for all articles.
CREATE INDEX read_hour_by_hour ON read_hour (hour_start, article_id, reads);
