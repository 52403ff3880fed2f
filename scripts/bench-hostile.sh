#!/usr/bin/env bash
# Hostile input at full size on the release build (issue 6): each case at
# half and full size, with wall time and peak memory (/usr/bin/time), so
# that linear growth shows. The test suite runs the same cases scaled down.
# Usage: scripts/bench-hostile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
qt=$PWD/target/release/quotetrace
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

python3 - "$dir" <<'PY'
import json, os, sys
d = sys.argv[1]
sentence = "Officials met residents again on Tuesday to discuss it. "
quote = "“We will not accept this plan,” the minister said. "
def prose(n):
    unit = sentence * 6 + quote
    return (unit * (n // len(unit) + 1))[:n]
for scale, n in (("half", 25_000_000), ("full", 50_000_000)):
    k = n // 50_000_000  # 0 or 1
    open(f"{d}/no-newline-{scale}.txt", "w").write(prose(n))
    open(f"{d}/marks-{scale}.txt", "w").write("“We said,” he said. " * (250_000 * (k + 1)))
    m = 25_000 * (k + 1)
    open(f"{d}/nested-{scale}.txt", "w").write("“ ‘ " * m + "deep" + " ’ ”" * m)
    open(f"{d}/unclosed-{scale}.txt", "w").write("He said: “" + prose(n // 5).replace("“", "").replace("”", ""))
    open(f"{d}/line-{scale}.jsonl", "w").write(json.dumps({"id": "big", "text": prose(n)}) + "\n")
    open(f"{d}/binary-{scale}.txt", "wb").write(os.urandom(n // 50))
PY

printf '%-26s %10s %8s %8s %5s\n' case bytes seconds "peak MiB" exit
for f in "$dir"/*; do
  size=$(stat -c %s "$f")
  # A binary file is an error (exit 2): the status is shown, not fatal.
  code=0
  /usr/bin/time -o "$dir/.time" -f '%e %M' "$qt" extract --quiet --format jsonl "$f" > /dev/null 2>&1 || code=$?
  read -r secs kb < <(tail -1 "$dir/.time")
  printf '%-26s %10d %8.2f %8d %5d\n' "$(basename "$f")" "$size" "$secs" "$((kb / 1024))" "$code"
done
