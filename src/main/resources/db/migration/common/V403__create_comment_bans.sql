CREATE TABLE comment_ban (
    kind       VARCHAR(8)   NOT NULL,
    banned     VARCHAR(254) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, banned),
    CONSTRAINT comment_ban_kind_known CHECK (kind IN ('EMAIL', 'IP'))
);
