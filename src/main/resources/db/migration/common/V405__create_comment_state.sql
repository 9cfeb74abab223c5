-- Small shared values of the comment feature, the same on every node: the install's
-- signing secret, the last comment included in the moderators' digest.
CREATE TABLE comment_state (
    state_name  VARCHAR(40)  NOT NULL PRIMARY KEY,
    state_value VARCHAR(200) NOT NULL
);
