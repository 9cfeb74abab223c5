-- The newsroom's headline search (ArticleRepository.ledger: LOWER(headline) LIKE '%…%')
-- through a trigram index, so that a search matching few headlines does not read all of
-- them (100 000 headlines: 130 ms a search without it, about 1 ms with it). pg_trgm ships
-- with PostgreSQL (contrib); creating it needs a superuser or, from PostgreSQL 13, a user
-- with CREATE on the database (it is a trusted extension). Where it cannot be created the
-- migration still succeeds, with a warning, and the search answers the same, only slower;
-- see docs/desk.md for the two statements to run later by hand. The extension goes to
-- schema public, shared by every schema of the database (one dropped does not take it
-- away from the others), else to the first schema of the search path; one already there
-- may live in any schema: its operator class is named with that schema.
DO $$
DECLARE
    trgm_schema name;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
    EXCEPTION WHEN OTHERS THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN OTHERS THEN
            RAISE WARNING 'pg_trgm cannot be created (%): the newsroom''s headline search reads every headline', SQLERRM;
        END;
    END;
    SELECT n.nspname INTO trgm_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX IF NOT EXISTS article_headline_trigrams ON article USING gin (LOWER(headline) %I.gin_trgm_ops)',
            trgm_schema);
    END IF;
END
$$;
