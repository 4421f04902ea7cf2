#!/usr/bin/env bash
# Ingest benchmark: pages per second for PDF and DOCX copies of the bundled reports next to their .txt
# (org.govkg.ingest.IngestBenchmark, on the test classpath: the copies are made by the test fixtures).
#   tools/bench/ingest-bench.sh [ROUNDS=5] [KEEP_DIR]
set -euo pipefail
home="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$home"
mvn -q -o -B test-compile
cp="$(mktemp)"; trap 'rm -f "$cp"' EXIT
mvn -q -o -B dependency:build-classpath -Dmdep.outputFile="$cp" -Dmdep.includeScope=test >/dev/null
java -Dorg.slf4j.simpleLogger.defaultLogLevel=error -cp "target/test-classes:target/classes:$(cat "$cp")" \
  org.govkg.ingest.IngestBenchmark "$@"
