#!/usr/bin/env bash
# Incremental debug build time after one edit, for CONTRIBUTING.md's "Build time".
# usage: bench/build-time.sh <checkout> <file in it> [runs]
# Appends a comment to <file>, times `cargo build -p mentor`, undoes the edit and builds
# again unmeasured, so each run starts from a fresh build. Run it on two checkouts (before
# and after a change, each with its own target dir) in one session to compare them.
set -euo pipefail
tree=$1 file=$2 runs=${3:-3}
cd "$tree"
cargo build -q -p mentor
for _ in $(seq "$runs"); do
    echo "// build-time probe" >> "$file"
    start=$(date +%s.%N)
    cargo build -q -p mentor
    end=$(date +%s.%N)
    git checkout -q -- "$file"
    cargo build -q -p mentor
    python3 -c "print(f'{$end - $start:.1f} s')"
done
