#!/usr/bin/env bash
# Scores extraction on the shared corpora with the reference scorer.
# Usage: scripts/score.sh [corpus...]   (default: seeds basil-dev polnear-dev)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
cargo build --release --quiet
out=$(mktemp -d)
for corpus in "${@:-seeds basil-dev polnear-dev}"; do
  for c in $corpus; do
    target/release/quotetrace extract --quiet --format jsonl "$shared/corpus/$c" > "$out/$c.jsonl"
    echo "== $c"
    python3 "$shared/tools/score.py" extract "$shared/gold/$c.jsonl" "$out/$c.jsonl" --corpus "$shared/corpus/$c" ${VERBOSE:+} | { if [ -n "${VERBOSE:-}" ]; then cat; else grep -E '^(e2e_f1|e2e_p|e2e_r|strict_f1|lenient_f1|attribution):'; fi; }
  done
done
