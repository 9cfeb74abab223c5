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

# CPU seconds (user + system) the process PID has used so far, with DIGITS decimals (2 by default).
cpu_s() { awk -v t="$(getconf CLK_TCK)" -v d="${2:-2}" '{printf "%.*f", d, ($14 + $15) / t}' "/proc/$1/stat"; }

# A browser's User-Agent: the article page counts a read only for what looks like a reader.
USER_AGENT='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36'

# Stops unless the jar and the tools of a page benchmark (wrk against nginx) are there.
need_page_bench_tools() {
  [ -f "$JAR" ] || fail "no $JAR — build it first: ./mvnw -B package -DskipTests (this script builds nothing)"
  command -v wrk >/dev/null || fail "wrk is not installed (apt-get install wrk)"
  [ -x "$NGINX" ] || fail "nginx is not installed (apt-get install nginx-light)"
  command -v curl >/dev/null || fail "curl is not installed"
  command -v jq >/dev/null || fail "jq is not installed"
}

# Polls URL until it answers UP (every 0.05 s, TIMEOUT seconds, 300 by default) while PID lives;
# stops the bench with LOG's tail otherwise.
wait_healthy() {
  local url=$1 pid=$2 log=$3 deadline=$(( $(date +%s) + ${TIMEOUT:-300} ))
  until curl -fs "$url" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$log" >&2; fail "Kiosque did not start"; }
    [ "$(date +%s)" -lt "$deadline" ] || fail "Kiosque is not healthy after ${TIMEOUT:-300} s"
    sleep 0.05
  done
}

# The newest published article's path (from the content API of BASE), or stops.
newest_article_path() {
  local json path
  json=$(curl -fs "$1/api/content/articles?size=1") || fail "the content API does not answer"
  path=$(jq -r '.articles[0].url' <<<"$json" | sed -E 's#^https?://[^/]+##')
  [ -n "$path" ] && [ "$path" != null ] || fail "no published article"
  printf '%s\n' "$path"
}

# Signs EMAIL in with PASSWORD at BASE (the form's CSRF token, a same-origin post), keeping
# the session in the cookie jar COOKIES. Fails (status 1) when the server refuses.
sign_in() {
  local base=$1 email=$2 password=$3 cookies=$4 token
  token=$(csrf_token "$base/login" "$cookies")
  curl -fs -o /dev/null -b "$cookies" -c "$cookies" -H "Sec-Fetch-Site: same-origin" \
    --data-urlencode "_csrf=$token" --data-urlencode "username=$email" --data-urlencode "password=$password" \
    "$base/login"
}
# The first form's CSRF token on the page at URL, read with the cookie jar COOKIES.
csrf_token() {
  curl -fs -b "$2" -c "$2" "$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'
}

# Serves the files of DIR with nginx on a free port, as fast as it serves a saved page
# (sendfile and tcp_nopush off: Debian's defaults add 40 ms stalls on loopback; gzip_static
# serves a gzipped twin when the client asks and the twin exists). Its files go to
# $WORK/nginx; sets NGINX_PID and NGINX_BASE (http://127.0.0.1:PORT); stops the bench when
# nginx does not serve FILE (a path under DIR) within 5 s. DIR and WORK must be readable by
# nginx's unprivileged workers. EXTRA (optional) adds lines to the server block, and
# NGINX_TYPES (optional) replaces the default text/html with a types { … } map.
nginx_serve() {
  local dir=$1 file=$2 extra=${3:-} types="default_type text/html;" port
  [ -n "${NGINX_TYPES:-}" ] && types="types { $NGINX_TYPES }"
  port=$(free_port)
  mkdir -p "$WORK/nginx"
  cat >"$WORK/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile off;
  tcp_nopush off;
  keepalive_requests 1000000;
  $types
  charset utf-8;
  gzip_static on;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  server {
    listen 127.0.0.1:$port;
    root $dir;
    $extra
  }
}
CONF
  "$NGINX" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" 2>"$WORK/nginx/start.log" &
  NGINX_PID=$!
  NGINX_BASE="http://127.0.0.1:$port"
  for _ in $(seq 1 50); do curl -fs -o /dev/null "$NGINX_BASE/$file" && return 0; sleep 0.1; done
  cat "$WORK/nginx/start.log" "$WORK/nginx/error.log" >&2 || true
  fail "nginx did not serve the saved page"
}
# Stops the nginx of nginx_serve, if any.
nginx_stop() {
  [ -n "${NGINX_PID:-}" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null || true
  NGINX_PID=
}

# wrk against URL for DURATION into FILE, with the bench's THREADS, CONNECTIONS and
# User-Agent, latency percentiles, and the headers of the array WRK_HEADERS (-H "…" pairs).
run_wrk() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -H "User-Agent: $USER_AGENT" ${WRK_HEADERS[@]+"${WRK_HEADERS[@]}"} "$1" >"$3"
}
# wrk's figures: rate (requests/s), p99 (ms), completed requests, errors.
rate_of() { awk '/^Requests\/sec:/ {print $2}' "$1"; }
p99_of() {
  awk '$1 == "99%" {v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
        if (u == "us") v /= 1000; else if (u == "s") v *= 1000; else if (u == "m") v *= 60000; printf "%.2f", v}' "$1"
}
requests_of() { awk '/requests in/ {print $1}' "$1"; }
errors_of() { awk '/Socket errors|Non-2xx/ {print}' "$1"; }

# An SMTP server on 127.0.0.1:PORT that accepts and drops every message (Python 3.11's
# smtpd; gone in 3.12), logging to LOG; sets SMTP_PID.
smtp_sink() {
  python3 -W ignore -c '
import smtpd, asyncore, sys
class Sink(smtpd.SMTPServer):
    def process_message(self, *args, **kwargs):
        return None
Sink(("127.0.0.1", int(sys.argv[1])), None, decode_data=False)
asyncore.loop()' "$1" >"$2" 2>&1 &
  SMTP_PID=$!
}

# Makes the bench's temp dir WORK (kiosque-NAME.XXXXXX) and stops, at exit, what the bench
# started (SAMPLER_PID, nginx, KIOSQUE_PID), then removes WORK unless KEEP=1.
bench_work() {
  WORK=$(mktemp -d -t "kiosque-$1.XXXXXX")
  KIOSQUE_PID= NGINX_PID= SAMPLER_PID=
  trap bench_cleanup EXIT
  trap 'exit 130' INT TERM
}
bench_cleanup() {
  [ -n "${SAMPLER_PID:-}" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  nginx_stop
  [ -n "${KIOSQUE_PID:-}" ] && kill "$KIOSQUE_PID" 2>/dev/null && wait "$KIOSQUE_PID" 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
}
