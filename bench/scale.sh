#!/usr/bin/env bash
# Does a page cost the same at N articles as at a thousand? (issue #19)
#
#   ./mvnw -B package -DskipTests && bench/scale.sh                  # N = 1 000 then 100 000, H2
#   SIZES="1000 1000000" DB=postgres bench/scale.sh                  # on the local PostgreSQL
#   SIZES="1000 1000000" DB=postgres REUSE=1 bench/scale.sh          # again, on the same archives
#
# Builds nothing: it needs target/kiosque.jar. For each N of SIZES: a fresh data directory
# (and, on PostgreSQL, a fresh schema), `generate-archive N` (timed, with its CPU time and the
# load average); then starts the jar on a free port (time to a healthy node, heap used after
# start and after a full GC), and measures with wrk (p50/p95/p99 from a Lua script, req/s)
# every page the issue names: the front page, a section page, a deep page of that section, an
# article, the search page, the feeds (RSS, Atom, the section's), the sitemap index and one
# child sitemap (the first file of the archive's first whole month), the content API list and a deep API page, and the newsroom's article list
# (signed in). Prints one table per N, then the p95 ratios N_max / N_min against the 1.5x
# target, and the machine's load average.
#
# Deep pages are found as a reader finds them: by following each page's own "next" link
# (rel="next" on an <a> or <link>; for the API, the Link header's rel="next", or a "next"
# field of the body) DEPTH times from the first page, never by making up a page number, so
# that the script works whatever the paging (page numbers, keyset cursors). A section with
# fewer pages than DEPTH is measured at its last page; the table says how deep.
#
# The node's own page copies (kiosque.cache.rendered.ttl) and sitemap files (kiosque.cache.sitemap-ttl)
# are off by default so that wrk measures what a page costs to make, not a copy kept for a
# second: COPIES=1 keeps them.
# REUSE=1 measures again on archives already made, in minutes instead of hours: each N's data
# directory is $REUSE_DIR/<db>-<N> (and, on PostgreSQL, its schema <prefix>_<N>, without the
# pid); when it already holds an archive (on PostgreSQL: the schema has articles; on H2: the
# data directory has a database) generation is skipped, else the archive is generated there
# and kept (whatever KEEP says), its search index with it, so that the next run's node starts
# with an index and only catches up from the change log. To start one size afresh, drop its
# schema (DROP SCHEMA <prefix>_<N> CASCADE) and remove its directory.
#
# On PostgreSQL a generated archive is vacuumed and analysed (VACUUM (ANALYZE)) before the node
# starts, as autovacuum would have done to an archive that grew over years: without it the
# planner works from the statistics of an empty table (and a server run with autovacuum off, as
# a test machine may be, would never get any).
#
# SIDE_BY_SIDE=1 measures the sizes at the same time instead of one after the other (on a
# shared machine the load moves between the two halves of a sequential run more than the
# pages do): every size's node is started first (each on its own port, with its own archive:
# use it with REUSE=1), then each page is measured on one node and the other in turn, ROUNDS
# rounds (3; the order of the sizes reversed every other round), DURATION (6s) each after
# WARMUP; the table gives every round's p95, the median p95 per size, and the ratio of the
# medians (largest size over smallest) against the 1.5x target. ONLY (an extended regular
# expression on the page's name, e.g. ONLY=sitemap) measures only the pages it matches.
# The sitemaps, whose bytes must grow with the archive (together they list every article),
# are also measured against nginx serving each node's own bytes, saved once from the node, in
# the same alternation (BASELINE=0 leaves nginx out): a second table gives per size the
# bytes, the median p95 of Kiosque and of nginx, their ratio, and the bytes served per second
# by each (median req/s x bytes), so that a cost per byte that stays flat shows as a ratio and
# a throughput in bytes that do not fall with the archive.
#
#   SIZES="1000 1000000" DB=postgres REUSE=1 SIDE_BY_SIDE=1 bench/scale.sh
#   SIZES="1000 1000000" DB=postgres REUSE=1 SIDE_BY_SIDE=1 COPIES=1 ONLY=sitemap bench/scale.sh
#
# Apart from that baseline, no nginx: the question is how a page's cost grows with the
# archive, not how it compares with a static file (bench/article-page.sh does that).
#
# Settings (environment): SIZES ("1000 100000"), DB (h2 | postgres), DURATION (10s),
# WARMUP (3s), CONNECTIONS (8), THREADS (2), SEED (19), DEPTH (50), BATCH (2000, the
# generator's --batch), JAVA, JAVA_OPTS (-Xmx512m, the node's), GENERATE_OPTS (-Xmx1g, the
# generator's), JAR (target/kiosque.jar), PG_URL (jdbc:postgresql://127.0.0.1:5432/kiosque),
# PG_USER (kiosque), PG_PASSWORD (empty), SCHEMA_PREFIX (scale: schemas are
# <prefix>_<N>_<pid>, or <prefix>_<N> with REUSE=1), KEEP=1 keeps the temp dir and the schemas,
# REUSE=1 and REUSE_DIR (/var/tmp/kiosque-scale) as above, SEARCH_WAIT (3600: seconds allowed
# for the first search index build), OUT (a file the tables are appended to, besides stdout),
# SIDE_BY_SIDE=1, ROUNDS (3), ONLY, BASELINE (1) and NGINX as above. On PostgreSQL the generator's connection batches its inserts
# into multi-row statements (reWriteBatchedInserts=true); the node's does not.
set -euo pipefail
export LC_NUMERIC=C  # printf and bc figures with a decimal point, whatever the locale
cd "$(dirname "$0")/.."

SIZES=${SIZES:-1000 100000}
DB=${DB:-h2}
SIDE_BY_SIDE=${SIDE_BY_SIDE:-0}
if [ "$SIDE_BY_SIDE" = 1 ]; then DURATION=${DURATION:-6s}; else DURATION=${DURATION:-10s}; fi
ROUNDS=${ROUNDS:-3}
ONLY=${ONLY:-}
BASELINE=${BASELINE:-1}
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
WARMUP=${WARMUP:-3s}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-2}
SEED=${SEED:-19}
DEPTH=${DEPTH:-50}
BATCH=${BATCH:-2000}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
GENERATE_OPTS=${GENERATE_OPTS:--Xmx1g}
SCHEMA_PREFIX=${SCHEMA_PREFIX:-scale}
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/kiosque}
PG_USER=${PG_USER:-kiosque}
PG_PASSWORD=${PG_PASSWORD:-}
JAR=${JAR:-target/kiosque.jar}
REUSE=${REUSE:-0}
REUSE_DIR=${REUSE_DIR:-/var/tmp/kiosque-scale}
SEARCH_WAIT=${SEARCH_WAIT:-3600}
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

[ "$SIDE_BY_SIDE" = 1 ] && [ "$BASELINE" = 1 ] && [ ! -x "$NGINX" ] && fail "nginx is not installed (apt-get install nginx-light; or BASELINE=0)"

bench_work scale
chmod 755 "$WORK"  # nginx workers run as an unprivileged user and must read the saved sitemaps
# Side by side, several nodes run at once: all are stopped at exit, with what bench_work starts.
NODE_PIDS=() DROP_SCHEMAS=()
stop_nodes() {
  local pid schema
  for pid in ${NODE_PIDS[@]+"${NODE_PIDS[@]}"}; do kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; done
  for schema in ${DROP_SCHEMAS[@]+"${DROP_SCHEMAS[@]}"}; do pg -c "DROP SCHEMA IF EXISTS $schema CASCADE" || true; done
  return 0
}
trap 'stop_nodes; bench_cleanup' EXIT

out() { say "$*"; [ -n "${OUT:-}" ] && printf '%s\n' "$*" >>"$OUT"; return 0; }

# psql's connection from the JDBC URL (host, port, database).
pg() {
  local rest=${PG_URL#jdbc:postgresql://} host port db
  host=${rest%%[:/]*}; port=${rest#*:}; port=${port%%/*}; [ "$port" = "$rest" ] && port=5432
  db=${rest#*/}; db=${db%%\?*}
  PGPASSWORD=$PG_PASSWORD psql -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$PG_USER" -d "$db" "$@"
}

# The median of the numbers given as arguments (the mean of the middle two for an even count).
median() {
  printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {if (NR == 0) exit; if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

# One wrk run: "p50 p95 p99 req/s requests errors" (ms), from the Lua script.
measure() {
  local url=$1; shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "User-Agent: $USER_AGENT" "$@" "$url" >/dev/null 2>&1 || true
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" -s "$LUA" -H "User-Agent: $USER_AGENT" "$@" "$url" 2>&1 \
    | awk '$1 == "SCALE" {print $2, $3, $4, $5, $6, $7}'
}

# The address of the page a "next" link points to, as a path: $1 the link, $2 the page it is on.
resolve() {
  local href=$1 current=$2
  case "$href" in
    http://*/* | https://*/*) href="/${href#*://*/}" ;;
    /*) ;;
    \?*) href="${current%%\?*}$href" ;;
    *) href="${current%/*}/$href" ;;
  esac
  printf '%s\n' "$href"
}

# The "next" link of an HTML page (stdin): the first <a> or <link> whose rel names "next".
next_in_html() {
  tr '\n' ' ' | grep -oiE '<(a|link)[[:space:]][^>]*>' | grep -iE "rel=[\"']?([^\"'>]*[[:space:]])?next([[:space:]\"'>]|$)" \
    | head -1 | grep -oiE "href=[\"'][^\"']*" | head -1 | sed -E "s/^href=[\"']//I; s/&amp;/\\&/g"
}

# The "next" link of an API answer: the Link header's rel="next", else a "next" (or
# "nextUrl", "links.next") field of the JSON body.
next_in_api() {
  local path=$1 headers link
  headers=$(curl -fs -D - -o "$WORK/api-page.json" "$BASE$path") || return 0
  link=$(printf '%s' "$headers" | tr -d '\r' | grep -i '^link:' | sed 's/^[Ll]ink:[[:space:]]*//' | tr ',' '\n' \
    | grep -iE 'rel="?next"?' | grep -o '<[^>]*>' | tr -d '<>' | head -1)
  [ -n "$link" ] || link=$(jq -r '(.next // .nextUrl // .links.next // empty) | strings' "$WORK/api-page.json" 2>/dev/null || true)
  printf '%s\n' "$link"
}

# Follows "next" links from path $2 up to DEPTH times ($1: html | api): prints "depth path" of
# the page reached (depth 0: the first page had no next link).
follow() {
  local kind=$1 path=$2 depth=0 link
  while [ "$depth" -lt "$DEPTH" ]; do
    if [ "$kind" = api ]; then link=$(next_in_api "$path"); else link=$(curl -fs "$BASE$path" | next_in_html || true); fi
    [ -n "$link" ] || break
    path=$(resolve "$link" "$path")
    depth=$((depth + 1))
  done
  printf '%s %s\n' "$depth" "$path"
}

declare -A P95 BASE_OF COOKIE_OF PATH_OF LABEL_OF STATUS_OF
RUN_SIZES=()
KEYS=()
for N in $SIZES; do
  RUN_SIZES+=("$N")
  DATA=$WORK/data-$N
  SCHEMA="${SCHEMA_PREFIX}_${N}_$$"
  REUSED=0
  if [ "$REUSE" = 1 ]; then
    DATA=$REUSE_DIR/$DB-$N
    SCHEMA="${SCHEMA_PREFIX}_${N}"
    mkdir -p "$DATA"
    if [ "$DB" = postgres ]; then
      [ "$(pg -Atc "SELECT to_regclass('$SCHEMA.article') IS NOT NULL" 2>/dev/null)" = t ] \
        && [ "$(pg -Atc "SELECT EXISTS (SELECT 1 FROM $SCHEMA.article)")" = t ] && REUSED=1
    else
      compgen -G "$DATA/db/*.mv.db" >/dev/null && REUSED=1
    fi
  fi
  SETTINGS=(--kiosque.data-dir="$DATA" --kiosque.demo.enabled=false --logging.file.name=)
  if [ "$DB" = postgres ]; then
    [ "$REUSED" = 1 ] || pg -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE; CREATE SCHEMA $SCHEMA"
    sep='?'; case "$PG_URL" in *\?*) sep='&' ;; esac
    SETTINGS+=(--spring.profiles.active=postgres --spring.datasource.url="$PG_URL${sep}currentSchema=$SCHEMA"
      --spring.datasource.username="$PG_USER" --spring.datasource.password="$PG_PASSWORD")
    GENERATE_SETTINGS=("${SETTINGS[@]}" --spring.datasource.url="$PG_URL${sep}currentSchema=$SCHEMA&reWriteBatchedInserts=true")
  else
    GENERATE_SETTINGS=("${SETTINGS[@]}")
  fi

  if [ "$REUSED" = 1 ]; then
    say "== N = $N ($DB): reusing the archive in $DATA$([ "$DB" = postgres ] && echo " (schema $SCHEMA)")"
    GENERATION="Archive reused (REUSE=1: $DATA$([ "$DB" != postgres ] || echo ", schema $SCHEMA")), not generated in this run."
  else
    say "== N = $N ($DB): generate-archive ..."
    GENERATE_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
    START=$(date +%s.%N)
    # shellcheck disable=SC2086
    "$JAVA" $GENERATE_OPTS -jar "$JAR" generate-archive "$N" --seed="$SEED" --batch="$BATCH" "${GENERATE_SETTINGS[@]}" \
      | tee "$WORK/generate-$N.log"
    GENERATED=$(printf "%.1f" "$(echo "$(date +%s.%N) - $START" | bc)")
    GENERATE_LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
    GENERATION="Generation: $(head -1 "$WORK/generate-$N.log") Command, start to end: ${GENERATED} s; load average before: $GENERATE_LOAD, after: $GENERATE_LOAD_AFTER."
    if [ "$DB" = postgres ]; then
      START=$(date +%s.%N)
      pg -Atc "SELECT format('VACUUM (ANALYZE) %I.%I;', schemaname, tablename) FROM pg_tables WHERE schemaname = '$SCHEMA'" \
        | pg >/dev/null
      GENERATION="$GENERATION VACUUM (ANALYZE): $(printf "%.1f" "$(echo "$(date +%s.%N) - $START" | bc)") s."
    fi
  fi

  # A new administrator each run: a reused archive keeps those of earlier runs.
  ADMIN="scale-admin-$(date +%s)-$RANDOM@example.org"
  ADMIN_PASSWORD="scale-$(date +%s)-$RANDOM-mot-de-passe"
  printf '%s\n' "$ADMIN_PASSWORD" | "$JAVA" -jar "$JAR" user add "$ADMIN" --role=ADMIN --name=Bench "${SETTINGS[@]}" >/dev/null

  PORT=$(free_port)
  BASE="http://127.0.0.1:$PORT"
  COPY_SETTINGS=()
  [ "${COPIES:-0}" = 1 ] || COPY_SETTINGS=(--kiosque.cache.rendered.ttl=0 --kiosque.cache.sitemap-ttl=0s)
  START=$(date +%s.%N)
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --kiosque.site.base-url="$BASE" "${SETTINGS[@]}" \
    "${COPY_SETTINGS[@]}" --logging.level.root=WARN --logging.level.org.kiosque.search=INFO >"$WORK/kiosque-$N.log" 2>&1 &
  KIOSQUE_PID=$!
  NODE_PIDS+=("$KIOSQUE_PID")
  for _ in $(seq 1 1200); do
    curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP && break
    kill -0 "$KIOSQUE_PID" 2>/dev/null || { tail -30 "$WORK/kiosque-$N.log" >&2; fail "Kiosque did not start"; }
    sleep 0.1
  done
  STARTED=$(printf "%.1f" "$(echo "$(date +%s.%N) - $START" | bc)")

  # The pages: the newest article's section; deep pages by following "next" links.
  FIRST=$(curl -fs "$BASE/api/content/articles?size=1") || fail "the content API does not answer: $BASE/api/content/articles"
  ID=$(jq -r '.articles[0].id' <<<"$FIRST")
  ARTICLE=$(jq -r '.articles[0].url' <<<"$FIRST" | sed -E 's#^https?://[^/]+##')
  SECTION=$(jq -r '.articles[0].section.slug // .articles[0].section' <<<"$FIRST")
  read -r SECTION_DEPTH SECTION_DEEP < <(follow html "/section/$SECTION")
  read -r API_DEPTH API_DEEP < <(follow api "/api/content/articles?size=20")
  # The child sitemap: the first file of the archive's second month, its first whole one (the
  # first month holds only the days after the archive's start: at a thousand, none or one
  # address against about 8 in a whole month).
  CHILD=$(curl -fs "$BASE/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -E 's#</?loc>##g; s#^https?://[^/]+##' \
    | grep -oE '^/sitemap-[0-9]{4}-[0-9]{2}' | sort -u | sed -n '2p; $p' | head -1 || true)
  CHILD=${CHILD:+$CHILD.xml}
  WORD=$(curl -fs "$BASE/api/content/articles/$ID" | jq -r '.headline' | tr ' ' '\n' | awk 'length($0) > 6' | head -1 || true)
  # The node builds its search index at start (a fresh data directory has none; a command
  # cannot write it): measured once the newest article is found.
  HEADLINE_Q=$(curl -fs "$BASE/api/content/articles/$ID" | jq -rj '"\"" + .headline + "\"" | @uri')
  SEARCH_LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
  for _ in $(seq 1 $((SEARCH_WAIT * 2))); do
    curl -fs "$BASE/recherche?q=$HEADLINE_Q" | grep -qF "$ARTICLE" && break
    sleep 0.5
  done
  SEARCHABLE=$(printf "%.1f" "$(echo "$(date +%s.%N) - $START" | bc)")
  # The index's own account: "rebuilt (...): N articles in M ms (R/s)", or "caught up".
  INDEXED=$(grep -oE 'Search index (rebuilt|caught up)[^"]*' "$WORK/kiosque-$N.log" | tail -1 || true)
  HEAP=$("$JCMD" "$KIOSQUE_PID" GC.heap_info 2>/dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {print int($(i+1) / 1024); exit}}' || true)
  "$JCMD" "$KIOSQUE_PID" GC.run >/dev/null 2>&1 || true
  HEAP_GC=$("$JCMD" "$KIOSQUE_PID" GC.heap_info 2>/dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {print int($(i+1) / 1024); exit}}' || true)

  COOKIES=$WORK/admin-$N.cookies
  TOKEN=$(curl -fs -c "$COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -fs -o /dev/null -b "$COOKIES" -c "$COOKIES" -H "Sec-Fetch-Site: same-origin" \
    --data-urlencode "_csrf=$TOKEN" --data-urlencode "username=$ADMIN" --data-urlencode "password=$ADMIN_PASSWORD" "$BASE/login"
  COOKIE=$(awk '!/^#/ && NF >= 7 {printf "%s%s=%s", sep, $6, $7; sep = "; "} /^#HttpOnly_/ {printf "%s%s=%s", sep, $6, $7; sep = "; "}' "$COOKIES")

  PAGES=(
    "front page|/"
    "section page|/section/$SECTION"
    "section, deep page ($SECTION_DEPTH next links)|$SECTION_DEEP"
    "article|$ARTICLE"
    "search|/recherche?q=$(jq -rn --arg w "$WORD" '$w|@uri')"
    "RSS feed|/feed.xml"
    "Atom feed|/feed.atom"
    "section feed|/section/$SECTION/feed.xml"
    "sitemap index|/sitemap.xml"
    "child sitemap|$CHILD"
    "API list|/api/content/articles"
    "API, deep page ($API_DEPTH next links)|$API_DEEP"
    "newsroom list (signed in)|/newsroom/articles"
  )
  LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
  out ""
  out "### N = $N ($DB) — load average before: $LOAD"
  out ""
  out "$GENERATION"
  out "Start to healthy: ${STARTED} s; to the search index rebuilt (the newest article found): ${SEARCHABLE} s (load average at health: $SEARCH_LOAD; the node: ${INDEXED:-no line}); heap used once searchable: ${HEAP:-?} MB, after a full GC: ${HEAP_GC:-?} MB."
  BASE_OF[$N]=$BASE
  COOKIE_OF[$N]=$COOKIE
  KEYS=()
  for entry in "${PAGES[@]}"; do
    NAME=${entry%%|*}; URL_PATH=${entry#*|}; KEY=${NAME%% (*}
    [ -z "$ONLY" ] || [[ $NAME =~ $ONLY ]] || continue
    KEYS+=("$KEY")
    PATH_OF[$N,$KEY]=$URL_PATH
    LABEL_OF[$N,$KEY]=$NAME
    EXTRA=()
    case "$NAME" in newsroom*) EXTRA=(-H "Cookie: $COOKIE") ;; esac
    STATUS_OF[$N,$KEY]=$(curl -s -o /dev/null -w '%{http_code}' ${EXTRA[@]:+"${EXTRA[@]}"} "$BASE$URL_PATH")
  done
  if [ "$SIDE_BY_SIDE" = 1 ]; then
    # The node stays up for the alternation below; the sitemaps' bytes are kept for nginx.
    if [ "$BASELINE" = 1 ]; then
      mkdir -p "$WORK/same-bytes/$N"
      for KEY in ${KEYS[@]+"${KEYS[@]}"}; do
        case "$KEY" in sitemap*|child\ sitemap*) curl -fs -o "$WORK/same-bytes/$N/${KEY// /-}.xml" "$BASE${PATH_OF[$N,$KEY]}" ;; esac
      done
    fi
    KIOSQUE_PID=
    [ "$DB" = postgres ] && [ "${KEEP:-0}" != 1 ] && [ "$REUSE" != 1 ] && DROP_SCHEMAS+=("$SCHEMA")
    continue
  fi
  out ""
  out "| page | p50 ms | p95 ms | p99 ms | req/s | errors |"
  out "|---|---:|---:|---:|---:|---:|"
  for KEY in ${KEYS[@]+"${KEYS[@]}"}; do
    URL_PATH=${PATH_OF[$N,$KEY]}
    EXTRA=()
    case "$KEY" in newsroom*) EXTRA=(-H "Cookie: $COOKIE") ;; esac
    read -r P50 P95V P99 RATE REQUESTS ERRORS < <(measure "$BASE$URL_PATH" "${EXTRA[@]}")
    P95[$N,$KEY]=$P95V
    out "| ${LABEL_OF[$N,$KEY]} \`$URL_PATH\` (${STATUS_OF[$N,$KEY]}) | $P50 | $P95V | $P99 | $RATE | $ERRORS |"
  done
  out ""
  out "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
  kill "$KIOSQUE_PID" && wait "$KIOSQUE_PID" 2>/dev/null || true
  KIOSQUE_PID=
  [ "$DB" = postgres ] && [ "${KEEP:-0}" != 1 ] && [ "$REUSE" != 1 ] && { pg -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" || true; }
done

if [ "$SIDE_BY_SIDE" = 1 ] && [ "${#RUN_SIZES[@]}" -ge 2 ]; then
  SORTED=($(printf '%s\n' "${RUN_SIZES[@]}" | sort -n))
  SMALL=${SORTED[0]} BIG=${SORTED[-1]}
  NGINX_UP=0
  if [ "$BASELINE" = 1 ] && compgen -G "$WORK/same-bytes/*/*.xml" >/dev/null; then
    chmod -R a+rX "$WORK/same-bytes"
    FIRST_FILE=$(cd "$WORK/same-bytes" && compgen -G "*/*.xml" | head -1)
    NGINX_TYPES='application/xml xml;' nginx_serve "$WORK/same-bytes" "$FIRST_FILE"
    NGINX_UP=1
  fi
  declare -A ROUND_P95 ROUND_RATE NGINX_P95 NGINX_RATE
  LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
  STARTED_AT=$(date -u +%H:%M)
  say "== side by side: ${#KEYS[@]} pages x $ROUNDS rounds x ${#SORTED[@]} sizes, $DURATION each after $WARMUP of warm-up"
  for KEY in "${KEYS[@]}"; do
    for round in $(seq 1 "$ROUNDS"); do
      ORDER=("${SORTED[@]}")
      [ $((round % 2)) = 0 ] && ORDER=($(printf '%s\n' "${SORTED[@]}" | sort -rn))
      for N in "${ORDER[@]}"; do
        EXTRA=()
        case "$KEY" in newsroom*) EXTRA=(-H "Cookie: ${COOKIE_OF[$N]}") ;; esac
        read -r _ P95V _ RATE _ ERRORS < <(measure "${BASE_OF[$N]}${PATH_OF[$N,$KEY]}" "${EXTRA[@]}")
        ROUND_P95[$N,$KEY]="${ROUND_P95[$N,$KEY]:-}${ROUND_P95[$N,$KEY]:+ }$P95V"
        ROUND_RATE[$N,$KEY]="${ROUND_RATE[$N,$KEY]:-}${ROUND_RATE[$N,$KEY]:+ }$RATE"
        [ "${ERRORS:-0}" = 0 ] || say "  $KEY at $N: $ERRORS errors in round $round"
        FILE=$N/${KEY// /-}.xml
        if [ "$NGINX_UP" = 1 ] && [ -f "$WORK/same-bytes/$FILE" ]; then
          read -r _ P95V _ RATE _ _ < <(measure "$NGINX_BASE/$FILE")
          NGINX_P95[$N,$KEY]="${NGINX_P95[$N,$KEY]:-}${NGINX_P95[$N,$KEY]:+ }$P95V"
          NGINX_RATE[$N,$KEY]="${NGINX_RATE[$N,$KEY]:-}${NGINX_RATE[$N,$KEY]:+ }$RATE"
        fi
      done
    done
    say "  $KEY: ${ROUND_P95[$SMALL,$KEY]} | ${ROUND_P95[$BIG,$KEY]}"
  done
  out ""
  out "### Side by side: p95 at N = $BIG over p95 at N = $SMALL ($DB, $ROUNDS rounds of $DURATION, page copies $([ "${COPIES:-0}" = 1 ] && echo on || echo off); target: 1.5 at most)"
  out ""
  out "$STARTED_AT–$(date -u +%H:%M) UTC, load average before: $LOAD, after: $(cut -d' ' -f1-3 /proc/loadavg)."
  out ""
  out "| page | p95 ms at $SMALL (rounds) | p95 ms at $BIG (rounds) | median at $SMALL | median at $BIG | ratio of medians | within 1.5× |"
  out "|---|---|---|---:|---:|---:|---|"
  for KEY in "${KEYS[@]}"; do
    # shellcheck disable=SC2086
    SMALL_P95=$(median ${ROUND_P95[$SMALL,$KEY]}); BIG_P95=$(median ${ROUND_P95[$BIG,$KEY]})
    RATIO=$(awk -v b="$BIG_P95" -v s="$SMALL_P95" 'BEGIN {if (s > 0) printf "%.2f", b / s}')
    VERDICT=$( [ -n "$RATIO" ] && echo "$RATIO <= 1.5" | bc 2>/dev/null | sed 's/1/yes/; s/0/**no**/' || true)
    LABEL=${LABEL_OF[$BIG,$KEY]}
    [ "${LABEL_OF[$SMALL,$KEY]}" = "$LABEL" ] || LABEL="$LABEL; ${LABEL_OF[$SMALL,$KEY]#"$KEY "} at $SMALL"
    out "| $LABEL | ${ROUND_P95[$SMALL,$KEY]} | ${ROUND_P95[$BIG,$KEY]} | $SMALL_P95 | $BIG_P95 | ${RATIO:-?} | ${VERDICT:-?} |"
  done
  if [ "$NGINX_UP" = 1 ]; then
    out ""
    out "#### The same bytes from nginx, in the same alternation (medians of $ROUNDS rounds)"
    out ""
    out "| page | N | bytes | Kiosque p95 ms | nginx p95 ms | Kiosque / nginx | Kiosque MB/s | nginx MB/s |"
    out "|---|---:|---:|---:|---:|---:|---:|---:|"
    for KEY in "${KEYS[@]}"; do
      for N in "${SORTED[@]}"; do
        FILE=$WORK/same-bytes/$N/${KEY// /-}.xml
        [ -f "$FILE" ] || continue
        BYTES=$(stat -c %s "$FILE")
        # shellcheck disable=SC2086
        K95=$(median ${ROUND_P95[$N,$KEY]}); N95=$(median ${NGINX_P95[$N,$KEY]})
        # shellcheck disable=SC2086
        KRATE=$(median ${ROUND_RATE[$N,$KEY]}); NRATE=$(median ${NGINX_RATE[$N,$KEY]})
        out "| $KEY \`${PATH_OF[$N,$KEY]}\` | $N | $BYTES | $K95 | $N95 | $(awk -v k="$K95" -v n="$N95" 'BEGIN {printf "%.1f", (n > 0 ? k / n : 0)}') | $(awk -v r="$KRATE" -v b="$BYTES" 'BEGIN {printf "%.2f", r * b / 1e6}') | $(awk -v r="$NRATE" -v b="$BYTES" 'BEGIN {printf "%.2f", r * b / 1e6}') |"
      done
    done
  fi
elif [ "${#RUN_SIZES[@]}" -ge 2 ]; then
  SMALL=$(printf '%s\n' "${RUN_SIZES[@]}" | sort -n | head -1)
  BIG=$(printf '%s\n' "${RUN_SIZES[@]}" | sort -n | tail -1)
  out ""
  out "### p95 at N = $BIG over p95 at N = $SMALL ($DB; target: 1.5 at most)"
  out ""
  out "| page | p95 ms at $SMALL | p95 ms at $BIG | ratio | within 1.5× |"
  out "|---|---:|---:|---:|---|"
  for KEY in "${KEYS[@]}"; do
    SMALL_P95=${P95[$SMALL,$KEY]:-} BIG_P95=${P95[$BIG,$KEY]:-}
    RATIO=$(awk -v b="$BIG_P95" -v s="$SMALL_P95" 'BEGIN {if (s > 0) printf "%.2f", b / s}')
    VERDICT=$( [ -n "$RATIO" ] && echo "$RATIO <= 1.5" | bc 2>/dev/null | sed 's/1/yes/; s/0/**no**/' || true)
    out "| $KEY | ${SMALL_P95:-?} | ${BIG_P95:-?} | ${RATIO:-?} | ${VERDICT:-?} |"
  done
fi
