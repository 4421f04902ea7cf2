#!/usr/bin/env bash
# Throughput: the whole build next to its floor, a bare HanLP pass (ingest + segmentation with name
# recognition, NlpBaseline) over the same inputs and threads, on the bundled corpus replicated COPIES
# times (distinct file names). Prints both, their ratio, and the build's peak memory under HEAP.
#   tools/bench/throughput.sh [THREADS=cores] [HEAP=1g] COPIES...   (default copies: 10 200)
set -euo pipefail
home="$(cd "$(dirname "$0")/../.." && pwd)"
threads="${THREADS:-$(nproc)}"; heap="${HEAP:-1g}"
copies=("$@"); [ ${#copies[@]} -eq 0 ] && copies=(10 200)
"$home/govkg" help >/dev/null            # builds the jar if needed, outside the timings
jar="$home/target/govkg.jar"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
printf '%-7s %-6s %-12s %-12s %-7s %-10s\n' copies docs "nlp (s)" "build (s)" ratio "peak RSS"
for n in "${copies[@]}"; do
  rm -rf "$work/in" "$work/out"; mkdir -p "$work/in"
  for i in $(seq 1 "$n"); do
    for f in "$home"/corpus/*.txt; do ln -s "$f" "$work/in/c${i}_$(basename "$f")"; done
  done
  docs=$(ls "$work/in" | wc -l)
  t0=$(date +%s.%N)
  java "-Xmx$heap" -cp "$jar" org.govkg.pipeline.NlpBaseline "$threads" "$work/in" >/dev/null
  t1=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$work/rss" java "-Xmx$heap" -Dgovkg.home="$home" -jar "$jar" build "$work/in" \
    -o "$work/out" --threads "$threads" 2>"$work/log" || { tail -3 "$work/log"; exit 1; }
  t2=$(date +%s.%N)
  awk -v n="$n" -v d="$docs" -v a="$t0" -v b="$t1" -v c="$t2" -v m="$(cat "$work/rss")" \
    'BEGIN { printf "%-7d %-6d %-12.1f %-12.1f %-7.2f %d MB\n", n, d, b - a, c - b, (c - b) / (b - a), m / 1024 }'
done
