-- The legal and service pages (mentions légales, conditions, privacy, contact) as admins
-- wrote them: the Markdown, and the sanitised HTML rendered from it at save time. A page
-- with no row shows its starting text.
CREATE TABLE service_page (
    name          VARCHAR(40) PRIMARY KEY,
    body_markdown VARCHAR(100000) NOT NULL,
    body_html     VARCHAR(200000) NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by    BIGINT
);
