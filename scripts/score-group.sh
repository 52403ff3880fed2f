#!/usr/bin/env bash
# Scores grouping end to end from the articles with the reference scorer.
# Usage: scripts/score-group.sh [corpus...]   (default: seeds basil-dev)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-../shared}
cargo build --release --quiet
out=$(mktemp -d)
for c in ${@:-seeds basil-dev}; do
  target/release/quotetrace group --quiet --format jsonl "$shared/corpus/$c" > "$out/$c.jsonl"
  echo "== $c"
  python3 "$shared/tools/score.py" group "$shared/gold/$c.jsonl" "$out/$c.jsonl" | grep -E '^(bcubed_f1|pair_f1|pair_p|pair_r|mapped|units):'
done
