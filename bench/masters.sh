#!/usr/bin/env bash
# Pictures in a small heap: two 24-megapixel photos' masters (or SIZE's) asked for at the same moment,
# through bin/kiosque (its options, then JAVA_OPTS: e.g. JAVA_OPTS=-Xmx160m), in one run.
#
#   ./mvnw -B package -DskipTests && JAVA_OPTS=-Xmx160m bench/masters.sh
#
# Builds nothing: it needs target/kiosque.jar. Makes a 6000 × 4000 JPEG with the JDK
# (bench/PictureOf24Megapixels.java), starts the node on a free port with a fresh data
# directory (no demo content), uploads the photo COPIES (2) times under other names (each its
# own picture, each its own master), then asks for the card rendition (card-1200.jpg) of
# every copy at once: each needs its picture's master, made from the 24-megapixel original.
# Prints each answer's status, the heap's peak (jstat, every 100 ms: young + old used, and
# committed), the node's peak resident memory, and whether the node is still up. Exit status
# 0 when every rendition is served, 1 when one is not, 2 when something is missing.
#
# Settings (environment): COPIES (2), SIZE (6000x4000; 8660x5773 is the 50-megapixel maximum
# Kiosque accepts), JAVA_HOME (for bin/kiosque), JAVA_OPTS, KEEP=1 keeps the
# temp dir.
set -euo pipefail
cd "$(dirname "$0")/.."

COPIES=${COPIES:-2}
SIZE=${SIZE:-6000x4000}
JAR=target/kiosque.jar
. "$(dirname "$0")/lib.sh"

find_java
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$JAVA")")")}
JSTAT=$JAVA_HOME/bin/jstat
[ -f "$JAR" ] || fail "no $JAR: ./mvnw -B package -DskipTests"
bench_work masters

PICTURE=$WORK/camera.jpg
"$JAVA" bench/PictureOf24Megapixels.java "$PICTURE" "${SIZE%x*}" "${SIZE#*x}"
DATA=$WORK/data
SETTINGS=(--kiosque.data-dir="$DATA" --kiosque.demo.enabled=false --logging.file.name=)
STAFF=bench-photo@example.org
STAFF_PASSWORD="bench-$(date +%s)-$RANDOM-mot-de-passe"
printf '%s\n' "$STAFF_PASSWORD" | bin/kiosque user add "$STAFF" --role=CONTRIBUTOR --name=Photo "${SETTINGS[@]}" \
  --logging.level.root=WARN >"$WORK/user.log" 2>&1 || { cat "$WORK/user.log" >&2; fail "user add failed"; }

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
say "Starting Kiosque through bin/kiosque on port $PORT (JAVA_OPTS: ${JAVA_OPTS:-none}) ..."
bin/kiosque --server.port="$PORT" --kiosque.site.base-url="$BASE" "${SETTINGS[@]}" --logging.level.root=WARN \
  >"$WORK/kiosque.log" 2>&1 &
KIOSQUE_PID=$!
wait_healthy "$BASE/actuator/health" "$KIOSQUE_PID" "$WORK/kiosque.log"
COOKIES=$WORK/staff.cookies
sign_in "$BASE" "$STAFF" "$STAFF_PASSWORD" "$COOKIES" || fail "the contributor could not sign in"

CARDS=()
for n in $(seq 1 "$COPIES"); do
  TOKEN=$(csrf_token "$BASE/newsroom/media" "$COOKIES")
  LOCATION=$(curl -fs -o /dev/null -w '%{redirect_url}' -b "$COOKIES" -H "Sec-Fetch-Site: same-origin" \
    -F "_csrf=$TOKEN" -F "file=@$PICTURE;type=image/jpeg;filename=camera-$n.jpg" "$BASE/newsroom/media") \
    || fail "upload $n was refused"
  ID=$(sed -E 's#.*/newsroom/media/([0-9]+).*#\1#' <<<"$LOCATION")
  CARD=$(curl -fs -b "$COOKIES" "$BASE/newsroom/media/$ID" | grep -o 'href="/media/[^"]*/card-[0-9]*\.jpg"' | head -1 \
    | sed 's/^href="//;s/"$//')
  [ -n "$CARD" ] || fail "picture $ID lists no card rendition"
  CARDS+=("$CARD")
done
say "Uploaded $COPIES copies; asking for their cards at once: ${CARDS[*]}"

"$JSTAT" -gc "$KIOSQUE_PID" 100 >"$WORK/heap.txt" 2>/dev/null &
SAMPLER_PID=$!
: >"$WORK/rss.txt"
(while kill -0 "$KIOSQUE_PID" 2>/dev/null; do awk '/^VmRSS:/ {print $2}' "/proc/$KIOSQUE_PID/status" >>"$WORK/rss.txt" 2>/dev/null || true; sleep 0.1; done) &
RSS_PID=$!
START=$(date +%s.%N)
CPU_BEFORE=$(awk -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t}' "/proc/$KIOSQUE_PID/stat")
for card in "${CARDS[@]}"; do
  curl -s -o /dev/null -w '%{http_code}\n' --max-time 600 "$BASE$card" >>"$WORK/answers.txt" &
done
wait $(jobs -p | grep -v -e "^$SAMPLER_PID$" -e "^$RSS_PID$" -e "^$KIOSQUE_PID$") 2>/dev/null || true
ELAPSED=$(awk -v a="$START" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
CPU=$(awk -v a="$CPU_BEFORE" -v t="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / t - a}' "/proc/$KIOSQUE_PID/stat")
sleep 0.3
kill "$SAMPLER_PID" "$RSS_PID" 2>/dev/null || true
SAMPLER_PID=
SERVED=$(grep -c '^200$' "$WORK/answers.txt" || true)
PEAK=$(awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
  $1 ~ /^[0-9.]+$/ { u = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; c = $col["S0C"] + $col["S1C"] + $col["EC"] + $col["OC"];
    if (u > mu) mu = u; if (c > mc) mc = c }
  END { printf "%.0f MB used, %.0f MB committed", mu / 1024, mc / 1024 }' "$WORK/heap.txt")
RSS=$(sort -n "$WORK/rss.txt" | tail -1 | awk '{printf "%.0f", $1 / 1024}')
UP=no; kill -0 "$KIOSQUE_PID" 2>/dev/null && curl -fs "$BASE/actuator/health" | grep -q UP && UP=yes
say ""
say "=== $COPIES masters of a $SIZE JPEG ($(wc -c <"$PICTURE") bytes) at once, bin/kiosque with JAVA_OPTS='${JAVA_OPTS:-}' ==="
say "Cards served:        $SERVED of $COPIES ($(tr '\n' ' ' <"$WORK/answers.txt")) in $ELAPSED s, $CPU CPU s"
say "Heap's peak:         $PEAK"
say "RSS's peak:          $RSS MB"
say "Node up afterwards:  $UP; OutOfMemoryError in its log: $(grep -c OutOfMemoryError "$WORK/kiosque.log" || true)"
say "Load average:        $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$SERVED" -eq "$COPIES" ] && [ "$UP" = yes ] || exit 1
