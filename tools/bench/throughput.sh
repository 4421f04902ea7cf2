#!/usr/bin/env bash
# Throughput: the whole build next to its floor, a bare HanLP pass (ingest + segmentation with name
# recognition, NlpBaseline) over the same inputs and threads, on the bundled corpus replicated COPIES
# times (distinct file names). Prints both, their ratio, and the build's peak memory under HEAP: peak
# resident set (what /usr/bin/time reports) and, sampled every half second, its peak anonymous part
# (heap, JIT, thread stacks: what the process allocated) apart from the file pages it had mapped.
#   tools/bench/throughput.sh [THREADS=cores] [HEAP=1g] [FLOOR=0 skips the HanLP pass] COPIES...
#   (default copies: 10 200)
set -euo pipefail
home="$(cd "$(dirname "$0")/../.." && pwd)"
threads="${THREADS:-$(nproc)}"; heap="${HEAP:-1g}"; floor="${FLOOR:-1}"
copies=("$@"); [ ${#copies[@]} -eq 0 ] && copies=(10 200)
"$home/govkg" help >/dev/null            # builds the jar if needed, outside the timings
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
# A copy: rebuilding the project during a long run must not change the classes under it.
jar="$work/govkg.jar"; cp "$home/target/govkg.jar" "$jar"
printf '%-7s %-6s %-9s %-10s %-7s %-10s %-10s\n' copies docs "nlp (s)" "build (s)" ratio "peak RSS" "peak anon"
for n in "${copies[@]}"; do
  rm -rf "$work/in" "$work/out"; mkdir -p "$work/in"
  for i in $(seq 1 "$n"); do
    for f in "$home"/corpus/*.txt; do ln -s "$f" "$work/in/c${i}_$(basename "$f")"; done
  done
  docs=$(ls "$work/in" | wc -l)
  t0=$(date +%s.%N)
  if [ "$floor" != 0 ]; then
    java "-Xmx$heap" -cp "$jar" org.govkg.pipeline.NlpBaseline "$threads" "$work/in" >/dev/null
  fi
  t1=$(date +%s.%N)
  java "-Xmx$heap" -Dgovkg.home="$home" -jar "$jar" build "$work/in" -o "$work/out" --threads "$threads" \
    2>"$work/log" &
  pid=$!; hwm=0; anon=0
  while [ -r "/proc/$pid/status" ]; do
    read -r h a < <(awk '/^VmHWM/ { h = $2 } /^RssAnon/ { a = $2 } END { print h + 0, a + 0 }' \
      "/proc/$pid/status" 2>/dev/null || echo "0 0")
    [ "$h" -gt "$hwm" ] && hwm=$h; [ "$a" -gt "$anon" ] && anon=$a
    sleep 0.5
  done
  wait "$pid" || { tail -3 "$work/log"; exit 1; }
  t2=$(date +%s.%N)
  awk -v n="$n" -v d="$docs" -v a="$t0" -v b="$t1" -v c="$t2" -v m="$hwm" -v an="$anon" -v f="$floor" \
    'BEGIN { nlp = f == 0 ? "-" : sprintf("%.1f", b - a); r = f == 0 ? "-" : sprintf("%.2f", (c - b) / (b - a));
             printf "%-7d %-6d %-9s %-10.1f %-7s %-10s %-10s\n", n, d, nlp, c - b, r, int(m / 1024) " MB",
             int(an / 1024) " MB" }'
done
