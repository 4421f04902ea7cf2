#!/usr/bin/env bash
# Build benchmark: times `govkg build` as a whole process on the bundled corpus replicated COPIES
# times (distinct file names, so every copy is a document of its own), with 1 thread and with all
# cores, RUNS times each, and prints the median wall time, documents per second and peak memory.
#   tools/bench/build-bench.sh [COPIES=10] [RUNS=3]
set -euo pipefail
home="$(cd "$(dirname "$0")/../.." && pwd)"
copies="${1:-10}"; runs="${2:-3}"
"$home/govkg" help >/dev/null            # builds the jar if needed, outside the timings
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus"
for i in $(seq 1 "$copies"); do
  for f in "$home"/corpus/*.txt; do cp "$f" "$work/corpus/c${i}_$(basename "$f")"; done
done
docs=$(ls "$work/corpus" | wc -l)
cores=$(nproc)
for threads in 1 "$cores"; do
  : > "$work/times"
  for r in $(seq 1 "$runs"); do
    rm -rf "$work/out"
    /usr/bin/time -f "%e %M" -o "$work/t" java -jar "$home/target/govkg.jar" build "$work/corpus" \
      -o "$work/out" --threads "$threads" 2>/dev/null
    cat "$work/t" >> "$work/times"
  done
  sort -n "$work/times" | awk -v n="$runs" -v d="$docs" -v t="$threads" '
    { w[NR]=$1; m[NR]=$2 } END { med=w[int((n+1)/2)]; max=0; for (i in m) if (m[i]>max) max=m[i];
      printf "threads=%d docs=%d runs=%d median_wall_s=%.2f docs_per_s=%.1f peak_rss_mb=%.0f\n",
             t, d, n, med, d/med, max/1024 }'
done
