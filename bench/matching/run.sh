#!/usr/bin/env bash
# Matching engine vs peers (scipy, lap, OR-Tools) on the same instance files.
# Usage: bench/matching/run.sh [FAMILY-FILTER ...]   (e.g. assign800 dense_5000 =scheme;
#        a filter is a substring of the instance name, =NAME matches NAME exactly)
# Env: DATA (instance dir, default /tmp/mentor-matching-bench), REPS (default 5),
#      VENV (default $DATA/venv), BENCH_TIMEOUT (seconds per solver run, default 1800).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DATA=${DATA:-/tmp/mentor-matching-bench}
REPS=${REPS:-5}
VENV=${VENV:-$DATA/venv}
ORLIB=${ORLIB:-$ROOT/../shared/data/orlib}
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
mkdir -p "$DATA"
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
fi
"$VENV/bin/pip" install -q numpy==2.4.6 scipy==1.16.3 lap==0.5.13 ortools==9.14.6206
CARGO_TARGET_DIR="$TARGET" cargo build --release -p matching --example bench -j 1
BIN="$TARGET/release/examples/bench"
"$BIN" gen "$DATA"
echo "machine: $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(free -g | awk '/Mem:/{print $2}') GiB"
"$VENV/bin/python" "$ROOT/bench/matching/peers.py" table "$BIN" "$DATA" "$ORLIB" "$REPS" "$@"
