#!/usr/bin/env bash
# Concurrent writes and reads on SQLite with bearer tokens (issue 10, defect 11).
#
#   bench/load/run.sh [BINARY ...]     (default: target/release/mentor)
#
# For each binary: a fresh data folder with the demo programme, one bearer token, then for
# 16 and 32 reading connections at once with 8 writing connections beside them, 20 s each:
# requests per second, p50/p99 latency and the count of answers that were not 2xx/3xx.
# Several binaries (say, before and after a change) run one after the other in one run, on
# the same machine state, so their figures can be compared.
set -euo pipefail
cd "$(dirname "$0")/../.."
bins=("$@"); [ ${#bins[@]} -gt 0 ] || bins=(target/release/mentor)
secs=${LOAD_SECONDS:-20}
port=18480
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

for bin in "${bins[@]}"; do
  data=$(mktemp -d)
  export MENTOR_DATA_DIR=$data MENTOR_ADDR=127.0.0.1:$port MENTOR_DEMO_PASSWORD=load-bench-password MENTOR_LOG=warn
  "$bin" demo >"$data/demo.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do curl -fs "http://$MENTOR_ADDR/healthz" >/dev/null && break; sleep 0.3; done
  # Tokens have a name since issue 10 (defect 5); older binaries take none.
  export TOKEN; TOKEN=$("$bin" user token coordinator@demo.example --name load 2>/dev/null | grep "^mentor_" \
    || "$bin" user token coordinator@demo.example 2>/dev/null | tail -1)
  export PROGRAMME; PROGRAMME=$(curl -fs -H "Authorization: Bearer $TOKEN" "http://$MENTOR_ADDR/api/v1/programmes" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')
  # The write the load repeats must succeed once on its own, or the figures mean nothing.
  status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' "http://$MENTOR_ADDR/api/v1/companies" \
    -d "{\"programme_id\":\"$PROGRAMME\",\"name\":\"Load probe\",\"city\":\"Torino\"}")
  [ "$status" = 201 ] || { echo "$bin: the probe write answered $status, not 201" >&2; exit 1; }
  for readers in 16 32; do
    wrk -t1 -c8 -d"${secs}s" --timeout 10s -s bench/load/write.lua "http://$MENTOR_ADDR" >"$data/w.txt" &
    writer=$!
    wrk -t1 -c"$readers" -d"${secs}s" --timeout 10s -s bench/load/read.lua "http://$MENTOR_ADDR" >"$data/r.txt"
    wait $writer
    for kind in w r; do
      f=$data/$kind.txt
      rps=$(awk '/Requests\/sec/ {print $2}' "$f")
      bad=$(awk '/Non-2xx/ {print $NF}' "$f"); bad=${bad:-0}
      errs=$(awk '/Socket errors/ {print}' "$f")
      printf '%s\t%s readers\t%s\t%s req/s\tp50 %s ms\tp99 %s ms\tnot 2xx: %s\t%s\n' \
        "$bin" "$readers" "$([ $kind = w ] && echo writes || echo reads)" "$rps" \
        "$(awk '/^p50_ms/ {print $2}' "$f")" "$(awk '/^p99_ms/ {print $2}' "$f")" "$bad" "$errs"
    done
  done
  kill "$server"; wait "$server" 2>/dev/null || true
  rm -rf "$data"
done
