#!/usr/bin/env bash
# Sitemaps at scale: 100 000 published articles, then the time of the sitemap index and of
# every child sitemap. The server runs with its sitemap cache off (kiosque.cache.sitemap-ttl=0s)
# so every request builds its file from the database: "first" is the first build in a fresh
# JVM, "build" the best of ROUNDS-1 more (what a rebuild after an edit costs once the server
# is warm), "CPU s" the server's CPU time (user + system, /proc) for one more build, which a
# busy machine does not inflate as it does wall time. SITEMAP_TTL=15m measures the cache
# instead (every round after the first is a hit).
#
#   ./mvnw -B package -DskipTests && bench/sitemaps.sh
#
# Builds nothing: it needs target/kiosque.jar. Starts the jar on a free port with a fresh data
# directory (demo content off), writes the articles in one INSERT ... SELECT through H2's own
# shell into the running server's database (AUTO_SERVER), with the archive's summary by month
# made again from them as a hand-made write must (ArchiveMonths.FILL, docs/search-and-feeds.md),
# then fetches /sitemap.xml and each
# file it lists with curl. Checks that every file is well-formed XML (python3's parser), holds
# at most 2 000 URLs (Sitemaps.MAX_URLS), and that the children list every article exactly once.
# Exit status: 0 when every check passes and no file takes LIMIT seconds or more, 1 when one
# fails, 2 when something is missing.
#
# Settings (environment): ARTICLES (100000), SPACING (seconds between two publications, 300:
# about a year of articles; any spacing under 1 300 puts more than 2 000 in a month: the months are split),
# LIMIT (1.0 s, applied to "build"), ROUNDS (3), SITEMAP_TTL (0s), JAR (target/kiosque.jar), JAVA (java of JAVA_HOME, else the first Java 21+ found), JAVA_OPTS, KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-100000}
SPACING=${SPACING:-300}
LIMIT=${LIMIT:-1.0}
ROUNDS=${ROUNDS:-3}
SITEMAP_TTL=${SITEMAP_TTL:-0s}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=${JAR:-target/kiosque.jar}

. "$(dirname "$0")/lib.sh"

[ -f "$JAR" ] && JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
[ -f "$JAR" ] || fail "no $JAR — build it first: ./mvnw -B package -DskipTests (this script builds nothing)"
command -v curl >/dev/null || fail "curl is not installed"
command -v python3 >/dev/null || fail "python3 is not installed"
command -v unzip >/dev/null || fail "unzip is not installed"

find_java


bench_work sitemaps

DATA=$WORK/data
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
say "Starting Kiosque on port $PORT (data in $DATA) ..."
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --kiosque.site.base-url="$BASE" \
  --kiosque.data-dir="$DATA" --kiosque.demo.enabled=false --logging.file.name= \
  --kiosque.cache.sitemap-ttl="$SITEMAP_TTL" \
  --logging.level.root=WARN >"$WORK/kiosque.log" 2>&1 &
KIOSQUE_PID=$!
TIMEOUT=120 wait_healthy "$BASE/actuator/health" "$KIOSQUE_PID" "$WORK/kiosque.log"

say "Writing $ARTICLES published articles, one every $SPACING s back from now ..."
(cd "$WORK" && unzip -qjo "$JAR" 'BOOT-INF/lib/h2-*.jar')
STARTED=$(date +%s.%N)
"$JAVA" -cp "$WORK"/h2-*.jar org.h2.tools.Shell -url "jdbc:h2:file:$DATA/db/kiosque;AUTO_SERVER=TRUE" \
  -user sa -password "" -sql "
  INSERT INTO article (slug, headline, standfirst, body_markdown, body_html, source, status, published_at, time_known,
      created_at, updated_at)
  SELECT 'article-de-banc-' || X, 'Article de banc ' || X, 'Chapeau.', 'Texte.', '<p>Texte.</p>', 'APS', 'PUBLISHED',
      DATEADD('SECOND', -X * $SPACING, CURRENT_TIMESTAMP), TRUE,
      DATEADD('SECOND', -X * $SPACING, CURRENT_TIMESTAMP), DATEADD('SECOND', -X * $SPACING, CURRENT_TIMESTAMP)
  FROM SYSTEM_RANGE(1, $ARTICLES);
  DELETE FROM archive_month;
  INSERT INTO archive_month (month_start, articles, last_modified)
  SELECT month_start, COUNT(*), MAX(CASE WHEN modified_at > published_at THEN modified_at ELSE published_at END)
  FROM (SELECT CAST(DATE_TRUNC('MONTH', published_at AT TIME ZONE 'UTC') AS DATE) AS month_start,
          published_at, modified_at
      FROM article WHERE status = 'PUBLISHED') published
  GROUP BY month_start;" >/dev/null
say "  written in $(python3 -c "print(f'{$(date +%s.%N) - $STARTED:.1f}')") s"

fetch() { # fetch PATH FILE -> prints seconds
  curl -fsS -o "$2" -w '%{time_total}' "$BASE$1"
}
best() { # best PATH FILE -> the fastest of ROUNDS-1 more fetches
  local fastest=999 t
  for _ in $(seq 2 "$ROUNDS"); do
    t=$(fetch "$1" "$2.again")
    fastest=$(python3 -c "print(min($fastest, $t))")
  done
  printf '%s' "$fastest"
}
cpu() { # CPU seconds the server has used so far (user + system, from /proc): on a busy machine,
  # wall time measures the neighbours as much as Kiosque; CPU time does not.
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.3f", ($14 + $15) / hz }' "/proc/$KIOSQUE_PID/stat" 2>/dev/null || printf 0
}
cpu_of() { # cpu_of PATH FILE -> CPU seconds the server spent on one more fetch
  local before after
  before=$(cpu); fetch "$1" "$2.cpu" >/dev/null; after=$(cpu)
  python3 -c "print(f'{$after - $before:.3f}')"
}

say ""
INDEX_COLD=$(fetch /sitemap.xml "$WORK/index.xml")
INDEX_WARM=$(best /sitemap.xml "$WORK/index.xml")
INDEX_CPU=$(cpu_of /sitemap.xml "$WORK/index.xml")
mapfile -t CHILDREN < <(python3 - "$WORK/index.xml" <<'PY'
import sys, urllib.parse, xml.etree.ElementTree as ET
ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex", root.tag
for loc in root.findall("s:sitemap/s:loc", ns):
    print(urllib.parse.urlparse(loc.text).path)
PY
)
printf '%-28s %8s %8s %8s %8s\n' "file" "URLs" "first s" "build s" "CPU s"
printf '%-28s %8s %8s %8s %8s\n' "/sitemap.xml (index)" "${#CHILDREN[@]}" "$INDEX_COLD" "$INDEX_WARM" "$INDEX_CPU"
STATUS=0
SLOWEST=0
: >"$WORK/all-urls.txt"
for child in "${CHILDREN[@]}"; do
  file="$WORK/$(basename "$child")"
  cold=$(fetch "$child" "$file")
  warm=$(best "$child" "$file")
  used=$(cpu_of "$child" "$file")
  urls=$(python3 - "$file" "$WORK/all-urls.txt" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
locs = [l.text for l in ET.parse(sys.argv[1]).getroot().findall("s:url/s:loc", ns)]
with open(sys.argv[2], "a") as out:
    out.writelines(l + "\n" for l in locs)
print(len(locs))
PY
) || { say "FAIL: $child is not well-formed XML"; STATUS=1; continue; }
  printf '%-28s %8s %8s %8s %8s\n' "$child" "$urls" "$cold" "$warm" "$used"
  [ "$urls" -le 2000 ] || { say "FAIL: $child holds more than 2 000 URLs"; STATUS=1; }
  SLOWEST=$(python3 -c "print(max($SLOWEST, $warm, $INDEX_WARM))")
done

ARTICLE_URLS=$(grep -c '/article/article-de-banc-' "$WORK/all-urls.txt" || true)
DISTINCT=$(grep '/article/article-de-banc-' "$WORK/all-urls.txt" | sort -u | wc -l)
say ""
say "Article URLs over all children: $ARTICLE_URLS ($DISTINCT distinct) for $ARTICLES articles"
[ "$ARTICLE_URLS" -eq "$ARTICLES" ] && [ "$DISTINCT" -eq "$ARTICLES" ] \
  || { say "FAIL: every article must be listed exactly once"; STATUS=1; }
if python3 -c "import sys; sys.exit(0 if $SLOWEST < $LIMIT else 1)"; then
  say "PASS: slowest file ${SLOWEST}s (limit ${LIMIT}s)"
else
  say "FAIL: slowest file ${SLOWEST}s (limit ${LIMIT}s)"; STATUS=1
fi
exit $STATUS
