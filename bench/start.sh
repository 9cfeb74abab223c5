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
# Settings (environment): RUNS (3: each figure is measured RUNS times, every run printed),
# JAVA_HOME (for bin/kiosque), JAVA_OPTS (added by bin/kiosque after its options),
# TIMEOUT (600 s for a start to reach UP), KEEP=1 keeps the temp dir. Exit status 0, or 2.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
TIMEOUT=${TIMEOUT:-600}
JAR=target/kiosque.jar
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
cpu_s() { awk -v t="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / t}' "/proc/$1/stat"; }
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
  local main jit loaded
  main=$(threads_cpu_s "$KIOSQUE_PID" 'java\)')
  jit=$(threads_cpu_s "$KIOSQUE_PID" 'C[12] CompilerThre')
  loaded=$(classes "$KIOSQUE_PID")
  at_up=$(published "$base")
  until [ "$(published "$base")" -ge "$DEMO_ARTICLES" ]; do
    kill -0 "$KIOSQUE_PID" 2>/dev/null || fail "Kiosque stopped before its demo content was served"
    sleep 0.05
  done
  all=$(since "$start")
  kill "$KIOSQUE_PID"; wait "$KIOSQUE_PID" 2>/dev/null || true; KIOSQUE_PID=
  printf '%-34s UP in %6s s wall, %6s s CPU (main thread %s, JIT %s), %s; demo articles at UP %s/%s, all served at %6s s; load %s\n' \
    "$what" "$up" "$cpu" "$main" "$jit" "$loaded" "$at_up" "$DEMO_ARTICLES" "$all" "$before"
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
