#!/usr/bin/env bash
# Kiosque's footprint on a small server, in one run: start time, memory idle, under wrk on the
# article page (its rate against nginx serving the same bytes), during a 10 000-subscriber
# newsletter edition and after it; a restart on the same data directory (the usual start:
# time to UP and memory idle); the jar's size.
#
#   ./mvnw -B package -DskipTests && bench/footprint.sh
#
# Builds nothing: it needs target/kiosque.jar. Starts the node through bin/kiosque (the
# launcher operators run, with bin/kiosque.options) on a fresh data directory with the demo
# content, as a first start does. Before that it imports SUBSCRIBERS confirmed subscribers and
# an administrator with the same launcher (the first use of a new jar also makes its class
# cache then, outside the measured start). The edition goes to a local SMTP sink that drops
# every message (Python 3.11's smtpd), sent by the server itself (the desk's "send now"), at
# no rate cap so that it lasts seconds, not minutes; the daily edition is off for the run.
#
# Figures: resident memory (VmRSS of /proc) sampled every 0.2 s; "idle" is read IDLE seconds
# after /actuator/health answers UP; CPU seconds are the JVM's user + system time until UP, for
# the edition, and per thousand article pages under wrk (on a loaded machine they say more
# than the wall time and the rate). Exit status 0, or 2 when something is
# missing or the run fails.
#
# Settings (environment): DURATION (15s), CONNECTIONS (32), THREADS (2), WARMUP (10s),
# IDLE (10), SUBSCRIBERS (10000), ARCHIVE (0; N: the data directory gets an archive of N
# generated articles first, `bin/kiosque generate-archive N`, instead of the demo content, and
# "idle" is read IDLE seconds after the node has built its search index of them), JAVA_HOME (for bin/kiosque), JAVA_OPTS (added by bin/kiosque
# after its options; e.g. -XX:NativeMemoryTracking=summary, and NMT=1 prints jcmd's summary at
# idle and after the edition), KEEP=1 keeps the temp dir.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-10s}
IDLE=${IDLE:-10}
TIMEOUT=${TIMEOUT:-600}  # seconds for the start to reach UP (a loaded machine is slow)
SUBSCRIBERS=${SUBSCRIBERS:-10000}
ARCHIVE=${ARCHIVE:-0}
JAR=target/kiosque.jar
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}

. "$(dirname "$0")/lib.sh"

need_page_bench_tools
python3 -c 'import smtpd' 2>/dev/null || fail "no Python with smtpd (3.11 or older) for the SMTP sink"

find_java
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$JAVA")")")}

WORK=$(mktemp -d -t kiosque-footprint.XXXXXX)
chmod 755 "$WORK"  # nginx workers run as an unprivileged user and must read the saved page
KIOSQUE_PID=
NGINX_PID=
SMTP_PID=
SAMPLER_PID=
cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  nginx_stop
  [ -n "$KIOSQUE_PID" ] && kill "$KIOSQUE_PID" 2>/dev/null && wait "$KIOSQUE_PID" 2>/dev/null || true
  [ -n "$SMTP_PID" ] && kill "$SMTP_PID" 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- memory and CPU of one process ----------------------------------------------------------
rss_mb() { awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
# Proportional set size: RSS with each shared page divided among the processes mapping it
# (the class cache's file pages are shared with a command run beside the server).
pss_mb() { awk '/^Pss:/ {printf "%.0f", $2 / 1024}' "/proc/$1/smaps_rollup"; }
# Samples the node's RSS (kB) into a file until stopped; peak_mb reads the highest.
sample_start() {
  : >"$WORK/$1.rss"
  (while kill -0 "$KIOSQUE_PID" 2>/dev/null; do
     awk '/^VmRSS:/ {print $2}' "/proc/$KIOSQUE_PID/status" >>"$WORK/$1.rss" 2>/dev/null || true
     sleep 0.2
   done) &
  SAMPLER_PID=$!
}
sample_stop() { kill "$SAMPLER_PID" 2>/dev/null || true; wait "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=; }
peak_mb() { sort -n "$WORK/$1.rss" | tail -1 | awk '{printf "%.0f", $1 / 1024}'; }
nmt() {
  [ "${NMT:-0}" = 1 ] || return 0
  say "--- native memory, $1"
  "$JAVA_HOME/bin/jcmd" "$KIOSQUE_PID" VM.native_memory summary | awk '/^Total|^-  *[A-Z]/ || /committed=/ && /^ *\(/ {print}' | grep -E '^Total|^-' || true
}

# --- the SMTP sink, the subscribers, the administrator --------------------------------------
SMTP_PORT=$(free_port)
smtp_sink "$SMTP_PORT" "$WORK/smtp.log"

DATA=$WORK/data
SETTINGS=(--kiosque.data-dir="$DATA" --logging.file.name= --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT"
  --kiosque.newsletter.rate=0 --kiosque.newsletter.daily=false)

CONTENT="demo content filed"
if [ "$ARCHIVE" -gt 0 ] 2>/dev/null; then
  say "Generating an archive of $ARCHIVE articles (bin/kiosque generate-archive) ..."
  bin/kiosque generate-archive "$ARCHIVE" "${SETTINGS[@]}" --logging.level.root=WARN >"$WORK/archive.log" 2>&1 \
    || { cat "$WORK/archive.log" >&2; fail "the archive's generation failed"; }
  CONTENT="an archive of $ARCHIVE articles"
fi

say "Importing $SUBSCRIBERS confirmed subscribers (bin/kiosque newsletter import) ..."
{ echo "email,name"; for i in $(seq 1 "$SUBSCRIBERS"); do echo "lecteur$i@bench.test,Lecteur $i"; done; } >"$WORK/subscribers.csv"
bin/kiosque newsletter import "$WORK/subscribers.csv" "${SETTINGS[@]}" --logging.level.root=WARN >"$WORK/import.log" 2>&1 \
  || { cat "$WORK/import.log" >&2; fail "the subscribers' import failed"; }

ADMIN=bench-admin@example.org
ADMIN_PASSWORD="bench-$(date +%s)-$RANDOM-mot-de-passe"
printf '%s\n' "$ADMIN_PASSWORD" | bin/kiosque user add "$ADMIN" --role=ADMIN --name=Bench "${SETTINGS[@]}" \
  --logging.level.root=WARN >/dev/null || fail "could not create the bench's administrator"

# --- start ----------------------------------------------------------------------------------
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
say "Starting Kiosque through bin/kiosque on port $PORT ($CONTENT, data in $DATA) ..."
# Starts the node through bin/kiosque, its log in $1 (RSS sampled as $2 when given), and waits
# for UP: sets KIOSQUE_PID, START (the launch), UP_S (wall seconds to UP), UP_CPU (the JVM's CPU
# seconds then).
start_node() {
  START=$(date +%s.%N)
  bin/kiosque --server.port="$PORT" --kiosque.site.base-url="$BASE" "${SETTINGS[@]}" >"$1" 2>&1 &
  KIOSQUE_PID=$!
  [ -z "${2:-}" ] || sample_start "$2"
  wait_healthy "$BASE/actuator/health" "$KIOSQUE_PID" "$1"
  UP_S=$(awk -v a="$START" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
  UP_CPU=$(cpu_s "$KIOSQUE_PID" 1)
}
start_node "$WORK/kiosque.log" start
START_S=$UP_S CPU_UP=$UP_CPU
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
INDEXED=
if [ "$ARCHIVE" -gt 0 ] 2>/dev/null; then
  # A fresh data directory has no search index: the node builds it after UP, in the heap.
  for _ in $(seq 1 $((TIMEOUT * 2))); do
    INDEXED=$(grep -oE 'Search index rebuilt [^"]*' "$WORK/kiosque.log" | tail -1 || true)
    [ -n "$INDEXED" ] && break
    sleep 0.5
  done
  [ -n "$INDEXED" ] || fail "the search index was not built within $TIMEOUT s"
  INDEXED_S=$(awk -v a="$START" -v b="$(date +%s.%N)" 'BEGIN {printf "%.0f", b - a}')
  say "Search index built ${INDEXED_S} s after the start: $INDEXED"
fi
sleep "$IDLE"
sample_stop
RSS_START_PEAK=$(peak_mb start)
RSS_IDLE=$(rss_mb "$KIOSQUE_PID")
PSS_IDLE=$(pss_mb "$KIOSQUE_PID")
say "Up in $START_S s ($CPU_UP CPU s), RSS idle $RSS_IDLE MB"
nmt idle

# --- the article page under wrk, then nginx on the same bytes --------------------------------
URL_PATH=$(newest_article_path "$BASE")
PAGE="$BASE$URL_PATH"
mkdir -p "$WORK/www"
curl -fs -A "$USER_AGENT" -o "$WORK/www/article.html" "$PAGE" || fail "the article page does not answer"
chmod -R a+rX "$WORK/www"

say "Article page $URL_PATH ($(wc -c <"$WORK/www/article.html") bytes): warming up ($WARMUP), measuring ($DURATION) ..."
run_wrk "$PAGE" "$WARMUP" "$WORK/warmup.txt"
sample_start wrk
CPU_BEFORE=$(cpu_s "$KIOSQUE_PID" 1)
run_wrk "$PAGE" "$DURATION" "$WORK/kiosque.txt"
CPU_WRK=$(awk -v a="$CPU_BEFORE" -v b="$(cpu_s "$KIOSQUE_PID" 1)" 'BEGIN {printf "%.1f", b - a}')
sample_stop
RSS_WRK=$(peak_mb wrk)
K_RATE=$(rate_of "$WORK/kiosque.txt")
# The node's CPU per thousand pages: unlike the rate, it hardly moves with the load of the
# machine (a page waiting for a core costs no CPU), so two settings compare by it.
K_REQUESTS=$(requests_of "$WORK/kiosque.txt")
CPU_PER_1000=$(awk -v c="$CPU_WRK" -v r="$K_REQUESTS" 'BEGIN {printf "%.2f", (r > 0) ? c * 1000 / r : 0}')

nginx_serve "$WORK/www" article.html
STATIC="$NGINX_BASE/article.html"
say "nginx on the same bytes: warming up (5s), measuring ($DURATION) ..."
run_wrk "$STATIC" 5s "$WORK/nginx-warmup.txt"
run_wrk "$STATIC" "$DURATION" "$WORK/nginx.txt"
N_RATE=$(rate_of "$WORK/nginx.txt")
nginx_stop
RATIO=$(awk -v k="$K_RATE" -v n="$N_RATE" 'BEGIN {printf "%.2f", k / n}')

# --- a newsletter edition of SUBSCRIBERS mails, sent by the server -----------------------------
# Three articles published now (the demo's carry their dispatches' dates), through H2's own
# shell as bench/newsletter.sh does; the desk's "send now" then makes the edition.
(cd "$WORK" && unzip -qjo "$OLDPWD/$JAR" 'BOOT-INF/lib/h2-*.jar'); H2=$(ls "$WORK"/h2-*.jar | head -1)
h2() { "$JAVA" -cp "$H2" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/db/kiosque;AUTO_SERVER=TRUE" -user sa -password "" -sql "$1"; }
for n in 1 2 3; do
  h2 "INSERT INTO article (slug, headline, standfirst, body_markdown, body_html, status, published_at, time_known, created_at, updated_at)
      VALUES ('banc-essai-$n', 'Banc d’essai numéro $n', 'Le chapeau de l’article $n.', 'Texte.', '<p>Texte.</p>', 'PUBLISHED',
              CURRENT_TIMESTAMP, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)" >/dev/null
done
COOKIES=$WORK/admin.cookies
sign_in "$BASE" "$ADMIN" "$ADMIN_PASSWORD" "$COOKIES" || fail "the bench's administrator could not sign in"
TOKEN=$(csrf_token "$BASE/newsroom/newsletter" "$COOKIES")
say "Edition to $SUBSCRIBERS subscribers (rate cap off, sink on port $SMTP_PORT) ..."
sample_start edition
EDITION_START=$(date +%s.%N)
CPU_BEFORE=$(cpu_s "$KIOSQUE_PID" 1)
LOCATION=$(curl -fs -o /dev/null -w '%{redirect_url}' -b "$COOKIES" -c "$COOKIES" -H "Sec-Fetch-Site: same-origin" \
  --data-urlencode "_csrf=$TOKEN" "$BASE/newsroom/newsletter/send") || fail "the desk refused to send"
case "$LOCATION" in *done=sent*) ;; *) fail "no edition made (the desk answered $LOCATION)";; esac
# Done when the database records every delivery as sent (the sink keeps nothing to count).
SENT=0
for _ in $(seq 1 1200); do
  SENT=$(h2 "SELECT COUNT(*) FROM delivery WHERE state = 'SENT'" 2>/dev/null | sed -n 2p | tr -d ' ' || echo 0)
  [ "${SENT:-0}" -ge "$SUBSCRIBERS" ] 2>/dev/null && break
  sleep 1
done
EDITION_END=$(date +%s.%N)
CPU_EDITION=$(awk -v a="$CPU_BEFORE" -v b="$(cpu_s "$KIOSQUE_PID" 1)" 'BEGIN {printf "%.1f", b - a}')
sample_stop
RSS_EDITION=$(peak_mb edition)
EDITION_S=$(awk -v a="$EDITION_START" -v b="$EDITION_END" 'BEGIN {printf "%.0f", b - a}')
sleep "$IDLE"
RSS_AFTER=$(rss_mb "$KIOSQUE_PID")
PSS_AFTER=$(pss_mb "$KIOSQUE_PID")
nmt "after the edition"
RSS_HWM=$(awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$KIOSQUE_PID/status")

# The start operators see most: the same node again, its database and search index already there.
say "Restarting on the same data directory ..."
kill "$KIOSQUE_PID"; wait "$KIOSQUE_PID" 2>/dev/null || true
start_node "$WORK/kiosque-again.log"
AGAIN_S=$UP_S CPU_AGAIN=$UP_CPU
sleep "$IDLE"
RSS_AGAIN=$(rss_mb "$KIOSQUE_PID")
PSS_AGAIN=$(pss_mb "$KIOSQUE_PID")

# --- results -------------------------------------------------------------------------------
JAR_MB=$(awk -v b="$(stat -c %s "$JAR")" 'BEGIN {printf "%.1f", b / 1048576}')
say ""
say "=== Footprint: bin/kiosque, $("$JAVA" -version 2>&1 | head -1), load average at start $LOAD_START ==="
printf '%-44s %s\n' "Start to /actuator/health UP" "$START_S s wall, $CPU_UP s CPU ($CONTENT)"
if [ -n "$INDEXED" ]; then
  printf '%-44s %s\n' "Search index built after the start" "$INDEXED_S s ($INDEXED)"
  printf '%-44s %s\n' "RSS from the start to idle (peak)" "$RSS_START_PEAK MB"
  printf '%-44s %s\n' "RSS idle (${IDLE} s after the index)" "$RSS_IDLE MB (PSS $PSS_IDLE MB)"
else
  printf '%-44s %s\n' "RSS during start (peak)" "$RSS_START_PEAK MB"
  printf '%-44s %s\n' "RSS idle (${IDLE} s after UP)" "$RSS_IDLE MB (PSS $PSS_IDLE MB)"
fi
printf '%-44s %s\n' "RSS under wrk on the article page (peak)" "$RSS_WRK MB"
printf '%-44s %s\n' "Article page rate, Kiosque / nginx" "$K_RATE / $N_RATE req/s = $RATIO (p99 $(p99_of "$WORK/kiosque.txt") / $(p99_of "$WORK/nginx.txt") ms)"
printf '%-44s %s\n' "Node's CPU under wrk" "$CPU_WRK s for $K_REQUESTS pages = $CPU_PER_1000 CPU s per 1 000 pages"
printf '%-44s %s\n' "RSS during the edition (peak)" "$RSS_EDITION MB ($SENT mails in $EDITION_S s, $CPU_EDITION CPU s)"
printf '%-44s %s\n' "RSS after (${IDLE} s after the edition)" "$RSS_AFTER MB (PSS $PSS_AFTER MB)"
printf '%-44s %s\n' "RSS high-water mark of the run (VmHWM)" "$RSS_HWM MB"
printf '%-44s %s\n' "Restart on the same data directory: UP" "$AGAIN_S s wall, $CPU_AGAIN s CPU"
printf '%-44s %s\n' "RSS idle after the restart (${IDLE} s after UP)" "$RSS_AGAIN MB (PSS $PSS_AGAIN MB)"
printf '%-44s %s\n' "Jar" "$JAR_MB MB ($JAR)"
printf '%-44s %s\n' "Load average at the end" "$(cut -d' ' -f1-3 /proc/loadavg)"
[ "${SENT:-0}" -ge "$SUBSCRIBERS" ] 2>/dev/null || { say "the edition did not finish: $SENT of $SUBSCRIBERS sent"; exit 2; }
