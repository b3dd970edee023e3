#!/usr/bin/env bash
# Server time of every results page (issue 16) on a large programme, on SQLite and, when
# PG_ADMIN_URL names a PostgreSQL server where we may create databases, on PostgreSQL.
#
#   [PG_ADMIN_URL=postgres://mentor@127.0.0.1:55432/postgres] bench/results/run.sh [candidates] [companies] [placements]
#
# For each backend: the demo programme (its logframe, periods and accounts), then
# `mentor generate --programme mentor-ii` adds the generated applications, companies and
# placements to it, then `mentor serve`; a coordinator signs in and every results page,
# download and API answer is fetched once to warm up and then RUNS times in a row. curl's
# total time on the loopback is the server's time to the last byte plus a fraction of a
# millisecond. Prints a markdown table (median and slowest, ms) for BENCHMARKS.md.
# The binary is $MENTOR_BIN (default target/release/mentor).
set -euo pipefail
cd "$(dirname "$0")/../.."
candidates=${1:-100000} companies=${2:-1000} placements=${3:-10000}
bin=${MENTOR_BIN:-${CARGO_TARGET_DIR:-target}/release/mentor}
runs=${RUNS:-7}
port=${PORT:-18590}
[ -x "$bin" ] || { echo "no binary at $bin (cargo build --release -p mentor)" >&2; exit 1; }
export MENTOR_DEMO_PASSWORD=results-bench-password MENTOR_LOG=warn
addr=127.0.0.1:$port
base=http://$addr
echo "binary: $bin"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
echo "size: demo + $candidates candidates, $companies companies, $placements placements"

# KEEP=folder keeps the data there and reuses it on the next run (no seeding, no
# generation), to study a page's plan or profile it.
work=${KEEP:-$(mktemp -d /tmp/mentor-results-bench-XXXXXX)}
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  [ -n "${pg_db:-}" ] && [ -z "${KEEP:-}" ] && psql "$PG_ADMIN_URL" -qc "DROP DATABASE IF EXISTS $pg_db" >/dev/null 2>&1
  [ -n "${KEEP:-}" ] || rm -rf "$work"
}
trap cleanup EXIT

wait_up() {
  for _ in $(seq 600); do curl -fs "$base/healthz" >/dev/null && return 0; sleep 0.5; done
  echo "the server did not come up" >&2; exit 1
}

# ms of one GET with the session cookie; fails on anything but 200.
fetch() {
  local out code ms
  out=$(curl -s -o /dev/null -b "$work/jar" -w '%{http_code} %{time_total}' "$base$1")
  code=${out% *}; ms=$(python3 -c "print(round(${out#* } * 1000, 1))")
  [ "$code" = 200 ] || { echo "$1 answered $code" >&2; exit 1; }
  echo "$ms"
}

measure() { # label path
  fetch "$2" >/dev/null
  local times=()
  for _ in $(seq "$runs"); do times+=("$(fetch "$2")"); done
  python3 - "$1" "${times[@]}" <<'PY'
import statistics, sys
label, xs = sys.argv[1], sorted(float(x) for x in sys.argv[2:])
print(f"| {label} | {statistics.median(xs):.1f} | {xs[-1]:.1f} |")
PY
}

bench() { # backend-name
  local dir=$work/$1
  mkdir -p "$dir"
  export MENTOR_DATA_DIR=$dir MENTOR_ADDR=$addr
  if [ ! -f "$dir/generated" ]; then
    echo "== $1: seeding the demo"
    "$bin" demo >"$dir/demo.log" 2>&1 & server=$!
    wait_up; kill "$server"; wait "$server" 2>/dev/null || true; server=
    echo "== $1: generating (load $(cut -d' ' -f1-3 /proc/loadavg))"
    local start; start=$(date +%s)
    "$bin" generate --programme mentor-ii --candidates "$candidates" --companies "$companies" \
      --placements "$placements" --seed 1 >"$dir/generate.log" 2>&1
    echo "   generated in $(( $(date +%s) - start )) s"
    touch "$dir/generated"
  fi
  "$bin" serve >"$dir/serve.log" 2>&1 & server=$!
  wait_up
  rm -f "$work/jar"
  local csrf
  csrf=$(curl -s -c "$work/jar" "$base/login" | grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -b "$work/jar" -c "$work/jar" "$base/login" \
    --data-urlencode "csrf=$csrf" --data-urlencode "next=/" \
    --data-urlencode "email=coordinator@demo.example" --data-urlencode "password=$MENTOR_DEMO_PASSWORD"
  local token programme
  token=$("$bin" user token coordinator@demo.example --name results-bench | tail -1)
  programme=$(curl -fs -H "Authorization: Bearer $token" "$base/api/v1/programmes" \
    | python3 -c 'import json,sys; print(next(p["id"] for p in json.load(sys.stdin) if p["slug"] == "mentor-ii"))')
  curl -fs -H "Authorization: Bearer $token" "$base/api/v1/programmes/$programme/results" >"$work/report.json"
  read -r period indicators < <(python3 - "$work/report.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
inds = [i for o in r["objectives"] for i in o["indicators"]]
inds += [i for o in r["objectives"] for a in o["results"] for i in a["indicators"]]
# A computed indicator has its records; a manual one (entered with evidence) has none.
ids = [i["code"] + ":" + i["id"] + ("+" if i["source"]["kind"] == "computed" else "") for i in inds]
def status(p):
    s = p["status"]
    return s.get("status") if isinstance(s, dict) else s
done = [p["id"] for p in r["periods"] if status(p) == "submitted"]
print(done[-1] if done else "-", ",".join(ids))
PY
)
  tail -3 "$dir/generate.log" | sed 's/^/   /'
  echo
  echo "| $1: page | median (ms) | slowest (ms) |"
  echo "|---|---:|---:|"
  measure "/results" "/results"
  measure "/results/{id} (live)" "/results/$programme"
  [ "$period" != - ] && measure "/results/{id}?period= (submitted)" "/results/$programme?period=$period"
  local i
  IFS=, read -ra ids <<<"$indicators"
  local code id
  for i in "${ids[@]}"; do
    code=${i%%:*} id=${i#*:} id=${id%+}
    measure "indicator $code" "/results/$programme/indicators/$id"
    if [ "${i%+}" != "$i" ]; then measure "records $code" "/results/$programme/indicators/$id/records"; fi
  done
  measure "/results/{id}/periods" "/results/$programme/periods"
  measure "/results/{id}/outcomes" "/results/$programme/outcomes"
  measure "/results/{id}/outcomes.csv" "/results/$programme/outcomes.csv"
  measure "/results/{id}/outcomes.xlsx" "/results/$programme/outcomes.xlsx"
  measure "/results/{id}/indicators.csv" "/results/$programme/indicators.csv"
  measure "/results/{id}/indicators.xlsx" "/results/$programme/indicators.xlsx"
  measure "/results/{id}/iati" "/results/$programme/iati"
  measure "/results/{id}/iati.xml" "/results/$programme/iati.xml"
  measure "/results/{id}/report.pdf" "/results/$programme/report.pdf"
  measure "/results/{id}/edit" "/results/$programme/edit"
  measure "GET /api/v1/programmes/{id}/results" "/api/v1/programmes/$programme/results"
  measure "GET /api/v1/programmes/{id}/reports/outcomes" "/api/v1/programmes/$programme/reports/outcomes"
  kill "$server"; wait "$server" 2>/dev/null || true; server=
  unset MENTOR_DATA_DIR DATABASE_URL
}

bench sqlite
if [ -n "${PG_ADMIN_URL:-}" ]; then
  pg_db=mentor_results_bench_${KEEP:+kept}${KEEP:-$$}
  pg_db=${pg_db//[^a-z0-9_]/_}
  [ -f "$work/postgres/generated" ] || psql "$PG_ADMIN_URL" -qc "CREATE DATABASE $pg_db" >/dev/null
  export DATABASE_URL=${PG_ADMIN_URL%/*}/$pg_db
  bench postgres
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
