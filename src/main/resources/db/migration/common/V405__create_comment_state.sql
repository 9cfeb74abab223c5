-- Small shared values of the comment feature, the same on every node: the install's
-- signing secret, the last comment included in the moderators' digest.
CREATE TABLE comment_state (
    name  VARCHAR(40)  NOT NULL PRIMARY KEY,
    value VARCHAR(200) NOT NULL
);
