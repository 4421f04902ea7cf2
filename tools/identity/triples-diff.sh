#!/usr/bin/env bash
# Triples (N-Triples lines) that one Turtle/TriG dump has and the other has not: what a byte diff means.
# Usage: tools/identity/triples-diff.sh OLD.ttl NEW.ttl   (needs rapper from raptor2-utils)
set -euo pipefail
input=turtle; output=ntriples; case "$1" in *.trig) input=trig; output=nquads ;; esac
rapper -q -i "$input" -o "$output" "$1" | sort >"${TMPDIR:-/tmp}/old.$$.nt"
rapper -q -i "$input" -o "$output" "$2" | sort >"${TMPDIR:-/tmp}/new.$$.nt"
comm -3 "${TMPDIR:-/tmp}/old.$$.nt" "${TMPDIR:-/tmp}/new.$$.nt" | sed 's/^\t/+ /; t; s/^/- /'
rm -f "${TMPDIR:-/tmp}/old.$$.nt" "${TMPDIR:-/tmp}/new.$$.nt"
