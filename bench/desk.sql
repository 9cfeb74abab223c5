-- bench/desk.sh's data: ARTICLES articles in 12 sections, REVISIONS_EACH revisions each.
-- Placeholders filled by the script for H2 or PostgreSQL: @RANGE(n, alias)@ is the series
-- 1..n named alias, its column x; @AGO(seconds)@ is that many seconds before now.
INSERT INTO section (slug, name, position)
SELECT 'banc-' || x, 'Rubrique de banc ' || x, 100 + x FROM @RANGE(12, r)@;

INSERT INTO article (slug, headline, standfirst, body_markdown, body_html, section_id, byline, source, status,
    published_at, time_known, created_at, updated_at, author_id, changed_at, changed_by)
SELECT 'depeche-de-banc-' || x,
    'Dépêche ' || x || ' : ' || CASE MOD(x, 7) WHEN 0 THEN 'la récolte d’olives' WHEN 1 THEN 'le port reprend'
        WHEN 2 THEN 'le conseil municipal vote' WHEN 3 THEN 'la sécheresse s’installe' WHEN 4 THEN 'grève des dockers'
        WHEN 5 THEN 'le festival ouvre' ELSE 'la rentrée universitaire' END,
    'Un chapeau de deux lignes pour la dépêche ' || x || '.',
    'Premier paragraphe de la dépêche ' || x || ', assez long pour ressembler à un texte.' || CHR(10) || CHR(10)
        || 'Second paragraphe, avec une citation et un chiffre : ' || x || '.',
    '<p>Premier paragraphe de la dépêche ' || x || ', assez long pour ressembler à un texte.</p>'
        || '<p>Second paragraphe, avec une citation et un chiffre : ' || x || '.</p>',
    s.id, 'Rédaction', 'APS',
    CASE WHEN MOD(x, 10) < 6 THEN 'PUBLISHED' WHEN MOD(x, 10) < 8 THEN 'DRAFT' WHEN MOD(x, 10) = 8 THEN 'IN_REVIEW'
        ELSE 'UNPUBLISHED' END,
    CASE WHEN MOD(x, 10) < 6 OR MOD(x, 10) = 9 THEN @AGO(x * 300)@ END, TRUE,
    @AGO(x * 300 + 3600)@, @AGO(x * 300)@, 1 + MOD(x, 20), @AGO(x * 300)@, 1 + MOD(x * 7, 20)
FROM @RANGE(ARTICLES, r)@ JOIN section s ON s.slug = 'banc-' || (1 + MOD(x, 12));

INSERT INTO article_revision (article_id, number, action, account_id, made_at, status, published_at, headline,
    standfirst, body, section, tags, byline, source, slug, description, changed, note)
SELECT a.id, n.x, CASE WHEN n.x = REVISIONS_EACH AND a.status = 'PUBLISHED' THEN 'publish' ELSE 'save' END,
    a.author_id, a.changed_at, CASE WHEN n.x = REVISIONS_EACH THEN a.status ELSE 'DRAFT' END,
    CASE WHEN n.x = REVISIONS_EACH THEN a.published_at END, a.headline, a.standfirst, a.body_markdown,
    s.slug, '', 'Rédaction', 'APS', a.slug, '', CASE WHEN n.x = 1 THEN 'headline,body' ELSE 'body' END, NULL
FROM article a JOIN section s ON s.id = a.section_id CROSS JOIN @RANGE(REVISIONS_EACH, n)@
WHERE a.slug LIKE 'depeche-de-banc-%';

ANALYZE;
