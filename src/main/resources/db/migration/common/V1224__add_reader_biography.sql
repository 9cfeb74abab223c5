-- A staff member's short biography, printed on their author page.
ALTER TABLE reader ADD COLUMN biography VARCHAR(1000);
