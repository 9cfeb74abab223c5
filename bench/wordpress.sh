#!/usr/bin/env bash
# import-wordpress at scale: a generated WordPress export of 10 000 posts and 50 000 comments
# moved into a fresh Kiosque, timed, then moved in again (the second run must change nothing).
#
#   ./mvnw -B package -DskipTests && bench/wordpress.sh
#
# Builds nothing: it needs target/kiosque.jar. Writes the export (WXR 1.2, block-editor and
# classic bodies, 20 authors, 30 categories with Yoast primaries, 300 tags, view counts,
# threaded comments in every standing) with Python 3 into a temp dir, then runs
# `java -jar target/kiosque.jar import-wordpress EXPORT.xml` on a fresh H2 data directory.
# Prints both runs' wall and CPU times, the load average, and the report's counts. Target: the first run under 120 s.
# Exit status: 0 when the first run is under the target and the second changed nothing, 1 when
# not, 2 when something is missing.
#
# Settings (environment): POSTS (10000), COMMENTS (50000), TARGET (120 seconds), JAR (target/kiosque.jar),
# JAVA (java of JAVA_HOME, else the first Java 21+ found), JAVA_OPTS (none), KEEP=1 keeps the temp dir.
set -euo pipefail
cd "$(dirname "$0")/.."

POSTS=${POSTS:-10000}
COMMENTS=${COMMENTS:-50000}
TARGET=${TARGET:-120}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=${JAR:-target/kiosque.jar}

. "$(dirname "$0")/lib.sh"

[ -f "$JAR" ] || fail "no $JAR — build it first: ./mvnw -B package -DskipTests (this script builds nothing)"
command -v python3 >/dev/null || fail "python3 is not installed"
find_java

WORK=$(mktemp -d)
cleanup() { if [ "${KEEP:-}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi; }
trap cleanup EXIT

python3 - "$WORK/export.xml" "$POSTS" "$COMMENTS" <<'PY'
import random, sys
out, posts, comments = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
random.seed(18)
w = open(out, "w", encoding="utf-8")
w.write('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>Banc</title>\n<link>https://banc.example</link>\n'
        '<wp:base_blog_url>https://banc.example</wp:base_blog_url>\n')
for a in range(20):
    w.write(f'<wp:author><wp:author_login>auteur{a}</wp:author_login><wp:author_email>auteur{a}@banc.example</wp:author_email>'
            f'<wp:author_display_name><![CDATA[Auteur Numéro {a}]]></wp:author_display_name></wp:author>\n')
for c in range(30):
    w.write(f'<wp:category><wp:term_id>{c + 1}</wp:term_id><wp:category_nicename>rubrique-{c}</wp:category_nicename>'
            f'<wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[Rubrique {c}]]></wp:cat_name></wp:category>\n')
for t in range(300):
    w.write(f'<wp:tag><wp:term_id>{1000 + t}</wp:term_id><wp:tag_slug>sujet-{t}</wp:tag_slug><wp:tag_name><![CDATA[Sujet {t}]]></wp:tag_name></wp:tag>\n')
per_post = [comments // posts] * posts
for i in range(comments - sum(per_post)):
    per_post[i] += 1
comment_id = 1
statuses = ["publish"] * 90 + ["draft"] * 4 + ["pending"] * 2 + ["future"] * 2 + ["private"] * 2
words = "le conseil municipal a voté hier soir un budget de transition pour la voirie les écoles et le port".split()
for p in range(posts):
    pid = 10 + p
    year, month, day = 2010 + p % 15, 1 + p % 12, 1 + p % 28
    status = statuses[p % len(statuses)]
    if status == "future":
        year = 2040
    slug = f"article-{pid}"
    paragraphs = [" ".join(random.choice(words) for _ in range(60)).capitalize() + "." for _ in range(6)]
    if p % 2:
        body = "\n\n".join(f"<!-- wp:paragraph -->\n<p>{x}</p>\n<!-- /wp:paragraph -->" for x in paragraphs)
        body += '\n\n<!-- wp:heading -->\n<h2 class="wp-block-heading">La suite</h2>\n<!-- /wp:heading -->'
    else:
        body = "\n\n".join(paragraphs) + "\n\n<blockquote>Une citation.</blockquote>"
    cats = random.sample(range(30), 2)
    tags = random.sample(range(300), 3)
    w.write(f'<item><title><![CDATA[Article {pid} : {" ".join(random.choice(words) for _ in range(6))}]]></title>'
            f'<link>https://banc.example/{year}/{month:02d}/{day:02d}/{slug}/</link><dc:creator>auteur{p % 20}</dc:creator>'
            f'<guid isPermaLink="false">https://banc.example/?p={pid}</guid>'
            f'<content:encoded><![CDATA[{body}]]></content:encoded><excerpt:encoded><![CDATA[Le chapeau {pid}.]]></excerpt:encoded>'
            f'<wp:post_id>{pid}</wp:post_id><wp:post_date>{year}-{month:02d}-{day:02d} 10:00:00</wp:post_date>'
            f'<wp:post_date_gmt>{year}-{month:02d}-{day:02d} 09:00:00</wp:post_date_gmt><wp:post_name>{slug}</wp:post_name>'
            f'<wp:status>{status}</wp:status><wp:post_parent>0</wp:post_parent><wp:post_type>post</wp:post_type>')
    for c in cats:
        w.write(f'<category domain="category" nicename="rubrique-{c}"><![CDATA[Rubrique {c}]]></category>')
    for t in tags:
        w.write(f'<category domain="post_tag" nicename="sujet-{t}"><![CDATA[Sujet {t}]]></category>')
    w.write(f'<wp:postmeta><wp:meta_key>_yoast_wpseo_primary_category</wp:meta_key><wp:meta_value>{cats[-1] + 1}</wp:meta_value></wp:postmeta>')
    w.write(f'<wp:postmeta><wp:meta_key>post_views_count</wp:meta_key><wp:meta_value>{random.randint(0, 50000)}</wp:meta_value></wp:postmeta>')
    first = comment_id
    for k in range(per_post[p]):
        parent = first if k % 3 == 2 else 0
        approved = ["1", "1", "1", "0", "spam"][k % 5]
        w.write(f'<wp:comment><wp:comment_id>{comment_id}</wp:comment_id><wp:comment_author><![CDATA[Lecteur {comment_id % 997}]]></wp:comment_author>'
                f'<wp:comment_author_email>lecteur{comment_id % 997}@lecteurs.example</wp:comment_author_email>'
                f'<wp:comment_date_gmt>{year}-{month:02d}-{day:02d} {10 + k % 12}:{k % 60:02d}:00</wp:comment_date_gmt>'
                f'<wp:comment_content><![CDATA[{" ".join(random.choice(words) for _ in range(25))}]]></wp:comment_content>'
                f'<wp:comment_approved>{approved}</wp:comment_approved><wp:comment_type>comment</wp:comment_type>'
                f'<wp:comment_parent>{parent}</wp:comment_parent></wp:comment>')
        comment_id += 1
    w.write('</item>\n')
w.write('</channel>\n</rss>\n')
w.close()
PY
say "export: $(du -h "$WORK/export.xml" | cut -f1), $POSTS posts, $COMMENTS comments"

# Each run prints its wall seconds and the import process's CPU seconds (user + system, from
# /usr/bin/time when present): on a machine shared with other work the CPU figure is the one
# that does not depend on the load.
run_import() {
  local started ended cpu=""
  started=$(date +%s.%N)
  if [ -x /usr/bin/time ]; then
    # shellcheck disable=SC2086
    /usr/bin/time -f '%U %S' -o "$WORK/time-$1.txt" "$JAVA" $JAVA_OPTS -jar "$JAR" import-wordpress "$WORK/export.xml" --kiosque.data-dir="$WORK/data" > "$WORK/report-$1.txt"
    cpu=$(awk '{ printf "%.1f", $1 + $2 }' "$WORK/time-$1.txt")
  else
    # shellcheck disable=SC2086
    "$JAVA" $JAVA_OPTS -jar "$JAR" import-wordpress "$WORK/export.xml" --kiosque.data-dir="$WORK/data" > "$WORK/report-$1.txt"
  fi
  ended=$(date +%s.%N)
  python3 -c "print(f'{$ended - $started:.1f} ${cpu:-?}')"
}

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*average: //'; }

say "load average before: $(load)"
read -r first first_cpu < <(run_import 1)
say "first run: ${first} s wall, ${first_cpu} s CPU (target: under ${TARGET} s wall); load average: $(load)"
sed 's/^/  /' "$WORK/report-1.txt" | head -12
read -r second second_cpu < <(run_import 2)
say "second run (same export): ${second} s wall, ${second_cpu} s CPU; load average: $(load)"
sed 's/^/  /' "$WORK/report-2.txt" | head -12

status=0
if python3 -c "import sys; sys.exit(0 if $first < $TARGET else 1)"; then say "PASS first run under ${TARGET} s"; else say "FAIL first run over ${TARGET} s"; status=1; fi
if grep -Eq ': [1-9][0-9]* (créés|created)|: [0-9]+ (créés|created), [1-9][0-9]* (mis à jour|updated)' "$WORK/report-2.txt"; then
  say "FAIL the second run changed something"; status=1
else
  say "PASS the second run changed nothing"
fi
exit $status
