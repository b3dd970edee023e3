#!/usr/bin/env bash
# bench/pages/compare.sh OLD_BINARY NEW_BINARY
# The signed-in pages that cost the most (the dashboard, a call's ranking, its matching
# page and a run's page), two lists (candidates, positions), the smallest signed-in page
# (`/account`: what any signed-in request costs) and the public call page, each alone at 50 connections for 10 s
# with wrk, served by two builds of mentor one after the other on fresh demo data
# (SQLite), so a change is measured against what it replaced in one run: requests a
# second, p50, p99 and the server's CPU ms a request (its process's CPU time over the
# requests answered). BENCHMARKS.md, "Pages at the source". PAGES_ENCODING [gzip]: the
# Accept-Encoding asked for (`br`, as every browser asks); each answer's size is printed.
set -u
encoding=${PAGES_ENCODING:-gzip}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d /tmp/mentor-pages-XXXXXX)
trap 'rm -rf "$work"' EXIT
cat > "$work/signin.py" <<PY
import sys
sys.path.insert(0, "$here/../load")
import prepare
print(prepare.sign_in(sys.argv[1], sys.argv[2], "demo-password-for-tests").cookie_header())
PY
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores; load before: $(cut -d' ' -f1-3 /proc/loadavg)"
tick=$(getconf CLK_TCK)
cpu() { awk -v t=$tick '{print ($14+$15)*1000/t}' /proc/$1/stat; }
for which in old new; do
  bin=$1; [ $which = new ] && bin=$2
  port=$([ $which = old ] && echo 7311 || echo 7312)
  rm -rf $work/d-$which
  MENTOR_DEMO_PASSWORD=demo-password-for-tests $bin demo --addr 127.0.0.1:$port --data-dir $work/d-$which > $work/s-$which.log 2>&1 &
  pid=$!
  for i in $(seq 120); do curl -sf localhost:$port/livez >/dev/null && break; sleep 2; done
  sleep 3
  C=$(python3 "$work/signin.py" http://127.0.0.1:$port coordinator@demo.example)
  call=$(curl -s -H "Cookie: $C" localhost:$port/calls | grep -o '/calls/[0-9a-f-]*/ranking' | head -1 | cut -d/ -f3)
  run=$(curl -s -H "Cookie: $C" localhost:$port/calls/$call/matching | grep -o '/matching-runs/[0-9a-f-]\{36\}' | head -1)
  for path in / /calls/$call/ranking /calls/$call/matching $run /candidates /positions /account /open-calls/$call; do
    # The public page is read as the public reads it: without a session.
    cookie="Cookie: $C"; case $path in /open-calls/*) cookie="X-Anonymous: 1";; esac
    bytes=$(curl -s -H "$cookie" -H "Accept-Encoding: $encoding" localhost:$port$path | wc -c)
    c0=$(cpu $pid)
    out=$(wrk -t2 -c50 -d10s --latency -H "$cookie" -H "Accept-Encoding: $encoding" http://127.0.0.1:$port$path)
    c1=$(cpu $pid)
    n=$(echo "$out" | awk '/requests in/{print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
    p99=$(echo "$out" | awk '$1=="99%"{print $2}')
    p50=$(echo "$out" | awk '$1=="50%"{print $2}')
    echo "$which $path bytes=$bytes req/s=$rps p50=$p50 p99=$p99 cpu_ms_per_req=$(python3 -c "print(round(($c1-$c0)/$n,2))")"
    sleep 2
  done
  kill $pid; wait $pid 2>/dev/null
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
