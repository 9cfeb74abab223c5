# What the benchmarks share: messages, a Java 21+, a free port. Sourced, never run.

say() { printf '%s\n' "$*"; }
fail() { printf 'bench: %s\n' "$*" >&2; exit 2; }

java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}' | cut -d. -f1; }

# Sets JAVA to the first Java 21+ found ($JAVA, $JAVA_HOME, /usr/lib/jvm, PATH), or stops.
find_java() {
  if [ -z "${JAVA:-}" ]; then
    for candidate in ${JAVA_HOME:+"$JAVA_HOME/bin/java"} /usr/lib/jvm/temurin-25-jdk-amd64/bin/java /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
      if [ -x "$candidate" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then JAVA=$candidate; break; fi
    done
  fi
  [ -n "${JAVA:-}" ] || fail "no Java 21+ found: set JAVA_HOME"
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    || shuf -i 20000-60000 -n 1
}
