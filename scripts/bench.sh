#!/usr/bin/env bash
# Benchmarks a full ingest, a no-op rerun and search latency on a generated
# archive, then the packages' own Go benchmarks.
# Usage: scripts/bench.sh BIN DIR N
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1 dir=$2 n=$3
archive=$dir/archive data=$dir/data
rm -rf "$dir" && mkdir -p "$dir"

echo "== generating $n documents (docx+pdf) in $archive"
go run ./internal/synth/cmd/synth -n "$n" -seed 1 -formats docx,pdf -o "$archive"

timed() { # label, command...: wall time and peak RSS of a command
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %M KB peak RSS" "$@"
}

echo "== full run"
timed "full run" "$bin" ingest --data "$data" "$archive" 2>&1 | grep -v '^time=' || true
echo "== no-op rerun"
timed "no-op rerun" "$bin" ingest --data "$data" "$archive" 2>&1 | grep -v '^time=' || true

echo "== search latency on that index"
MOTEBOK_BENCH_DATA=$data go test ./index -run '^$' -bench 'BenchmarkSearch$' -benchtime 300x

echo "== package benchmarks"
go test -run '^$' -bench . -benchmem ./extractors/... ./index/... ./pipeline/...
