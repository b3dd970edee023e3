#!/usr/bin/env bash
# `mentor generate` timed on SQLite and, when DATABASE_URL names an empty PostgreSQL
# database, on PostgreSQL; for BENCHMARKS.md's "Data generator".
# usage: [DATABASE_URL=postgres://…/empty_db] bench/generate.sh [candidates] [companies] [placements]
# The binary is $MENTOR_BIN (default target/release/mentor, else target/debug/mentor under
# $CARGO_TARGET_DIR or ./target). $GENERATE_WRITERS sets --writers (default: the
# generator's, 2). GENERATE_SQLITE=0 skips SQLite (a 1,000,000 run on PostgreSQL alone).
# Prints the machine, the load and each backend's figures.
set -euo pipefail
candidates=${1:-100000} companies=${2:-1000} placements=${3:-10000}
writers=()
[ -z "${GENERATE_WRITERS:-}" ] || writers=(--writers "$GENERATE_WRITERS")
target=${CARGO_TARGET_DIR:-target}
bin=${MENTOR_BIN:-}
if [ -z "$bin" ]; then
    if [ -x "$target/release/mentor" ]; then bin=$target/release/mentor; else bin=$target/debug/mentor; fi
fi
[ -x "$bin" ] || { echo "no mentor binary at $bin (cargo build -p mentor)" >&2; exit 1; }
pg_url=${DATABASE_URL:-}
unset DATABASE_URL
echo "binary: $bin"
echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
echo "size: $candidates candidates, $companies companies, $placements placements"

run() { # backend data-dir [url]
    local backend=$1 dir=$2
    echo "== $backend (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
    local start end
    start=$(date +%s.%N)
    if [ -n "${3:-}" ]; then
        DATABASE_URL=$3 "$bin" --data-dir "$dir" generate --candidates "$candidates" \
            --companies "$companies" --placements "$placements" --seed 1 "${writers[@]}"
    else
        "$bin" --data-dir "$dir" generate --candidates "$candidates" \
            --companies "$companies" --placements "$placements" --seed 1 "${writers[@]}"
    fi
    end=$(date +%s.%N)
    echo "wall time, migrations included: $(python3 -c "print(f'{$end - $start:.1f}')") s (load after: $(cut -d' ' -f1-3 /proc/loadavg))"
}

dir=$(mktemp -d /tmp/mentor-generate-XXXXXX)
trap 'rm -rf "$dir"' EXIT
if [ "${GENERATE_SQLITE:-1}" = 0 ]; then
    echo "== sqlite skipped (GENERATE_SQLITE=0)"
else
    run sqlite "$dir/sqlite"
fi
if [ -n "$pg_url" ]; then
    run postgres "$dir/postgres" "$pg_url"
else
    echo "== postgres skipped (DATABASE_URL not set)"
fi
