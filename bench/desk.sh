#!/usr/bin/env bash
# The desk at scale: saving an article and the newsroom's list of articles with 100 000
# articles and 1 000 000 revisions.
#
#   ./mvnw -B package -DskipTests && bench/desk.sh            # H2, in a temp data directory
#   DB=postgres bench/desk.sh                                 # PostgreSQL on 127.0.0.1:5432
#
# Builds nothing: it needs target/kiosque.jar. Makes a fresh data directory (demo content
# off); on PostgreSQL also a fresh database (PG_ADMIN_URL's server, trust auth), dropped at
# the end. Adds an editor with `user add` (which also creates the schema), starts Kiosque
# on a free port, writes the articles and revisions with INSERT ... SELECT over a generated series (bench/desk.sql,
# through H2's own shell or psql, into the running server's database), then
# bench/desk_client.py signs the editor in and measures:
#   - save: POST /newsroom/articles/{id} action=save, SAVES times round 50 articles (the
#     first of every fourth page of the list: drafts, in review, published, unpublished), each from a fresh baseRevision read from the
#     editor page (untimed); the body is a 600-word dispatch with one sentence changed;
#   - the list /newsroom/articles: first page, status + section, headline searches (a common
#     word, a rare one, none), the deepest page (200) and a section's page 100.
# The server starts before the data is written, and plain SQL writes no change-log row, so
# its search index never re-reads the bulk data during the run (the desk does not read that
# index). A saved published article is still indexed, as always, through its change-log row.
# Prints p50/p95/p99/max per measure, the server's CPU time per request (/proc) and the machine's load. Exit status: 0 when save p95 <
# 50 ms and every list p95 < 100 ms, 1 when one misses, 2 when something is missing.
#
# Settings (environment): DB (h2 | postgres), ARTICLES (100000), REVISIONS_EACH (10),
# SAVES (300), LIST_ROUNDS (40), PG_ADMIN_URL (postgresql://postgres@127.0.0.1:5432/postgres),
# JAR (target/kiosque.jar), JAVA (java of JAVA_HOME, else the first Java 21+ found),
# JAVA_OPTS, KEEP=1 keeps the temp dir (and the PostgreSQL database).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-h2}
ARTICLES=${ARTICLES:-100000}
REVISIONS_EACH=${REVISIONS_EACH:-10}
SAVES=${SAVES:-300}
LIST_ROUNDS=${LIST_ROUNDS:-40}
PG_ADMIN_URL=${PG_ADMIN_URL:-postgresql://postgres@127.0.0.1:5432/postgres}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=${JAR:-target/kiosque.jar}

. "$(dirname "$0")/lib.sh"

[ -f "$JAR" ] && JAR=$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")
[ -f "$JAR" ] || fail "no $JAR — build it first: ./mvnw -B package -DskipTests (this script builds nothing)"
command -v curl >/dev/null || fail "curl is not installed"
command -v python3 >/dev/null || fail "python3 is not installed"
case "$DB" in
  h2) command -v unzip >/dev/null || fail "unzip is not installed" ;;
  postgres) command -v psql >/dev/null || fail "psql is not installed (apt-get install postgresql-client)" ;;
  *) fail "DB is h2 or postgres, not $DB" ;;
esac

find_java

WORK=$(mktemp -d -t kiosque-desk.XXXXXX)
DATA=$WORK/data
PG_DB=kiosque_desk_bench_$$
KIOSQUE_PID=
cleanup() {
  [ -n "$KIOSQUE_PID" ] && kill "$KIOSQUE_PID" 2>/dev/null && wait "$KIOSQUE_PID" 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then
    say "kept $WORK${DB/h2/}"; [ "$DB" = postgres ] && say "kept database $PG_DB"
  else
    rm -rf "$WORK"
    [ "$DB" = postgres ] && psql -q "$PG_ADMIN_URL" -c "DROP DATABASE IF EXISTS $PG_DB" >/dev/null 2>&1
  fi
  true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

SETTINGS=(--kiosque.data-dir="$DATA" --kiosque.demo.enabled=false --logging.file.name=)
if [ "$DB" = postgres ]; then
  psql -q "$PG_ADMIN_URL" -c "CREATE DATABASE $PG_DB" >/dev/null || fail "cannot create database $PG_DB at $PG_ADMIN_URL"
  PG_USER=$(python3 -c "import sys, urllib.parse; print(urllib.parse.urlparse(sys.argv[1]).username or 'postgres')" "$PG_ADMIN_URL")
  PG_URL=${PG_ADMIN_URL%/*}/$PG_DB
  SETTINGS+=(--spring.profiles.active=postgres --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$PG_DB"
    --spring.datasource.username="$PG_USER")
fi

say "Adding the bench's editor (and the schema) ..."
EDITOR=bench-editor@example.org
EDITOR_PASSWORD="bench-$(date +%s)-$RANDOM-mot-de-passe"
printf '%s\n' "$EDITOR_PASSWORD" | "$JAVA" -jar "$JAR" user add "$EDITOR" --role=EDITOR --name=Banc "${SETTINGS[@]}" \
  >"$WORK/user.log" 2>&1 || { cat "$WORK/user.log" >&2; fail "user add failed"; }

# bench/desk.sql with its placeholders written for this database.
sql_for() {
  python3 - "$1" "$ARTICLES" "$REVISIONS_EACH" bench/desk.sql <<'PY'
import re, sys
db, articles, revisions, path = sys.argv[1:5]
sql = open(path, encoding="utf-8").read().replace("REVISIONS_EACH", revisions).replace("ARTICLES", articles)
if db == "h2":
    sql = re.sub(r"@RANGE\((\w+), (\w+)\)@", r"SYSTEM_RANGE(1, \1) \2", sql)
    sql = re.sub(r"@AGO\(([^)@]+)\)@", r"DATEADD('SECOND', -(\1), CURRENT_TIMESTAMP)", sql)
else:
    sql = re.sub(r"@RANGE\((\w+), (\w+)\)@", r"generate_series(1, \1) AS \2(x)", sql)
    sql = re.sub(r"@AGO\(([^)@]+)\)@", r"(CURRENT_TIMESTAMP - (\1) * INTERVAL '1 second')", sql)
print(sql)
PY
}

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
say "Starting Kiosque on port $PORT ..."
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --kiosque.site.base-url="$BASE" "${SETTINGS[@]}" \
  --logging.level.root=WARN >"$WORK/kiosque.log" 2>&1 &
KIOSQUE_PID=$!
TIMEOUT=120 wait_healthy "$BASE/actuator/health" "$KIOSQUE_PID" "$WORK/kiosque.log"

say "Writing $ARTICLES articles and $((ARTICLES * REVISIONS_EACH)) revisions ($DB) ..."
STARTED=$(date +%s)
if [ "$DB" = h2 ]; then
  (cd "$WORK" && unzip -qjo "$JAR" 'BOOT-INF/lib/h2-*.jar')
  sql_for h2 >"$WORK/data.sql"
  "$JAVA" -cp "$WORK"/h2-*.jar org.h2.tools.RunScript -url "jdbc:h2:file:$DATA/db/kiosque;AUTO_SERVER=TRUE" \
    -user sa -password "" -script "$WORK/data.sql" || fail "could not write the data"
else
  sql_for postgres | psql -q -v ON_ERROR_STOP=1 "$PG_URL" >/dev/null || fail "could not write the data"
fi
say "  written in $(($(date +%s) - STARTED)) s"


say "Measuring (load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores) ..."
say ""
STATUS=0
KIOSQUE_PID=$KIOSQUE_PID python3 bench/desk_client.py "$BASE" "$EDITOR" "$EDITOR_PASSWORD" "$SAVES" "$LIST_ROUNDS" || STATUS=$?
say ""
say "Load average after: $(cut -d' ' -f1-3 /proc/loadavg); $DB, $ARTICLES articles, $((ARTICLES * REVISIONS_EACH)) revisions"
[ "$STATUS" -le 1 ] || { tail -30 "$WORK/kiosque.log" >&2; exit 1; }
exit "$STATUS"
