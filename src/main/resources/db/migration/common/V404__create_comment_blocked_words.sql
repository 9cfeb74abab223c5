CREATE TABLE comment_blocked_word (
    word VARCHAR(100) NOT NULL PRIMARY KEY
);
