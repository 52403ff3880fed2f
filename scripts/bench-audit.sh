#!/usr/bin/env bash
# End to end at newsroom scale: generates DOCS articles (default 100000)
# with examples/synth, then times, with peak memory (/usr/bin/time):
#   - the simplest scan of the same bytes, `grep -c` for a quotation mark;
#   - `quotetrace extract` over them, and its ratio to that scan;
#   - `quotetrace audit` of the .txt + manifest form and of the JSON Lines form.
# Usage: scripts/bench-audit.sh [DOCS] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-100000}
threads=${2:-$(nproc)}
cargo build --release --quiet --example synth
cargo build --release --quiet
dir=target/synth-$docs
if [ ! -f "$dir/articles.jsonl" ]; then
  target/release/examples/synth --docs "$docs" --seed 1 --out "$dir"
fi
qt=target/release/quotetrace
mb=$(find "$dir/txt" -name '*.txt' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
echo "machine: $(nproc) cores, $(uname -m), $(rustc --version)"
echo "corpus: $docs articles, $((mb / 1000000)) MB of text, $threads threads"

# Run each once to warm the page cache, so that no figure pays for the disk.
cat "$dir/articles.jsonl" > /dev/null
find "$dir/txt" -name '*.txt' -print0 | xargs -0 cat > /dev/null

measure() { # label command...: prints seconds and peak MB, sets $secs
  local label=$1 kb
  shift
  if ! /usr/bin/time -o "$dir/time.txt" -f '%e %M' "$@" > /dev/null 2> "$dir/stderr.txt"; then
    echo "$label failed:" >&2
    cat "$dir/stderr.txt" >&2
    exit 1
  fi
  read -r secs kb < <(tail -1 "$dir/time.txt")
  printf '%-36s %8.2f s %8d MiB\n' "$label" "$secs" "$((kb / 1024))"
}

measure "grep -c '\"' (one thread)" bash -c "LC_ALL=C grep -r -c -F '\"' '$dir/txt' > /dev/null"
grep_secs=$secs
measure "extract, $threads threads" "$qt" extract --quiet -j "$threads" --format jsonl "$dir/txt"
extract_secs=$secs
measure "extract, 1 thread" "$qt" extract --quiet -j 1 --format jsonl "$dir/txt"
measure "audit txt+manifest, $threads threads" "$qt" audit --quiet -j "$threads" --out "$dir/audit" "$dir/txt"
measure "audit JSON Lines, $threads threads" "$qt" audit --quiet -j "$threads" --out "$dir/audit-jsonl" "$dir/articles.jsonl"
awk -v e="$extract_secs" -v g="$grep_secs" -v m="$mb" 'BEGIN {
  printf "extraction: %.1f MB/s; grep -c: %.1f MB/s; extraction takes %.1f times grep -c\n", m / e / 1e6, m / g / 1e6, e / g }'
