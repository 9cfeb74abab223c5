#!/usr/bin/env bash
# Pictures: the full rendition set of a 24-megapixel JPEG (time, peak heap), then a cached
# rendition served by Kiosque against nginx serving the same file, in one run.
#
#   ./mvnw -B package -DskipTests && bench/pictures.sh
#
# Builds nothing: it needs target/kiosque.jar. Makes a 6000 × 4000 JPEG with the JDK
# (bench/PictureOf24Megapixels.java), starts the jar on a free port with a fresh data
# directory and a 1 GB heap, adds a contributor (`user add`), signs in, uploads the picture
# through the media library's form, then asks for every rendition the picture's page lists
# (every crop and width, in JPEG and, when cwebp is installed, WebP), one after the other,
# while jstat samples the heap every 100 ms. Then wrk measures one cached rendition
# (wide-960.jpg) from Kiosque, and the same bytes from nginx (sendfile and tcp_nopush off,
# as bench/article-page.sh, for the same reason). Prints the times, the peak heap, both
# rates and the ratio against the target (Kiosque at least half of nginx's rate).
# Exit status: 0 when the checks pass, 1 when one fails, 2 when something is missing.
#
# Then it uploads the same picture UPLOADS (20) times at once, in the same heap, and checks
# that every upload is accepted.
#
# Settings (environment): DURATION (15s), CONNECTIONS (32), THREADS (2), WARMUP (5s),
# HEAP (1g), UPLOADS (20), JAVA (java of JAVA_HOME, else the first Java 21+ found), JAVA_OPTS (none),
# KEEP=1 keeps the temp dir.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-5s}
HEAP=${HEAP:-1g}
JAVA_OPTS=${JAVA_OPTS:-}
JAR=target/kiosque.jar
NGINX=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}

. "$(dirname "$0")/lib.sh"

need_page_bench_tools
find_java
JSTAT=$(dirname "$JAVA")/jstat
[ -x "$JSTAT" ] || JSTAT=$(command -v jstat || true)

bench_work pictures
chmod 755 "$WORK"

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.2f", b - a}'; }

# --- the picture ---------------------------------------------------------------------------
PICTURE=$WORK/camera.jpg
say "Making a 24-megapixel JPEG ..."
"$JAVA" bench/PictureOf24Megapixels.java "$PICTURE"
say "$(wc -c <"$PICTURE") bytes, 6000 x 4000"

DATA=$WORK/data
SETTINGS=(--kiosque.data-dir="$DATA" --kiosque.demo.enabled=false --logging.file.name=)
STAFF=bench-photo@example.org
STAFF_PASSWORD="bench-$(date +%s)-$RANDOM-mot-de-passe"
printf '%s\n' "$STAFF_PASSWORD" | "$JAVA" -jar "$JAR" user add "$STAFF" --role=CONTRIBUTOR --name=Photo "${SETTINGS[@]}" \
  >"$WORK/user.log" 2>&1 || { cat "$WORK/user.log" >&2; fail "user add failed"; }

# --- Kiosque -------------------------------------------------------------------------------
PORT=$(free_port)
say "Starting Kiosque on port $PORT with -Xmx$HEAP (data in $DATA) ..."
# shellcheck disable=SC2086
"$JAVA" -Xmx"$HEAP" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --kiosque.site.base-url="http://127.0.0.1:$PORT" \
  "${SETTINGS[@]}" --logging.level.root=WARN >"$WORK/kiosque.log" 2>&1 &
KIOSQUE_PID=$!
wait_healthy "http://127.0.0.1:$PORT/actuator/health" "$KIOSQUE_PID" "$WORK/kiosque.log"
BASE="http://127.0.0.1:$PORT"

COOKIES=$WORK/staff.cookies
sign_in "$BASE" "$STAFF" "$STAFF_PASSWORD" "$COOKIES" || fail "the contributor could not sign in"

# Heap used (young + old, KB) every 100 ms while the renditions are made.
HEAP_LOG=$WORK/heap.txt
sample_heap() {
  [ -n "$JSTAT" ] || return 0
  "$JSTAT" -gc "$KIOSQUE_PID" 100 >"$HEAP_LOG" 2>/dev/null &
  SAMPLER_PID=$!
}
peak_heap_mb() {
  [ -s "$HEAP_LOG" ] || { echo "?"; return; }
  awk 'NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
       $1 ~ /^[0-9.]+$/ { used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]; if (used > max) max = used }
       END { printf "%.0f", max / 1024 }' "$HEAP_LOG"
}

sample_heap
TOKEN=$(csrf_token "$BASE/newsroom/media" "$COOKIES")
START=$(now)
LOCATION=$(curl -fs -o /dev/null -w '%{redirect_url}' -b "$COOKIES" -H "Sec-Fetch-Site: same-origin" \
  -F "_csrf=$TOKEN" -F "file=@$PICTURE;type=image/jpeg" "$BASE/newsroom/media") || fail "the upload was refused"
UPLOAD_TIME=$(since "$START")
ID=$(sed -E 's#.*/newsroom/media/([0-9]+).*#\1#' <<<"$LOCATION")
[[ "$ID" =~ ^[0-9]+$ ]] || fail "no picture id after the upload ($LOCATION)"
say "Uploaded as picture $ID in $UPLOAD_TIME s"

curl -fs -b "$COOKIES" "$BASE/newsroom/media/$ID" | grep -o 'href="/media/[^"]*"' | sed 's/^href="//;s/"$//' | sort -u >"$WORK/renditions.txt"
COUNT=$(wc -l <"$WORK/renditions.txt")
[ "$COUNT" -gt 0 ] || fail "the picture's page lists no rendition"
JPEGS=$(grep -c '\.jpg$' "$WORK/renditions.txt" || true)
WEBPS=$(grep -c '\.webp$' "$WORK/renditions.txt" || true)
say "Making its $COUNT renditions ($JPEGS JPEG, $WEBPS WebP), one after the other ..."
make_all() {
  while read -r path; do
    curl -fs -o "$WORK/rendition.bin" "$BASE$path" || fail "$path was not served"
  done
}
START=$(now)
grep '\.jpg$' "$WORK/renditions.txt" | make_all
JPEG_TIME=$(since "$START")
START=$(now)
grep '\.webp$' "$WORK/renditions.txt" | make_all || true
WEBP_TIME=$(since "$START")
SET_TIME=$(awk -v a="$JPEG_TIME" -v b="$WEBP_TIME" 'BEGIN {printf "%.2f", a + b}')
sleep 0.3
[ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=
PEAK=$(peak_heap_mb)
START=$(now)
while read -r path; do curl -fs -o /dev/null "$BASE$path"; done <"$WORK/renditions.txt"
AGAIN_TIME=$(since "$START")

# --- twenty uploads of it at once, in the same 1 GB heap --------------------------------------
UPLOADS=${UPLOADS:-20}
say "Uploading it $UPLOADS times at once ..."
sample_heap
TOKEN=$(csrf_token "$BASE/newsroom/media" "$COOKIES")
START=$(now)
seq 1 "$UPLOADS" | xargs -P "$UPLOADS" -I{} curl -s -o /dev/null -w '%{http_code}\n' -b "$COOKIES" \
  -H "Sec-Fetch-Site: same-origin" -F "_csrf=$TOKEN" -F "file=@$PICTURE;type=image/jpeg;filename=camera-{}.jpg" \
  "$BASE/newsroom/media" >"$WORK/uploads.txt"
UPLOADS_TIME=$(since "$START")
sleep 0.3
[ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=
UPLOADS_PEAK=$(peak_heap_mb)
UPLOADS_OK=$(grep -c '^302$' "$WORK/uploads.txt" || true)
kill -0 "$KIOSQUE_PID" 2>/dev/null || fail "Kiosque died during the uploads"

# --- one cached rendition, Kiosque then nginx -------------------------------------------------
CACHED=$(grep -E '/wide-960\.jpg$' "$WORK/renditions.txt" | head -1)
[ -n "$CACHED" ] || CACHED=$(grep -E '\.jpg$' "$WORK/renditions.txt" | head -1)
mkdir -p "$WORK/www$(dirname "$CACHED")"
curl -fs -o "$WORK/www$CACHED" "$BASE$CACHED"
chmod -R a+rX "$WORK/www"
SIZE=$(wc -c <"$WORK/www$CACHED")
say "Cached rendition: $CACHED ($SIZE bytes)"

say "Warming up Kiosque ($WARMUP) ..."
run_wrk "$BASE$CACHED" "$WARMUP" "$WORK/warmup.txt"
say "Measuring Kiosque ($DURATION, $CONNECTIONS connections, $THREADS threads) ..."
run_wrk "$BASE$CACHED" "$DURATION" "$WORK/kiosque.txt"
cat "$WORK/kiosque.txt"
kill "$KIOSQUE_PID" && wait "$KIOSQUE_PID" 2>/dev/null || true
KIOSQUE_PID=

NGINX_TYPES='image/jpeg jpg; image/webp webp;' \
  nginx_serve "$WORK/www" "$CACHED" 'add_header Cache-Control "public, max-age=31536000, immutable";'
STATIC="$NGINX_BASE$CACHED"
say "Warming up nginx ($WARMUP) ..."
run_wrk "$STATIC" "$WARMUP" "$WORK/nginx-warmup.txt"
say "Measuring nginx ($DURATION, $CONNECTIONS connections, $THREADS threads) ..."
run_wrk "$STATIC" "$DURATION" "$WORK/nginx.txt"
cat "$WORK/nginx.txt"

# --- results -------------------------------------------------------------------------------
K_RATE=$(rate_of "$WORK/kiosque.txt"); N_RATE=$(rate_of "$WORK/nginx.txt")
K_P99=$(p99_of "$WORK/kiosque.txt"); N_P99=$(p99_of "$WORK/nginx.txt")
RATIO=$(awk -v k="$K_RATE" -v n="$N_RATE" 'BEGIN {printf "%.2f", k / n}')
STATUS=0
check() { if [ "$2" = 1 ]; then say "$1: PASS"; else say "$1: FAIL"; STATUS=1; fi; }
say ""
say "=== A 24-megapixel JPEG ($(wc -c <"$PICTURE") bytes), -Xmx$HEAP ==="
say "Upload (checks, subsampled decode, stored):   $UPLOAD_TIME s"
say "Full rendition set ($COUNT renditions), made:  $SET_TIME s ($JPEGS JPEG: $JPEG_TIME s, $WEBPS WebP: $WEBP_TIME s)"
say "Same set again, from the node's disk:        $AGAIN_TIME s"
say "Peak heap used while making them:            $PEAK MB (young + old, garbage included)"
say "$UPLOADS uploads at once:                       $UPLOADS_OK accepted in $UPLOADS_TIME s, peak heap $UPLOADS_PEAK MB"
say ""
say "=== One cached rendition ($CACHED, $SIZE bytes), $CONNECTIONS connections, $DURATION ==="
printf '%-28s %14s %12s\n' "" "requests/s" "p99 (ms)"
printf '%-28s %14s %12s\n' "Kiosque" "$K_RATE" "$K_P99"
printf '%-28s %14s %12s\n' "nginx, same file" "$N_RATE" "$N_P99"
check "Rate ratio Kiosque/nginx: $RATIO (target >= 0.5)" "$(awk -v r="$RATIO" 'BEGIN {print (r >= 0.5)}')"
check "Every one of the $UPLOADS uploads at once accepted, in -Xmx$HEAP" "$([ "$UPLOADS_OK" -eq "$UPLOADS" ] && echo 1 || echo 0)"
exit $STATUS
