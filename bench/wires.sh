#!/usr/bin/env bash
# The wires: a folder of 1 000 items and a feed of 500 items ingested (items per second,
# each filed through the desk with its revision, its log line and its search event), then
# the CPU a node spends polling 50 idle feed sources once a minute (each answers
# 304 Not Modified to the conditional request).
#
#   bench/wires.sh                 # H2 in memory, in the test JVM
#
# Runs src/test/java/org/kiosque/wires/WiresBench.java (a test-classpath program: it uses
# the tests' own item format, so it measures the sources, the identity checks and the
# desk, not one format's parser) and prints its three WIRES BENCH lines.
# Settings (environment): FOLDER_ITEMS (1000), FEED_ITEMS (500), IDLE_SOURCES (50),
# SMTP_PORT (3125, any free port), JAVA_HOME.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile surefire:test -Dtest=WiresBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true -Dkiosque.test.smtp-port="${SMTP_PORT:-3125}" \
  -Dbench.folder-items="${FOLDER_ITEMS:-1000}" -Dbench.feed-items="${FEED_ITEMS:-500}" \
  -Dbench.idle-sources="${IDLE_SOURCES:-50}" 2>&1 | grep -E "WIRES BENCH|Tests run|FAIL|ERROR" || true
