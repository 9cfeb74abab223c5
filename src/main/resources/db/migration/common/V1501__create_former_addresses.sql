-- Addresses of a site the newspaper moved from (WordPress permalinks, /?p=123, category and
-- tag archives...), each answering 301 to its Kiosque address. Read only for a request that
-- would otherwise be a 404 (or one for the home page with a query), never on a served page.
-- old_address is the path, percent-decoded, without its trailing slash, then "?" and the
-- query when it has one.
CREATE TABLE former_address (
    old_address VARCHAR(1000) PRIMARY KEY,
    new_path    VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
