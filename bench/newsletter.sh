#!/usr/bin/env bash
# Newsletter sending speed: 10 000 confirmed subscribers, one edition, through a real local
# SMTP server (GreenMail standalone, from ~/.m2). Prints messages per second.
#
#   bench/newsletter.sh [SUBSCRIBERS] [RATE]
#
# RATE is kiosque.newsletter.rate for the run (0 = no limit, the default here: the bench
# measures what the sender can do; production keeps its configured cap, 50/s by default).
# The target is at least 200 messages per second on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh

SUBSCRIBERS=${1:-10000}
RATE=${2:-0}
WORKERS=${WORKERS:-8}
SMTP_PORT=${SMTP_PORT:-3940}
export JAVA_HOME=${KIOSQUE_JAVA_HOME:-${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}}
JAVA="$JAVA_HOME/bin/java"
M2=${M2_REPO:-$HOME/.m2/repository}
GREENMAIL=$(ls "$M2"/com/icegreen/greenmail-standalone/*/greenmail-standalone-*.jar 2>/dev/null | sort -V | tail -n1 || true)
H2=$(ls "$M2"/com/h2database/h2/2.4.*/h2-2.4.*.jar 2>/dev/null | sort -V | tail -n1 || true)
if [[ -z "$GREENMAIL" ]]; then
  ./mvnw -B -q dependency:get -Dartifact=com.icegreen:greenmail-standalone:2.1.13
  GREENMAIL=$(ls "$M2"/com/icegreen/greenmail-standalone/*/greenmail-standalone-*.jar | sort -V | tail -n1)
fi
[[ -f target/kiosque.jar ]] || ./mvnw -B -q package -DskipTests

WORK=$(mktemp -d /tmp/kiosque-bench-newsletter.XXXXXX)
GM_PID=
cleanup() { [[ -n "$GM_PID" ]] && kill "$GM_PID" 2>/dev/null || true; }
trap cleanup EXIT

if [[ "${SMTP:-greenmail}" == "python" ]]; then
  echo "== SMTP: Python smtpd sink on 127.0.0.1:$SMTP_PORT"
  smtp_sink "$SMTP_PORT" "$WORK/smtp.log"
  GM_PID=$SMTP_PID
else
  echo "== SMTP: GreenMail standalone on 127.0.0.1:$SMTP_PORT (stores every message in memory)"
  # No -Dgreenmail.verbose, not even "=false": GreenMail turns verbose on when the property
  # merely exists, and verbose logs every protocol line and writes each reply one byte at a
  # time, so every reply waits ~40 ms for the client's delayed ACK (4 per message).
  "$JAVA" -Xmx1g -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$SMTP_PORT" \
    -jar "$GREENMAIL" >"$WORK/smtp.log" 2>&1 &
  GM_PID=$!
fi
for _ in $(seq 1 50); do (exec 3<>/dev/tcp/127.0.0.1/"$SMTP_PORT") 2>/dev/null && break; sleep 0.2; done

SETTINGS=(--kiosque.data-dir="$WORK/data" --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT"
  --kiosque.newsletter.rate="$RATE" --kiosque.newsletter.workers="$WORKERS" ${EXTRA:-})

echo "== $SUBSCRIBERS confirmed subscribers (newsletter import)"
{ echo "email,name"; for i in $(seq 1 "$SUBSCRIBERS"); do echo "lecteur$i@bench.test,Lecteur $i"; done; } >"$WORK/subscribers.csv"
"$JAVA" -jar target/kiosque.jar newsletter import "$WORK/subscribers.csv" "${SETTINGS[@]}"

echo "== three articles published now"
URL="jdbc:h2:file:$WORK/data/db/kiosque;AUTO_SERVER=TRUE"
for n in 1 2 3; do
  "$JAVA" -cp "$H2" org.h2.tools.Shell -url "$URL" -user sa -password "" -sql \
    "INSERT INTO article (slug, headline, standfirst, body_markdown, body_html, status, published_at, time_known, created_at, updated_at)
     VALUES ('banc-essai-$n', 'Banc d’essai numéro $n', 'Le chapeau de l’article $n.', 'Texte.', '<p>Texte.</p>', 'PUBLISHED',
             CURRENT_TIMESTAMP, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)" >/dev/null
done

echo "== newsletter send (rate=$RATE, workers=$WORKERS)"
START=$(date +%s.%N)
/usr/bin/time -f "%U %S" -o "$WORK/send.cpu" "$JAVA" ${SENDER_JAVA_OPTS:-} -jar target/kiosque.jar newsletter send "${SETTINGS[@]}" >"$WORK/send.txt" &
SEND_PID=$!
if [[ -n "${JSTACK:-}" ]]; then
  sleep 25; for _ in 1 2 3; do "$JAVA_HOME/bin/jstack" "$(pgrep -P $SEND_PID java || echo $SEND_PID)" >>"$WORK/jstack.txt" 2>&1 || true; sleep 2; done
  cp "$WORK/jstack.txt" /tmp/bench-jstack.txt
fi
wait $SEND_PID
cat "$WORK/send.txt"
END=$(date +%s.%N)

SENT=$("$JAVA" -cp "$H2" org.h2.tools.Shell -url "$URL" -user sa -password "" \
  -sql "SELECT COUNT(*) FROM delivery WHERE state = 'SENT'" | sed -n 2p | tr -d ' ')
echo "== result"
echo "deliveries recorded as sent: $SENT of $SUBSCRIBERS"
grep -o '([0-9 ,]* messages/s)' "$WORK/send.txt" | sed 's/[()]//g; s/^/sending rate: /'
awk -v s="$START" -v e="$END" -v n="$SENT" 'BEGIN { printf "whole command, JVM start included: %.1f s, %.0f messages/s\n", e - s, n / (e - s) }'
# CPU spent, to judge a busy machine: the sending JVM (start included) and the SMTP server.
TICKS=$(getconf CLK_TCK)
SMTP_CPU=$(awk -v t="$TICKS" '{ printf "%.1f", ($14 + $15) / t }' /proc/"$GM_PID"/stat)
read -r U S <"$WORK/send.cpu" || true
echo "CPU: sender ${U:-?} s user + ${S:-?} s system; SMTP server $SMTP_CPU s; load average $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$WORK"
