#!/usr/bin/env bash
# Kiosque's article page against nginx serving a saved copy of the same page, in one run.
#
#   ./mvnw -B package -DskipTests && bench/article-page.sh
#
# Builds nothing: it needs target/kiosque.jar. Starts the jar on a free port with a fresh
# data directory (demo content off), imports bench/dispatch.txt (a copy of the seed), warms
# up, measures the article page with wrk, then serves the saved page from nginx (sendfile and
# tcp_nopush off: Debian's defaults add 40 ms stalls on loopback) and measures it the same
# way. Prints both rates, both p99 latencies, the ratios against the targets, and checks that
# the article's read count grew by exactly the number of page requests the server answered.
# Exit status: 0 when every check passes, 1 when one fails, 2 when something is missing.
#
# Settings (environment): DURATION (15s), CONNECTIONS (32), THREADS (2), WARMUP (10s),
# JAVA (java of JAVA_HOME, else the first Java 21+ found), JAVA_OPTS (none), TIMEOUT (300 s for the
# start to reach UP), KEEP=1 keeps the temp dir,
# ACCEPT_GZIP=1 asks both servers for gzip, as browsers do (nginx then serves a gzipped twin of the
# saved page with gzip_static, its fastest way).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-10s}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=target/kiosque.jar
DISPATCH=bench/dispatch.txt
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}

. "$(dirname "$0")/lib.sh"

need_page_bench_tools
find_java

WORK=$(mktemp -d -t kiosque-bench.XXXXXX)
chmod 755 "$WORK"  # nginx workers run as an unprivileged user and must read the saved page
KIOSQUE_PID=
NGINX_PID=
cleanup() {
  nginx_stop
  [ -n "$KIOSQUE_PID" ] && kill "$KIOSQUE_PID" 2>/dev/null && wait "$KIOSQUE_PID" 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

DATA=$WORK/data
SETTINGS=(--kiosque.data-dir="$DATA" --kiosque.demo.enabled=false --logging.file.name=)

# --- the article ---------------------------------------------------------------------------
IMPORTED=
if "$JAVA" -jar "$JAR" --help 2>/dev/null | grep -qw import; then
  say "Importing $DISPATCH ..."
  "$JAVA" -jar "$JAR" import "$DISPATCH" "${SETTINGS[@]}" | tee "$WORK/import.log"
  IMPORTED=yes
else
  say "No import command in this jar: the article is written with plain SQL once the server is up."
fi

# Metrics are for administrators: the bench signs one in to read what the server answered.
ADMIN=bench-admin@example.org
ADMIN_PASSWORD="bench-$(date +%s)-$RANDOM-mot-de-passe"
printf '%s\n' "$ADMIN_PASSWORD" | "$JAVA" -jar "$JAR" user add "$ADMIN" --role=ADMIN --name=Bench "${SETTINGS[@]}" >/dev/null \
  || say "Could not create the bench's administrator: no request metrics"

# --- Kiosque -------------------------------------------------------------------------------
PORT=$(free_port)
say "Starting Kiosque on port $PORT (data in $DATA) ..."
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --kiosque.site.base-url="http://127.0.0.1:$PORT" \
  "${SETTINGS[@]}" --logging.level.root=WARN >"$WORK/kiosque.log" 2>&1 &
KIOSQUE_PID=$!
wait_healthy "http://127.0.0.1:$PORT/actuator/health" "$KIOSQUE_PID" "$WORK/kiosque.log"

if [ -z "$IMPORTED" ]; then
  # Until the import command exists: the seed as one published article, through H2's own shell.
  (cd "$WORK" && unzip -qjo "$OLDPWD/$JAR" 'BOOT-INF/lib/h2-*.jar')
  sql_text() { sed "s/'/''/g"; }
  HEADLINE=$(sed -n 3p "$DISPATCH" | sql_text)
  BODY=$(awk 'NR>9 && /[^ \t\xc2\xa0]/ && !/^Nombre de lectures|^Nouveau commentaire|^Inscription/ {gsub(/&/,"\\&amp;"); gsub(/</,"\\&lt;"); print "<p>" $0 "</p>"}' "$DISPATCH" | sql_text)
  CAPTION=$(sed -n 7p "$DISPATCH" | sql_text)
  "$JAVA" -cp "$WORK"/h2-*.jar org.h2.tools.Shell -url "jdbc:h2:file:$DATA/db/kiosque;AUTO_SERVER=TRUE" -user sa -password "" -sql "
    INSERT INTO article (slug, headline, body_markdown, body_html, source, image_caption, status, published_at, time_known, created_at, updated_at)
    VALUES ('bench-dispatch', '$HEADLINE', '$BODY', '$BODY', 'AA', '$CAPTION', 'PUBLISHED', TIMESTAMP WITH TIME ZONE '2026-01-24 00:00:00+01:00', FALSE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
    INSERT INTO read_total (article_id, reads) SELECT id, 66 FROM article WHERE slug = 'bench-dispatch';" >/dev/null
fi

BASE="http://127.0.0.1:$PORT"
ARTICLE_JSON=$(curl -fs "$BASE/api/content/articles?size=1") || fail "the content API does not answer"
ID=$(jq -r '.articles[0].id // empty' <<<"$ARTICLE_JSON")
[ -n "$ID" ] || fail "no published article after the import"
URL_PATH=$(newest_article_path "$BASE")
PAGE="$BASE$URL_PATH"
say "Article $ID: $URL_PATH"

mkdir -p "$WORK/www"
curl -fs -A "$USER_AGENT" -o "$WORK/www/article.html" "$PAGE" || fail "the article page does not answer"
[ "${ACCEPT_GZIP:-0}" = 1 ] && gzip -9 -k "$WORK/www/article.html"
chmod -R a+rX "$WORK/www"
say "Saved the page: $(wc -c <"$WORK/www/article.html") bytes"

ADMIN_COOKIES=$WORK/admin.cookies
sign_in "$BASE" "$ADMIN" "$ADMIN_PASSWORD" "$ADMIN_COOKIES" || say "The bench's administrator could not sign in: no request metrics"

reads() {
  # The page shows the total within 2 s; wait for one flush past the run.
  sleep 2.5
  curl -fs "$BASE/api/content/articles/$ID" | jq -r '.reads'
}
# What Kiosque itself answered on the article route: pages made (request metrics) plus
# copies served (RenderedPages' counter; copies skip the filters that time requests). Counts
# the requests still in flight when wrk stops, which wrk never sees completed.
metric() {
  curl -fs -b "$ADMIN_COOKIES" "$BASE/actuator/metrics/$1" 2>/dev/null \
    | jq -r '[.measurements[] | select(.statistic == "COUNT") | .value] | first // 0 | floor' 2>/dev/null
}
answered() {
  local made copies
  made=$(metric "http.server.requests?tag=uri:/article/%7Bslug%7D&tag=method:GET&tag=status:200") || made=0
  copies=$(metric "kiosque.pages.copies?tag=result:hit") || copies=0
  [ -n "$made$copies" ] && echo $(( ${made:-0} + ${copies:-0} )) || echo ""
}

WRK_HEADERS=()
[ "${ACCEPT_GZIP:-0}" = 1 ] && WRK_HEADERS=(-H "Accept-Encoding: gzip")

say "Warming up Kiosque ($WARMUP) ..."
run_wrk "$PAGE" "$WARMUP" "$WORK/warmup.txt"
BEFORE=$(reads)
ANSWERED_BEFORE=$(answered)
say "Measuring Kiosque ($DURATION, $CONNECTIONS connections, $THREADS threads) ..."
run_wrk "$PAGE" "$DURATION" "$WORK/kiosque.txt"
AFTER=$(reads)
ANSWERED_AFTER=$(answered)
cat "$WORK/kiosque.txt"

kill "$KIOSQUE_PID" && wait "$KIOSQUE_PID" 2>/dev/null || true
KIOSQUE_PID=

# --- nginx ---------------------------------------------------------------------------------
nginx_serve "$WORK/www" article.html
STATIC="$NGINX_BASE/article.html"

say "Warming up nginx (5s) ..."
run_wrk "$STATIC" 5s "$WORK/nginx-warmup.txt"
say "Measuring nginx ($DURATION, $CONNECTIONS connections, $THREADS threads) ..."
run_wrk "$STATIC" "$DURATION" "$WORK/nginx.txt"
cat "$WORK/nginx.txt"

# --- results -------------------------------------------------------------------------------
K_RATE=$(rate_of "$WORK/kiosque.txt"); N_RATE=$(rate_of "$WORK/nginx.txt")
K_P99=$(p99_of "$WORK/kiosque.txt"); N_P99=$(p99_of "$WORK/nginx.txt")
K_DONE=$(requests_of "$WORK/kiosque.txt")
RATE_RATIO=$(awk -v k="$K_RATE" -v n="$N_RATE" 'BEGIN {printf "%.2f", k / n}')
P99_RATIO=$(awk -v k="$K_P99" -v n="$N_P99" 'BEGIN {printf "%.2f", (n > 0 ? k / n : 0)}')
GREW=$((AFTER - BEFORE))
STATUS=0
check() { if [ "$2" = 1 ]; then say "$1: PASS"; else say "$1: FAIL"; STATUS=1; fi; }

say ""
say "=== Article page, $CONNECTIONS connections, $DURATION ==="
printf '%-28s %14s %12s\n' "" "requests/s" "p99 (ms)"
printf '%-28s %14s %12s\n' "Kiosque, article $ID" "$K_RATE" "$K_P99"
printf '%-28s %14s %12s\n' "nginx, saved copy" "$N_RATE" "$N_P99"
check "Rate ratio Kiosque/nginx: $RATE_RATIO (target >= 0.5)" "$(awk -v r="$RATE_RATIO" 'BEGIN {print (r >= 0.5)}')"
check "p99 ratio Kiosque/nginx:  $P99_RATIO (target <= 3)" "$(awk -v r="$P99_RATIO" 'BEGIN {print (r <= 3)}')"
K_ERRORS=$(errors_of "$WORK/kiosque.txt")
[ -z "$K_ERRORS" ] || say "Kiosque errors: $K_ERRORS"

say ""
say "=== Read count ==="
say "Count before: $BEFORE, after: $AFTER, grew by $GREW"
say "wrk completed $K_DONE requests"
if [ -n "$ANSWERED_BEFORE" ] && [ -n "$ANSWERED_AFTER" ]; then
  ANSWERED=$((ANSWERED_AFTER - ANSWERED_BEFORE))
  say "Kiosque answered $ANSWERED (the $((ANSWERED - K_DONE)) more were in flight when wrk stopped)"
  check "Exact count (grew by what the server answered)" "$([ "$GREW" -eq "$ANSWERED" ] && echo 1 || echo 0)"
else
  say "No request metrics (/actuator/metrics closed?): comparing with wrk alone, up to $CONNECTIONS in flight"
  check "Count within wrk's completed + in flight" "$([ "$GREW" -ge "$K_DONE" ] && [ "$GREW" -le $((K_DONE + CONNECTIONS)) ] && echo 1 || echo 0)"
fi
exit $STATUS
