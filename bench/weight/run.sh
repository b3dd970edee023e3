#!/usr/bin/env bash
# Bytes on the wire for the public call page (issue 12, weight): a first visit (the page,
# its stylesheet and htmx) and a repeat visit (the page alone: the assets are `immutable`),
# each as the browser asks (brotli, gzip) and uncompressed, for each binary given.
#
#   bench/weight/run.sh [BINARY ...]     (default: target/debug/mentor)
#
# Sizes do not depend on the build profile, so a debug binary measures as well.
set -euo pipefail
cd "$(dirname "$0")/../.."
bins=("$@"); [ ${#bins[@]} -gt 0 ] || bins=(target/debug/mentor)
port=18490
bytes() { curl -s -o /dev/null -w '%{size_download}' -H "Accept-Encoding: $2" "http://127.0.0.1:$port$1"; }
printf '%-28s %-9s %12s %12s\n' binary encoding first-visit repeat-visit
for bin in "${bins[@]}"; do
  data=$(mktemp -d)
  MENTOR_DATA_DIR=$data MENTOR_ADDR=127.0.0.1:$port MENTOR_DEMO_PASSWORD=weight-bench MENTOR_LOG=warn \
    "$bin" demo >"$data/demo.log" 2>&1 &
  server=$!
  for _ in $(seq 200); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.3; done
  call=$(curl -fs "http://127.0.0.1:$port/open-calls" | grep -o '/open-calls/[0-9a-f-]\{36\}' | head -1)
  page=$(curl -fs "http://127.0.0.1:$port$call")
  mapfile -t assets < <(grep -o '/static/[^"]*' <<<"$page" | sort -u)
  for enc in br gzip identity; do
    first=$(bytes "$call" "$enc"); repeat=$first
    for a in "${assets[@]}"; do first=$((first + $(bytes "$a" "$enc"))); done
    printf '%-28s %-9s %12s %12s\n' "$(basename "$(dirname "$bin")")/$(basename "$bin")" "$enc" "$first" "$repeat"
  done
  kill $server; wait $server 2>/dev/null || true; rm -rf "$data"
done
