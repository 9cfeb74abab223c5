#!/usr/bin/env bash
# Three Kiosque nodes on one PostgreSQL schema behind nginx, with the very nginx configuration
# that docs/operations.md shows ("Several nodes"): the script reads it from there, puts the
# local ports in place of the example's addresses, and checks what the page promises.
#
#   ./mvnw -B package -DskipTests && PG_URL=jdbc:postgresql://127.0.0.1:5432/test PG_USER=postgres bench/nodes.sh
#
# Builds nothing: it needs target/kiosque.jar. On a fresh schema it makes an editor's API
# token and an admin (the jar's own commands, which also migrate the schema), starts three
# nodes, each with its own data directory, then nginx, and:
#   1. publishes an article on node 1 (the admin API), and reads it READS times through nginx
#      (each read a new reader): which node answered each, and the Cache-Control sent;
#   2. signs the admin in through nginx and opens the newsroom SIGNED times: one session,
#      whichever node answers;
#   3. waits for the read count in the database to equal the reads sent;
#   4. kills node 2 (SIGKILL) and reads READS times more through nginx: every read answered
#      by the two others, and counted.
# Exit status 0 when all of that holds, 1 when a check fails, 2 when something is missing.
#
# Settings (environment): PG_URL (jdbc:postgresql://127.0.0.1:5432/kiosque), PG_USER (kiosque),
# PG_PASSWORD (empty), READS (30), SIGNED (6), JAR (target/kiosque.jar), JAVA_OPTS (-Xmx384m),
# KEEP=1 keeps the temp dir (logs of each node and of nginx).
set -euo pipefail
cd "$(dirname "$0")/.."

PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/kiosque}
PG_USER=${PG_USER:-kiosque}
PG_PASSWORD=${PG_PASSWORD:-}
READS=${READS:-30}
SIGNED=${SIGNED:-6}
JAR=${JAR:-target/kiosque.jar}
JAVA_OPTS=${JAVA_OPTS:--Xmx384m}
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
USER_AGENT='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36'

. "$(dirname "$0")/lib.sh"

[ -f "$JAR" ] || fail "no $JAR — build it first: ./mvnw -B package -DskipTests (this script builds nothing)"
[ -x "$NGINX" ] || fail "nginx is not installed (apt-get install nginx-light)"
for tool in curl jq psql; do command -v "$tool" >/dev/null || fail "$tool is not installed"; done
find_java

WORK=$(mktemp -d -t kiosque-nodes.XXXXXX)
SCHEMA="nodes_$$"
PIDS=()
NGINX_PID=
FAILED=0

pg() {
  local rest=${PG_URL#jdbc:postgresql://} host port db
  host=${rest%%[:/]*}; port=${rest#*:}; port=${port%%/*}; [ "$port" = "$rest" ] && port=5432
  db=${rest#*/}; db=${db%%\?*}
  PGPASSWORD=$PG_PASSWORD psql -q -At -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$PG_USER" -d "$db" "$@"
}

cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  pg -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE" 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then say "kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

check() { # check "what" condition...
  local what=$1; shift
  if "$@"; then say "  ok: $what"; else say "  FAILED: $what"; FAILED=1; fi
}

# --- the schema, an API token, an admin -----------------------------------------------------
pg -c "CREATE SCHEMA $SCHEMA"
NGINX_PORT=$(free_port)
BASE="http://127.0.0.1:$NGINX_PORT"
sep='?'; case "$PG_URL" in *\?*) sep='&' ;; esac
SETTINGS=(--spring.profiles.active=postgres --spring.datasource.url="$PG_URL${sep}currentSchema=$SCHEMA"
  --spring.datasource.username="$PG_USER" --spring.datasource.password="$PG_PASSWORD"
  --kiosque.site.base-url="$BASE" --kiosque.demo.enabled=false --logging.file.name=)
# shellcheck disable=SC2086
TOKEN=$("$JAVA" $JAVA_OPTS -jar "$JAR" token create "Banc trois nœuds" --role=EDITOR \
  --kiosque.data-dir="$WORK/commands" "${SETTINGS[@]}" 2>"$WORK/token.err" | grep -o 'kiosque_[A-Za-z0-9_-]*' | tail -1) \
  || { cat "$WORK/token.err" >&2; fail "token create failed"; }
ADMIN=nodes-admin@example.org
ADMIN_PASSWORD="noeuds-$(date +%s)-$RANDOM-mot-de-passe"
# shellcheck disable=SC2086
printf '%s\n' "$ADMIN_PASSWORD" | "$JAVA" $JAVA_OPTS -jar "$JAR" user add "$ADMIN" --role=ADMIN --name=Banc \
  --kiosque.data-dir="$WORK/commands" "${SETTINGS[@]}" >/dev/null 2>"$WORK/user.err" \
  || { cat "$WORK/user.err" >&2; fail "user add failed"; }

# --- three nodes, each its own data directory ------------------------------------------------
PORTS=()
START=$(date +%s.%N)
for n in 1 2 3; do
  PORTS+=("$(free_port)")
  # The environment of the documented kiosque.env (its names, so that they are checked too).
  # shellcheck disable=SC2086
  env SPRING_PROFILES_ACTIVE=postgres SPRING_DATASOURCE_URL="$PG_URL${sep}currentSchema=$SCHEMA" \
    SPRING_DATASOURCE_USERNAME="$PG_USER" SPRING_DATASOURCE_PASSWORD="$PG_PASSWORD" KIOSQUE_SITE_BASEURL="$BASE" \
    KIOSQUE_DATA_DIR="$WORK/node-$n" SERVER_PORT="${PORTS[$((n - 1))]}" \
    SERVER_TOMCAT_REMOTEIP_INTERNALPROXIES='127\.0\.0\.1' \
    "$JAVA" $JAVA_OPTS -jar "$JAR" --kiosque.demo.enabled=false --logging.file.name= >"$WORK/node-$n.log" 2>&1 &
  PIDS+=($!)
done
for n in 1 2 3; do
  for _ in $(seq 1 1800); do
    curl -fs "http://127.0.0.1:${PORTS[$((n - 1))]}/actuator/health" 2>/dev/null | grep -q UP && break
    kill -0 "${PIDS[$((n - 1))]}" 2>/dev/null || { tail -30 "$WORK/node-$n.log" >&2; fail "node $n did not start"; }
    sleep 0.1
  done
done
say "three nodes UP on ports ${PORTS[*]} after $(printf '%.1f' "$(echo "$(date +%s.%N) - $START" | bc)") s (started side by side), load average $(cut -d' ' -f1-3 /proc/loadavg)"

# --- nginx, with the configuration of docs/operations.md -------------------------------------
mkdir -p "$WORK/nginx"
awk '/<!-- bench\/nodes.sh reads the block below -->/ {found = 1; next}
     found && /^```nginx/ {inside = 1; next}
     inside && /^```/ {exit}
     inside {print}' docs/operations.md >"$WORK/nginx/documented.conf"
[ -s "$WORK/nginx/documented.conf" ] || fail "no nginx block found in docs/operations.md"
sed -e "s/10\.0\.0\.11:8080/127.0.0.1:${PORTS[0]}/; s/10\.0\.0\.12:8080/127.0.0.1:${PORTS[1]}/; s/10\.0\.0\.13:8080/127.0.0.1:${PORTS[2]}/" \
  -e "s/listen 80;/listen 127.0.0.1:$NGINX_PORT;/" "$WORK/nginx/documented.conf" >"$WORK/nginx/kiosque.conf"
cat >"$WORK/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  include $WORK/nginx/kiosque.conf;
}
CONF
"$NGINX" -t -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" 2>"$WORK/nginx/test.log" \
  || { cat "$WORK/nginx/test.log" >&2; fail "nginx refused the documented configuration"; }
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" 2>"$WORK/nginx/start.log" &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q UP && break; sleep 0.1; done
say "nginx on $BASE with the configuration of docs/operations.md (upstream of the three)"

node_of() { # the X-Kiosque-Node header of a response's headers, as node 1..3
  local addr
  addr=$(tr -d '\r' <<<"$1" | awk -F': ' 'tolower($1) == "x-kiosque-node" {print $2}' | awk -F', ' '{print $NF}')
  for n in 1 2 3; do [ "$addr" = "127.0.0.1:${PORTS[$((n - 1))]}" ] && { echo "node$n"; return; }; done
  echo "none($addr)"
}

read_through_nginx() { # reads the article $1 times, each a new reader; prints "status node" lines
  for _ in $(seq 1 "$1"); do
    local head
    head=$(curl -s -o /dev/null -D - -H "User-Agent: $USER_AGENT" -H 'Accept: text/html' "$BASE$ARTICLE")
    echo "$(head -1 <<<"$head" | awk '{print $2}') $(node_of "$head")"
  done
}

# --- 1. publish on node 1, read through nginx ------------------------------------------------
NODE1="http://127.0.0.1:${PORTS[0]}"
CREATED=$(curl -fs -X POST "$NODE1/api/admin/articles" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' \
  -d '{"headline": "Trois nœuds, un site", "body": "Publié sur le premier nœud, lu à travers nginx."}')
ID=$(jq -r .id <<<"$CREATED")
curl -fs -o /dev/null -X POST "$NODE1/api/admin/articles/$ID/publish" -H "Authorization: Bearer $TOKEN" \
  -H "If-Match: \"$(jq -r .revision <<<"$CREATED")\"" || fail "publishing article $ID on node 1 failed"
ARTICLE=$(curl -fs "$NODE1/api/admin/articles/$ID" -H "Authorization: Bearer $TOKEN" | jq -r .url | sed -E 's#^https?://[^/]+##')
say "1. published article $ID on node 1: $ARTICLE; $READS reads through nginx:"
FIRST=$(read_through_nginx "$READS")
say "   $(awk '{print $1}' <<<"$FIRST" | sort | uniq -c | xargs) | by node: $(awk '{print $2}' <<<"$FIRST" | sort | uniq -c | xargs)"
check "every read answered 200" test "$(grep -vc '^200 ' <<<"$FIRST" || true)" = 0
check "all three nodes answered" test "$(awk '{print $2}' <<<"$FIRST" | sort -u | grep -c '^node')" = 3
CACHE=$(curl -s -o /dev/null -D - -H "User-Agent: $USER_AGENT" "$BASE$ARTICLE" | tr -d '\r' | awk -F': ' 'tolower($1) == "cache-control" {print $2}')
say "   Cache-Control of the article for a stranger: $CACHE"

# --- 2. one session through nginx, whichever node answers ------------------------------------
JAR_FILE=$WORK/cookies.txt
LOGIN=$(curl -s -c "$JAR_FILE" -b "$JAR_FILE" "$BASE/login")
CSRF=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$LOGIN" | head -1 | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -c "$JAR_FILE" -b "$JAR_FILE" --data-urlencode "username=$ADMIN" \
  --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$CSRF" "$BASE/login"
DESK=$(for _ in $(seq 1 "$SIGNED"); do
  head=$(curl -s -o /dev/null -D - -b "$JAR_FILE" "$BASE/newsroom")
  echo "$(head -1 <<<"$head" | awk '{print $2}') $(node_of "$head")"
done)
say "2. signed in once through nginx, /newsroom $SIGNED times: $(awk '{print $1}' <<<"$DESK" | sort | uniq -c | xargs) | by node: $(awk '{print $2}' <<<"$DESK" | sort | uniq -c | xargs)"
check "the session opens the newsroom on every node that answered" test "$(grep -vc '^200 ' <<<"$DESK" || true)" = 0

# --- 3. the count, written by the three ------------------------------------------------------
stored() { pg -c "SELECT COALESCE((SELECT reads FROM $SCHEMA.read_total WHERE article_id = $ID), 0)"; }
for _ in $(seq 1 100); do [ "$(stored)" -ge "$READS" ] && break; sleep 0.1; done
say "3. reads sent $READS (+1 for the Cache-Control look), stored $(stored)"
check "every read counted once" test "$(stored)" = "$((READS + 1))"

# --- 4. node 2 killed: nginx passes its share to the others ----------------------------------
kill -KILL "${PIDS[1]}"; wait "${PIDS[1]}" 2>/dev/null || true
say "4. node 2 killed (SIGKILL); $READS reads more through nginx:"
SECOND=$(read_through_nginx "$READS")
say "   $(awk '{print $1}' <<<"$SECOND" | sort | uniq -c | xargs) | by node: $(awk '{print $2}' <<<"$SECOND" | sort | uniq -c | xargs)"
check "every read answered 200 with a node down" test "$(grep -vc '^200 ' <<<"$SECOND" || true)" = 0
EXPECTED=$((2 * READS + 1))
for _ in $(seq 1 100); do [ "$(stored)" -ge "$EXPECTED" ] && break; sleep 0.1; done
say "   stored $(stored) of $EXPECTED reads answered"
check "every read answered is counted" test "$(stored)" = "$EXPECTED"

[ "$FAILED" = 0 ] && say "all checks passed" || { say "some checks FAILED (KEEP=1 keeps the logs)"; exit 1; }
