#!/usr/bin/env bash
# Slow clients: CONNECTIONS (10 000) slow connections from one client for DURATION (60 s),
# while a normal reader fetches the front page and an article 10 times a second; prints
# the reader's p50/p95/max and failures, and what happened to the slow connections.
# Needs target/kiosque.jar (./mvnw -B package -DskipTests), python3 and curl. Localhost
# only. Settings by environment: CONNECTIONS, DURATION (seconds), TRICKLE (seconds between two
# header lines of a slow client, 10), JAVA, JAVA_OPTS, EXTRA (more --name=value settings
# for the server, e.g. EXTRA=--server.tomcat.connection-timeout=60s to see the old
# behaviour), KEEP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${CONNECTIONS:-10000}
DURATION=${DURATION:-60}
TRICKLE=${TRICKLE:-10}
JAVA=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
JAR=target/kiosque.jar
[ -f "$JAR" ] || { echo "No $JAR: ./mvnw -B package -DskipTests" >&2; exit 2; }
command -v python3 >/dev/null && command -v curl >/dev/null || { echo "needs python3 and curl" >&2; exit 2; }

DATA=$(mktemp -d /tmp/slow.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
# shellcheck disable=SC2086
"$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --kiosque.data-dir="$DATA" --logging.file.name= ${EXTRA:-} \
  >"$DATA/server.log" 2>&1 &
SERVER=$!
cleanup() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; [ "${KEEP:-}" = 1 ] || rm -rf "$DATA"; }
trap cleanup EXIT
for _ in $(seq 1 180); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health" 2>/dev/null | grep -q UP && break
  sleep 1
done
ARTICLE=$(curl -fs "http://127.0.0.1:$PORT/" | grep -o 'href="/article/[^"]*"' | head -1 | cut -d'"' -f2)
ARTICLE=${ARTICLE:-/}
echo "Kiosque on port $PORT; reader fetches / and $ARTICLE"

python3 bench/slow_clients.py reader 127.0.0.1 "$PORT" 10 / "$ARTICLE" | sed 's/^/before: /'
python3 bench/slow_clients.py slow 127.0.0.1 "$PORT" "$CONNECTIONS" "$DURATION" "$TRICKLE" &
SLOW=$!
sleep 5 # let the slow connections pile up
python3 bench/slow_clients.py reader 127.0.0.1 "$PORT" $((DURATION - 10)) / "$ARTICLE" | sed 's/^/during: /'
wait "$SLOW"
python3 bench/slow_clients.py reader 127.0.0.1 "$PORT" 10 / "$ARTICLE" | sed 's/^/after:  /'
