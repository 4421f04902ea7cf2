#!/usr/bin/env bash
# Builds the bundled corpus and the devset with a given govkg jar and keeps the outputs that must stay
# byte-identical across a refactoring (govkg.ttl, govkg.trig, entities.tsv) plus the build's messages.
# Usage: tools/identity/snapshot.sh JAR OUT_DIR ; then diff -r two OUT_DIRs.
set -euo pipefail
jar="$1"; out="$2"
home="$(cd "$(dirname "$0")/../.." && pwd)"
rm -rf "$out"; mkdir -p "$out"
for set in corpus devset; do
  case "$set" in
    corpus) src="$home/corpus" ;;
    devset) src="${DEVSET:-$home/../shared/devset/docs}" ;;
  esac
  work="$(mktemp -d)"
  java -Xmx4g -Dgovkg.home="$home" -jar "$jar" build "$src" -o "$work" >"$out/$set.log" 2>&1 || true
  mkdir -p "$out/$set"
  for f in govkg.ttl govkg.trig entities.tsv; do [ -f "$work/$f" ] && cp "$work/$f" "$out/$set/"; done
  rm -rf "$work"
done
