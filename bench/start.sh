#!/usr/bin/env bash
# How fast Kiosque starts through bin/kiosque: wall and CPU seconds until /actuator/health
# answers UP, on a fresh data directory (the demo content filed by this start) and on the
# same directory again; when the demo's articles are all served; and a command (`user list`,
# `--help`) from launch to exit.
#
#   ./mvnw -B package -DskipTests && bench/start.sh
#
# Builds nothing: it needs target/kiosque.jar. The first use of a new jar makes its class
# cache (bin/kiosque's training start) before anything is measured. CPU seconds are the JVM's
# user + system time (/proc/PID/stat at UP; `time` for a command): on a loaded machine they
# say more than the wall time, which is printed with the load average beside it. A server's
# line also splits them: the main thread (where Spring starts, in order) and the JIT's
# compiler threads (on another core when one is free), and counts the classes loaded.
#
# Right after UP it asks the front page, then the first article the front page links to, as
# the first reader would, and prints how long each took (curl's total time): what the start
# left to the first requests. With a jar that makes its remaining beans after UP (the
# `warm-up` thread, KiosqueWarmUp), it then waits for the warm-up's log line and prints the
# process's CPU seconds at that point too (the whole start's cost, after UP included).
#
# Settings (environment): RUNS (3: each figure is measured RUNS times, every run printed),
# KIOSQUE_JAR (another jar than target/kiosque.jar, to compare two builds: its class cache
# goes beside it), JAVA_HOME (for bin/kiosque), JAVA_OPTS (added by bin/kiosque after its options),
# TIMEOUT (600 s for a start to reach UP), KEEP=1 keeps the temp dir. Exit status 0, or 2.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
TIMEOUT=${TIMEOUT:-600}
JAR=${KIOSQUE_JAR:-target/kiosque.jar}
export KIOSQUE_JAR=$JAR
DEMO_ARTICLES=$(grep -v '^#' src/main/resources/demo/index.txt | grep -c '|[^|]*[^ |]')

. "$(dirname "$0")/lib.sh"
[ -f "$JAR" ] || fail "no $JAR — build it first: ./mvnw -B package -DskipTests (this script builds nothing)"
command -v curl >/dev/null || fail "curl is not installed"
command -v jq >/dev/null || fail "jq is not installed"
find_java
export JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$JAVA")")")}

bench_work start

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.2f", b - a}'; }
# CPU seconds of PID's threads whose name matches PATTERN (/proc/PID/task/*/stat): the main
# thread is "java", the JIT's are "C1 CompilerThre" and "C2 CompilerThre".
threads_cpu_s() {
  local tid total=0 t; t=$(getconf CLK_TCK)
  for tid in /proc/"$1"/task/*; do
    grep -Eq "^\(($2)" <(sed 's/^[0-9]* //' "$tid/stat" 2>/dev/null) || continue
    total=$((total + $(sed 's/^.*) //' "$tid/stat" | awk '{print $12 + $13}')))
  done
  awk -v n="$total" -v t="$t" 'BEGIN {printf "%.2f", n / t}'
}
# Classes PID has loaded, and how many of them came from the class cache (jcmd, when at hand).
classes() {
  "$JAVA_HOME/bin/jcmd" "$1" PerfCounter.print 2>/dev/null \
    | awk -F= '/^java.cls.loadedClasses=/ {l = $2} /^java.cls.sharedLoadedClasses=/ {s = $2} END {if (l) printf "%d classes (%d from the cache)", l + s, s; else printf "classes ?"}'
}
load() { cut -d' ' -f1 /proc/loadavg; }
# The time curl took to answer URL (s), or "failed".
page_s() { curl -fs -o /dev/null -w '%{time_total}' "$1" 2>/dev/null || echo failed; }
# Whether the jar makes its remaining beans after UP (and logs "Warm-up: N beans made ... in M ms").
WARMS_UP=
if "$JAVA_HOME/bin/jar" tf "$JAR" | grep 'org/kiosque/KiosqueWarmUp.class' >/dev/null; then WARMS_UP=1; fi
published() { curl -fs "$1/api/content/articles?size=50" 2>/dev/null | jq '.articles | length' 2>/dev/null || echo 0; }

say "Class cache: bin/kiosque --help (the first use of a new jar trains it) ..."
bin/kiosque --help >/dev/null 2>"$WORK/first.log" || { cat "$WORK/first.log" >&2; fail "bin/kiosque --help failed"; }

# One server start on DATA: prints wall and CPU to UP, the demo articles served at UP, and
# the wall time until all of them are.
server() {
  local what=$1 data=$2 port base start up cpu at_up all
  port=$(free_port)
  base=http://127.0.0.1:$port
  start=$(now)
  local before; before=$(load)
  bin/kiosque --server.port="$port" --kiosque.data-dir="$data" --logging.file.name= --kiosque.newsletter.daily=false \
    --kiosque.site.base-url="$base" >"$WORK/server.log" 2>&1 &
  KIOSQUE_PID=$!
  wait_healthy "$base/actuator/health" "$KIOSQUE_PID" "$WORK/server.log"
  cpu=$(cpu_s "$KIOSQUE_PID")
  up=$(since "$start")
  local main jit loaded front article article_path settled=
  main=$(threads_cpu_s "$KIOSQUE_PID" 'java\)')
  jit=$(threads_cpu_s "$KIOSQUE_PID" 'C[12] CompilerThre')
  # The first reader: the front page, then the first article it links to.
  front=$(page_s "$base/")
  article_path=$(curl -fs "$base/" | grep -o 'href="[^"]*/article/[^"]*"' | head -1 | sed -E 's#^href="(https?://[^/]*)?##; s#"$##' || true)
  if [ -n "$article_path" ]; then article=$(page_s "$base$article_path"); else article="none linked"; fi
  loaded=$(classes "$KIOSQUE_PID")
  at_up=$(published "$base")
  until [ "$(published "$base")" -ge "$DEMO_ARTICLES" ]; do
    kill -0 "$KIOSQUE_PID" 2>/dev/null || fail "Kiosque stopped before its demo content was served"
    sleep 0.05
  done
  all=$(since "$start")
  if [ -n "$WARMS_UP" ]; then
    local polls=$((TIMEOUT * 20))
    until grep -q 'Warm-up: ' "$WORK/server.log"; do
      polls=$((polls - 1)); [ "$polls" -gt 0 ] || fail "no warm-up line in the log after $TIMEOUT s"
      sleep 0.05
    done
    settled="; warm-up $(sed -n 's/.*Warm-up: \([0-9]*\) beans made after the start in \([0-9]*\) ms.*/\1 beans in \2 ms/p' "$WORK/server.log" | head -1), CPU then $(cpu_s "$KIOSQUE_PID") s"
  fi
  kill "$KIOSQUE_PID"; wait "$KIOSQUE_PID" 2>/dev/null || true; KIOSQUE_PID=
  printf '%-34s UP in %6s s wall, %6s s CPU (main thread %s, JIT %s), %s; first pages after UP: front %s s, article %s s; demo articles at UP %s/%s, all served at %6s s%s; load %s\n' \
    "$what" "$up" "$cpu" "$main" "$jit" "$loaded" "$front" "$article" "$at_up" "$DEMO_ARTICLES" "$all" "$settled" "$before"
}

# One command through bin/kiosque: wall and CPU from launch to exit.
command_run() {
  local what=$1; shift
  local before; before=$(load)
  /usr/bin/time -f '%e %U %S' -o "$WORK/time" bin/kiosque "$@" >/dev/null 2>"$WORK/command.log" \
    || { cat "$WORK/command.log" >&2; fail "bin/kiosque $* failed"; }
  awk -v what="$what" -v la="$before" '{printf "%-34s done in %6.2f s wall, %6.2f s CPU; load %s\n", what, $1, $2 + $3, la}' "$WORK/time"
}

say "=== Start through bin/kiosque, $("$JAVA_HOME/bin/java" -version 2>&1 | head -1), $(nproc) cores, $RUNS runs ==="
for run in $(seq 1 "$RUNS"); do
  data=$WORK/data-$run
  server "server, fresh data dir" "$data"
  server "server, same data dir again" "$data"
  command_run "command: user list" user list --kiosque.data-dir="$data" --logging.file.name=
  command_run "command: --help" --help
done
