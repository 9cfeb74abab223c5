#!/usr/bin/env bash
# Does a page cost the same at N articles as at a thousand? (issue #19)
#
#   ./mvnw -B package -DskipTests && bench/scale.sh                  # N = 1 000 then 100 000, H2
#   SIZES="1000 1000000" DB=postgres bench/scale.sh                  # on the local PostgreSQL
#
# Builds nothing: it needs target/kiosque.jar. For each N of SIZES: a fresh data directory
# (and, on PostgreSQL, a fresh schema), `generate-archive N` (timed), an administrator; then
# starts the jar on a free port (time to a healthy node, heap used after start and after a full
# GC), and measures with wrk (p50/p95/p99 from a Lua script, req/s) every page the issue names:
# the front page, a section page, the last page of that section, an article, the search page,
# the RSS feed, the sitemap index and one child sitemap, the content API list and its last
# page, and the newsroom's article list (signed in). Prints one table per N, then the p95
# ratios N_big / N_small against the 1.5x target, and the machine's load average.
#
# The node's own page copies (kiosque.cache.rendered.ttl) and sitemap files (kiosque.cache.sitemap-ttl)
# are off by default so that wrk measures what a page costs to make, not a copy kept for a
# second: COPIES=1 keeps them.
# No nginx baseline here: the question is how a page's cost grows with the archive, not how it
# compares with a static file (bench/article-page.sh does that).
#
# Settings (environment): SIZES ("1000 100000"), DB (h2 | postgres), DURATION (10s),
# WARMUP (3s), CONNECTIONS (8), THREADS (2), SEED (19), JAVA, JAVA_OPTS (-Xmx512m),
# JAR (target/kiosque.jar), PG_URL (jdbc:postgresql://127.0.0.1:5432/kiosque), PG_USER (kiosque), PG_PASSWORD (empty),
# KEEP=1 keeps the temp dir, OUT (a file the tables are appended to, besides stdout).
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-1000 100000}
DB=${DB:-h2}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
SEED=${SEED:-19}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/kiosque}
PG_USER=${PG_USER:-kiosque}
PG_PASSWORD=${PG_PASSWORD:-}
JAR=${JAR:-target/kiosque.jar}
LUA=bench/percentiles.lua
USER_AGENT='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36'

. "$(dirname "$0")/lib.sh"

[ -f "$JAR" ] || fail "no $JAR — build it first: ./mvnw -B package -DskipTests (this script builds nothing)"
command -v wrk >/dev/null || fail "wrk is not installed (apt-get install wrk)"
command -v curl >/dev/null || fail "curl is not installed"
command -v jq >/dev/null || fail "jq is not installed"
find_java
JCMD=$(dirname "$JAVA")/jcmd
[ "$DB" = postgres ] && ! command -v psql >/dev/null && fail "DB=postgres needs psql to make a fresh schema"

WORK=$(mktemp -d -t kiosque-scale.XXXXXX)
KIOSQUE_PID=
cleanup() {
  [ -n "$KIOSQUE_PID" ] && kill "$KIOSQUE_PID" 2>/dev/null && wait "$KIOSQUE_PID" 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

out() { say "$*"; [ -n "${OUT:-}" ] && printf '%s\n' "$*" >>"$OUT"; return 0; }

# psql's connection from the JDBC URL (host, port, database).
pg() {
  local rest=${PG_URL#jdbc:postgresql://} host port db
  host=${rest%%[:/]*}; port=${rest#*:}; port=${port%%/*}; [ "$port" = "$rest" ] && port=5432
  db=${rest#*/}; db=${db%%\?*}
  PGPASSWORD=$PG_PASSWORD psql -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$PG_USER" -d "$db" "$@"
}

# One wrk run: "p50 p95 p99 req/s requests errors" (ms), from the Lua script.
measure() {
  local url=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "User-Agent: $USER_AGENT" "$@" "$url" >/dev/null 2>&1 || true
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$LUA" -H "User-Agent: $USER_AGENT" "$@" "$url" 2>&1 \
    | awk '$1 == "SCALE" {print $2, $3, $4, $5, $6, $7}'
}

# The last page N for which "$1?page=N" (or &page=) answers 200 and $2 (a grep) finds content.
last_page() {
  local url=$1 sep='?' lo=1 hi=2 probe
  case "$url" in *\?*) sep='&' ;; esac
  ok() { probe=$(curl -s -w '\n%{http_code}' "$url${sep}page=$1"); [ "${probe##*$'\n'}" = 200 ] && grep -q "$2" <<<"${probe%$'\n'*}"; }
  while ok "$hi" "$2"; do lo=$hi; hi=$((hi * 2)); [ "$hi" -gt 10000000 ] && break; done
  while [ $((hi - lo)) -gt 1 ]; do local mid=$(((lo + hi) / 2)); if ok "$mid" "$2"; then lo=$mid; else hi=$mid; fi; done
  echo "$lo"
}

declare -A P95
RUN_SIZES=()
for N in $SIZES; do
  RUN_SIZES+=("$N")
  DATA=$WORK/data-$N
  SETTINGS=(--kiosque.data-dir="$DATA" --kiosque.demo.enabled=false --logging.file.name=)
  if [ "$DB" = postgres ]; then
    SCHEMA="scale_${N}_$$"
    pg -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE; CREATE SCHEMA $SCHEMA"
    sep='?'; case "$PG_URL" in *\?*) sep='&' ;; esac
    SETTINGS+=(--spring.profiles.active=postgres --spring.datasource.url="$PG_URL${sep}currentSchema=$SCHEMA"
      --spring.datasource.username="$PG_USER" --spring.datasource.password="$PG_PASSWORD")
  fi

  say "== N = $N ($DB): generate-archive ..."
  START=$(date +%s.%N)
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS -jar "$JAR" generate-archive "$N" --seed="$SEED" "${SETTINGS[@]}" | tee "$WORK/generate-$N.log"
  GENERATED=$(echo "$(date +%s.%N) - $START" | bc)

  ADMIN=scale-admin@example.org
  ADMIN_PASSWORD="scale-$(date +%s)-$RANDOM-mot-de-passe"
  printf '%s\n' "$ADMIN_PASSWORD" | "$JAVA" -jar "$JAR" user add "$ADMIN" --role=ADMIN --name=Bench "${SETTINGS[@]}" >/dev/null

  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  COPY_SETTINGS=()
  [ "${COPIES:-0}" = 1 ] || COPY_SETTINGS=(--kiosque.cache.rendered.ttl=0 --kiosque.cache.sitemap-ttl=0s)
  START=$(date +%s.%N)
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --kiosque.site.base-url="$BASE" "${SETTINGS[@]}" \
    "${COPY_SETTINGS[@]}" --logging.level.root=WARN >"$WORK/kiosque-$N.log" 2>&1 &
  KIOSQUE_PID=$!
  for _ in $(seq 1 1200); do
    curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP && break
    kill -0 "$KIOSQUE_PID" 2>/dev/null || { tail -30 "$WORK/kiosque-$N.log" >&2; fail "Kiosque did not start"; }
    sleep 0.1
  done
  STARTED=$(echo "$(date +%s.%N) - $START" | bc)

  # The pages: the newest article's section, its last page; the API's last page.
  FIRST=$(curl -fs "$BASE/api/content/articles?size=1")
  ID=$(jq -r '.articles[0].id' <<<"$FIRST")
  ARTICLE=$(jq -r '.articles[0].url' <<<"$FIRST" | sed -E 's#^https?://[^/]+##')
  SECTION=$(jq -r '.articles[0].section.slug // .articles[0].section' <<<"$FIRST")
  SECTION_LAST=$(last_page "$BASE/section/$SECTION" '/article/')
  API_LAST=$(last_page "$BASE/api/content/articles?size=20" '"id"')
  CHILD=$(curl -fs "$BASE/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -E 's#</?loc>##g; s#^https?://[^/]+##' | grep -v pages | head -1)
  WORD=$(curl -fs "$BASE/api/content/articles/$ID" | jq -r '.headline' | tr ' ' '\n' | awk 'length($0) > 6' | head -1)
  # The node builds its search index at start (a fresh data directory has none; a command
  # cannot write it): measured once the newest article is found.
  HEADLINE_Q=$(curl -fs "$BASE/api/content/articles/$ID" | jq -rj '"\"" + .headline + "\"" | @uri')
  for _ in $(seq 1 6000); do
    curl -fs "$BASE/recherche?q=$HEADLINE_Q" | grep -qF "$ARTICLE" && break
    sleep 0.1
  done
  SEARCHABLE=$(echo "$(date +%s.%N) - $START" | bc)
  HEAP=$("$JCMD" "$KIOSQUE_PID" GC.heap_info 2>/dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {print int($(i+1) / 1024); exit}}')
  "$JCMD" "$KIOSQUE_PID" GC.run >/dev/null 2>&1 || true
  HEAP_GC=$("$JCMD" "$KIOSQUE_PID" GC.heap_info 2>/dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {print int($(i+1) / 1024); exit}}')

  COOKIES=$WORK/admin-$N.cookies
  TOKEN=$(curl -fs -c "$COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -fs -o /dev/null -b "$COOKIES" -c "$COOKIES" -H "Sec-Fetch-Site: same-origin" \
    --data-urlencode "_csrf=$TOKEN" --data-urlencode "username=$ADMIN" --data-urlencode "password=$ADMIN_PASSWORD" "$BASE/login"
  COOKIE=$(awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep = "; "} /^#HttpOnly_/ {printf "%s%s=%s", sep, $6, $7; sep = "; "}' "$COOKIES")

  PAGES=(
    "front page|/"
    "section page|/section/$SECTION"
    "section, last page ($SECTION_LAST)|/section/$SECTION?page=$SECTION_LAST"
    "article|$ARTICLE"
    "search|/recherche?q=$(jq -rn --arg w "$WORD" '$w|@uri')"
    "RSS feed|/feed.xml"
    "sitemap index|/sitemap.xml"
    "child sitemap|$CHILD"
    "API list|/api/content/articles"
    "API, last page ($API_LAST)|/api/content/articles?size=20&page=$API_LAST"
    "newsroom list (signed in)|/newsroom/articles"
  )
  LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
  out ""
  out "### N = $N ($DB) — load average before: $LOAD"
  out ""
  out "$(head -1 "$WORK/generate-$N.log") Command, start to end: ${GENERATED} s."
  out "Start to healthy: ${STARTED} s; to the search index rebuilt (the newest article found): ${SEARCHABLE} s; heap used once searchable: ${HEAP:-?} MB, after a full GC: ${HEAP_GC:-?} MB."
  out ""
  out "| page | p50 ms | p95 ms | p99 ms | req/s | errors |"
  out "|---|---:|---:|---:|---:|---:|"
  for entry in "${PAGES[@]}"; do
    NAME=${entry%%|*}; URL_PATH=${entry#*|}
    EXTRA=()
    case "$NAME" in newsroom*) EXTRA=(-H "Cookie: $COOKIE") ;; esac
    STATUS=$(curl -s -o /dev/null -w '%{http_code}' ${EXTRA[@]:+"${EXTRA[@]}"} "$BASE$URL_PATH")
    read -r P50 P95V P99 RATE REQUESTS ERRORS < <(measure "$BASE$URL_PATH" "${EXTRA[@]}")
    KEY=${NAME%% (*}
    P95[$N,$KEY]=$P95V
    out "| $NAME \`$URL_PATH\` ($STATUS) | $P50 | $P95V | $P99 | $RATE | $ERRORS |"
  done
  out ""
  out "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
  kill "$KIOSQUE_PID" && wait "$KIOSQUE_PID" 2>/dev/null || true
  KIOSQUE_PID=
  [ "$DB" = postgres ] && { pg -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" || true; }
done

if [ "${#RUN_SIZES[@]}" -ge 2 ]; then
  SMALL=${RUN_SIZES[0]}; BIG=${RUN_SIZES[-1]}
  out ""
  out "### p95 at N = $BIG over p95 at N = $SMALL (target: 1.5 at most)"
  out ""
  out "| page | p95 ratio | within 1.5× |"
  out "|---|---:|---|"
  for entry in "${PAGES[@]}"; do
    NAME=${entry%%|*}; KEY=${NAME%% (*}
    RATIO=$(echo "scale=2; ${P95[$BIG,$KEY]} / ${P95[$SMALL,$KEY]}" | bc 2>/dev/null || echo "?")
    VERDICT=$(echo "$RATIO <= 1.5" | bc 2>/dev/null | sed 's/1/yes/; s/0/**no**/')
    out "| $KEY | $RATIO | $VERDICT |"
  done
fi
