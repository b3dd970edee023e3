#!/usr/bin/env bash
# The load test of issue 17 (item 3): the main journeys with signed-in sessions, closed-loop,
# with form writes at a fixed rate beside them, at 50, 200 and 1,000 connections, on SQLite
# and on PostgreSQL, and in the same run nginx serving each journey's very bytes at the
# same concurrency: the machine's own limit for that answer, so a figure reads as a ratio.
#
#   bench/load/mixed.sh [--quick] [BINARY]          (BINARY: target/release/mentor)
#
# The full measurement (about 15 minutes; a release build, on a machine otherwise quiet):
#   cargo build --release -p mentor && bench/load/mixed.sh
# A check of the script itself (seconds per phase, SQLite, 50 connections; figures
# meaningless, any build):
#   bench/load/mixed.sh --quick target/debug/mentor
#
# For each backend: a fresh demo (`mentor demo`, fresh data folder; on PostgreSQL a fresh
# database load_<pid> on LOAD_PG_URL, dropped at the end), a bearer token, then
# prepare.py signs in LOAD_SESSIONS real sessions (GET /login for the CSRF cookie and
# token, POST /login) and asks every request of the run once, with each session, refusing
# to go on unless it answers 200. Then, at each level of concurrency:
#   1. the mix: one wrk per journey, side by side, each with its share of the connections
#      (weights in prepare.py), for LOAD_SECONDS, while writer.py submits the form that logs
#      a contact with a company (its CSRF token, the session's cookies) LOAD_WRITE_RATE
#      times a second, each write's latency counted from when it was due;
#   2. each journey alone for LOAD_PAGE_SECONDS, and (first backend) nginx serving the
#      bytes of that journey's answer, with its headers, compressed alike, just after.
# report.py prints the table (page, connections, req/s, p50/p95/p99, answers not 2xx/3xx,
# the server's CPU per request, ratio to nginx, the issue's goal met or not) and writes it as markdown, with the machine.
#
# Environment, [default]:
#   LOAD_SECONDS [10]            the mix at each level
#   LOAD_PAGE_SECONDS [5]        each journey alone, and nginx
#   LOAD_LEVELS ["50 200 1000"]  concurrent connections (the mix needs one per journey)
#   LOAD_BACKENDS ["sqlite postgres"]
#   LOAD_PG_URL [postgres://mentor@127.0.0.1:55432]  a role that may create databases
#   LOAD_WRITE_RATE [50]         form writes a second during the mix
#   LOAD_DB_POOL [32]            the server's database connections (MENTOR_DB_POOL, else 8)
#   LOAD_MAX_CONNECTIONS [4096]  the server's connection cap (MENTOR_MAX_CONNECTIONS, else 512)
#   LOAD_SESSIONS [8]  LOAD_ACCOUNTS ["coordinator@demo.example admin@demo.example"]
#   LOAD_ENCODING [gzip]         every request's Accept-Encoding (a browser's; nginx alike)
#   LOAD_WEIGHTS                 e.g. "ranking=0,dashboard=5": a journey's share (0: left out)
#   LOAD_JOURNEYS                e.g. "open-call dashboard": only these (names in prepare.py)
#   LOAD_PORT [18790]            the server; nginx listens on LOAD_PORT + 1
#   LOAD_OUT [/tmp/mentor-load-<time>]  results.md, each phase's JSON and wrk output, logs
# Installs wrk and nginx (Debian packages) when missing; needs python3 ≥ 3.11 and curl,
# psql for PostgreSQL.
set -euo pipefail
quick=0
if [ "${1:-}" = --quick ]; then quick=1; shift; fi
# A binary named on the command line is where the caller is; the default, in the checkout.
if [ -n "${1:-}" ]; then bin=$(realpath "$1"); fi
cd "$(dirname "$0")/../.."
here=bench/load
bin=${bin:-$PWD/target/release/mentor}
if [ $quick = 1 ]; then
  : "${LOAD_SECONDS:=3}" "${LOAD_PAGE_SECONDS:=2}" "${LOAD_LEVELS:=50}" "${LOAD_BACKENDS:=sqlite}"
fi
secs=${LOAD_SECONDS:-10}
page_secs=${LOAD_PAGE_SECONDS:-5}
levels=${LOAD_LEVELS:-50 200 1000}
backends=${LOAD_BACKENDS:-sqlite postgres}
pg_url=${LOAD_PG_URL:-postgres://mentor@127.0.0.1:55432}
write_rate=${LOAD_WRITE_RATE:-50}
port=${LOAD_PORT:-18790}
nginx_port=$((port + 1))
out=${LOAD_OUT:-/tmp/mentor-load-$(date -u +%Y%m%d-%H%M%S)}
export LOAD_ENCODING=${LOAD_ENCODING:-gzip} LOAD_SESSIONS=${LOAD_SESSIONS:-8}
export LOAD_ACCOUNTS=${LOAD_ACCOUNTS:-coordinator@demo.example admin@demo.example}
export MENTOR_DB_POOL=${LOAD_DB_POOL:-32} MENTOR_MAX_CONNECTIONS=${LOAD_MAX_CONNECTIONS:-4096}
export MENTOR_DEMO_PASSWORD=${MENTOR_DEMO_PASSWORD:-load-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')}
export MENTOR_LOG=${MENTOR_LOG:-warn} MENTOR_ADDR=127.0.0.1:$port
url=http://$MENTOR_ADDR
# Longer than any answer should take: one that does is counted as a timeout.
timeout=20s

die() { echo "load: $*" >&2; exit 1; }

# --- what the run needs -------------------------------------------------------------
nginx=$(command -v nginx || echo /usr/sbin/nginx)
missing=()
command -v wrk >/dev/null || missing+=(wrk)
[ -x "$nginx" ] || missing+=(nginx-light)
command -v curl >/dev/null || missing+=(curl)
case " $backends " in *" postgres "*) command -v psql >/dev/null || missing+=(postgresql-client) ;; esac
if [ ${#missing[@]} -gt 0 ]; then
  echo "load: installing ${missing[*]} (apt)" >&2
  { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; } \
    || die "missing ${missing[*]}: install them (apt-get install ${missing[*]}) and run again"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; } \
    || die "could not install ${missing[*]} with apt-get"
  nginx=$(command -v nginx || echo /usr/sbin/nginx)
fi
python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
  || die "python3 3.11 or later is needed (asyncio.timeout)"
[ -x "$bin" ] || die "no server binary at $bin (cargo build --release -p mentor)"
highest=0; for c in $levels; do [ "$c" -gt "$highest" ] && highest=$c; done
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -gt $((2 * highest + 256)) ] \
  || die "open files limited to $(ulimit -n): $highest connections need more (ulimit -n)"
for p in "$port" "$nginx_port"; do
  ! curl -s -o /dev/null "http://127.0.0.1:$p/" || die "port $p is taken (LOAD_PORT)"
done

mkdir -p "$out"; chmod 755 "$out"
server='' ngx_pid='' pg_db=''
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ -n "$ngx_pid" ]; then kill "$ngx_pid" 2>/dev/null || true; wait "$ngx_pid" 2>/dev/null || true; fi
  if [ -n "$pg_db" ]; then
    psql "$pg_url/postgres" -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  server='' ngx_pid='' pg_db=''
}
trap cleanup EXIT
trap 'exit 130' INT TERM

machine() {
  local cpu; cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
  echo "Machine: ${cpu:-unknown CPU}, $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo) RAM, Linux $(uname -r)"
}
{
  machine
  echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "Binary: $bin — $("$bin" --version 2>/dev/null | head -1), built $(date -u -r "$bin" '+%Y-%m-%d %H:%M UTC'); the script at $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'): $secs s mixed and $page_secs s per journey alone at each of $levels connections; $write_rate form writes/s; pool $MENTOR_DB_POOL, connection cap $MENTOR_MAX_CONNECTIONS; $LOAD_SESSIONS sessions; Accept-Encoding: $LOAD_ENCODING; $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), nginx $("$nginx" -v 2>&1 | cut -d/ -f2)"
  [ $quick = 0 ] || echo "QUICK MODE: a check of the script, not a measurement"
} | tee "$out/machine.txt"

# --- pieces -----------------------------------------------------------------------------
# wrk NAME CONNS SECONDS TARGET OUT_BASE URL [PATH]: one journey; fails loudly if wrk did.
run_wrk() {
  local name=$1 conns=$2 s=$3 target=$4 base=$5 to=$6 path=${7:-}
  local threads=$(( conns >= 2 ? 2 : 1 ))
  [ "${MIX:-0}" = 1 ] && threads=1
  env LOAD_TARGET="$target" LOAD_OUT="$base.json" ${path:+LOAD_PATH="$path"} \
    wrk -t"$threads" -c"$conns" -d"${s}s" --timeout "$timeout" -s "$here/target.lua" "$to" \
    >"$base.txt" 2>&1 || die "wrk for $name failed: $(tail -3 "$base.txt")"
  [ -s "$base.json" ] || die "wrk for $name wrote no figures: $(tail -3 "$base.txt")"
}

start_server() {
  local backend=$1 dir=$out/$1
  mkdir -p "$dir/data"
  export MENTOR_DATA_DIR=$dir/data
  unset DATABASE_URL
  if [ "$backend" = postgres ]; then
    pg_db=load_$$
    psql "$pg_url/postgres" -v ON_ERROR_STOP=1 -qc "CREATE DATABASE $pg_db" >/dev/null \
      || die "cannot create database $pg_db on $pg_url (LOAD_PG_URL)"
    export DATABASE_URL=$pg_url/$pg_db
  fi
  "$bin" demo >"$dir/server.log" 2>&1 &
  server=$!
  local t0=$SECONDS
  until curl -fs -o /dev/null "$url/healthz"; do
    kill -0 "$server" 2>/dev/null || die "the server stopped: $(tail -5 "$dir/server.log")"
    [ $((SECONDS - t0)) -lt 600 ] || die "the server did not answer within 600 s"
    sleep 0.5
  done
  echo "$backend: demo seeded and serving in $((SECONDS - t0)) s"
  export LOAD_TOKEN LOAD_TODAY
  LOAD_TOKEN=$("$bin" user token coordinator@demo.example --name "load $$" 2>/dev/null | grep '^mentor_' | head -1) \
    || die "no bearer token from '$bin user token'"
  LOAD_TODAY=$(date -u +%F)
  python3 "$here/prepare.py" "$url" "$dir" || die "preparing the requests failed"
}

stop_server() {
  kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true
  server=
  if [ -n "$pg_db" ]; then
    psql "$pg_url/postgres" -qc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null || true
    pg_db=
  fi
  rm -rf "$out/$1/data"   # the demo's keys and database: nothing to keep
}

# nginx on its own port, serving each journey's answer at /<journey> with its headers.
start_nginx() {
  local from=$1 n=$out/nginx
  mkdir -p "$n/www" "$n/tmp" "$n/logs"
  {
    echo "worker_processes auto; worker_rlimit_nofile 65536; daemon off;"
    echo "pid $n/nginx.pid; error_log $n/logs/error.log warn;"
    echo "events { worker_connections 16384; }"
    echo "http {"
    echo "  access_log off; server_tokens off; etag off; keepalive_requests 10000000; keepalive_timeout 60s;"
    echo "  gzip on; gzip_comp_level 6; gzip_min_length 32; gzip_vary on; gzip_types application/json;  # text/html always"
    for t in client_body proxy fastcgi uwsgi scgi; do echo "  ${t}_temp_path $n/tmp/$t;"; done
    echo "  server {"
    echo "    listen 127.0.0.1:$nginx_port backlog=4096; root $n/www;"
    cut -f1 "$from/journeys.tsv" | while read -r name; do
      cp "$from/nginx/$name.body" "$n/www/$name"
      local ctype; ctype=$(awk -F': ' 'tolower($1) == "content-type" {print $2}' "$from/nginx/$name.headers")
      echo "    location = /$name {"
      echo "      default_type \"$ctype\";"
      grep -iv '^content-type:' "$from/nginx/$name.headers" | while IFS= read -r h; do
        [ -n "$h" ] || continue
        printf '      add_header "%s" "%s" always;\n' "${h%%: *}" "$(printf '%s' "${h#*: }" | sed 's/"/\\"/g')"
      done
      echo "    }"
    done
    echo "  }"
    echo "}"
  } >"$n/nginx.conf"
  chmod -R a+rX "$n/www"
  "$nginx" -t -p "$n" -c "$n/nginx.conf" -e "$n/logs/error.log" >"$n/logs/test.log" 2>&1 \
    || die "nginx refused its configuration: $(tail -3 "$n/logs/test.log")"
  "$nginx" -p "$n" -c "$n/nginx.conf" -e "$n/logs/error.log" &
  ngx_pid=$!
  for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/open-calls" && break; sleep 0.2; done
  # The same bytes: nginx's answer, uncompressed, is the server's.
  cmp -s <(curl -fs "http://127.0.0.1:$nginx_port/open-call") "$from/nginx/open-call.body" \
    || die "nginx does not serve the public call page's bytes"
}

# The server process's CPU time so far, in clock ticks, and the ticks a second: around a
# phase, the CPU a request cost (PostgreSQL's own processes are not counted).
cpu_ticks() { echo "$(awk '{print $14 + $15}' "/proc/$server/stat") $(getconf CLK_TCK)"; }

# Requests a finished phase left in flight still run in the server when wrk stops: wait
# until the server's CPU time stands nearly still (under 5 % of a core over half a second,
# at most 60 s), so that they do not weigh on the next phase, nginx's included.
settle() {
  local stat=/proc/$server/stat before after hz; hz=$(getconf CLK_TCK)
  for _ in $(seq 120); do
    before=$(awk '{print $14 + $15}' "$stat" 2>/dev/null) || return 0
    sleep 0.5
    after=$(awk '{print $14 + $15}' "$stat" 2>/dev/null) || return 0
    [ $(( (after - before) * 100 )) -lt $(( hz * 5 / 2 )) ] && return 0
  done
  echo "load: the server was still busy 60 s after a phase" >&2
}

# A signed-in session must still be one after a phase, or its figures were of redirects.
check_sessions() {
  local cookie; cookie=$(head -1 "$1/sessions.txt")
  local status; status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$url/account")
  [ "$status" = 200 ] || die "after the $2 phase, a session's /account answered $status: signed out?"
}

# --- the run ------------------------------------------------------------------------------
nginx_done=0
for backend in $backends; do
  case $backend in sqlite | postgres) ;; *) die "unknown backend $backend" ;; esac
  start_server "$backend"
  dir=$out/$backend
  if [ $nginx_done = 0 ]; then start_nginx "$dir"; fi
  names=$(cut -f1 "$dir/journeys.tsv")
  for c in $levels; do
    lv=$dir/c$c
    mkdir -p "$lv/mix" "$lv/alone"
    shares=$(python3 "$here/report.py" split "$c" "$dir/journeys.tsv") || exit 1
    echo "$backend, $c connections: the mix ($secs s, writes at $write_rate/s)"
    python3 "$here/writer.py" "$dir/writes.json" "$url" "$write_rate" "$secs" "$lv/mix/writes.json" &
    writer=$!
    pids=()
    cpu0=$(cpu_ticks)
    while read -r name n; do
      MIX=1 run_wrk "$name" "$n" "$secs" "$dir/targets/$name.req" "$lv/mix/$name" "$url" &
      pids+=($!)
    done <<<"$shares"
    for p in "${pids[@]}"; do wait "$p" || die "a journey of the mix failed"; done
    wait "$writer" || die "the writer failed"
    echo "$cpu0 $(cpu_ticks)" >"$lv/mix/cpu.txt"
    settle
    check_sessions "$dir" mix
    echo "$backend, $c connections: each journey alone ($page_secs s each)"
    for name in $names; do
      cpu0=$(cpu_ticks)
      run_wrk "$name" "$c" "$page_secs" "$dir/targets/$name.req" "$lv/alone/$name" "$url"
      echo "$cpu0 $(cpu_ticks)" >"$lv/alone/$name.cpu"
      settle
      if [ $nginx_done = 0 ]; then
        mkdir -p "$out/nginx/c$c"
        run_wrk "nginx $name" "$c" "$page_secs" "$dir/targets/$name.req" "$out/nginx/c$c/$name" \
          "http://127.0.0.1:$nginx_port" "/$name"
      fi
    done
    check_sessions "$dir" alone
  done
  nginx_done=1
  stop_server "$backend"
done
cleanup
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >"$out/after.txt"
python3 "$here/report.py" "$out"
