#!/usr/bin/env bash
# Benchmarks motebok on a generated archive of N documents (DOCX, PDF, ODT
# and Markdown), beside recoll when recollindex and recollq are installed
# (Debian package recollcmd, with poppler-utils for PDF): a full ingest,
# reruns after no change, after touching 1 % of the files and after
# changing 1 %, the data size of each store, and search latency in-process
# and through the command line; then the packages' Go benchmarks
# (BENCHPKG=0 skips them). Each step runs motebok, then recoll.
# Usage: scripts/bench.sh BIN DIR N    (make bench BENCHN=100000 for issue 14's size)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "$1") dir=$2 n=$3
archive=$dir/archive data=$dir/data changes=$dir/changes rconf=$dir/recoll
queries=index/testdata/bench-queries.txt
rounds=${BENCHROUNDS:-5} # CLI searches per query
rm -rf "$dir" && mkdir -p "$dir"
recoll=false
if command -v recollindex >/dev/null && command -v recollq >/dev/null; then
  recoll=true
  mkdir -p "$rconf"
  printf 'topdirs = %s\ndbdir = %s/xapiandb\nnoaspell = 1\nskippedNames+ = truth.jsonl\n' "$(realpath "$archive")" "$(realpath "$rconf")" >"$rconf/recoll.conf"
fi

echo "== generating $n documents (docx+pdf+odt+md) in $archive"
go run ./internal/synth/cmd/synth -n "$n" -seed 1 -formats docx,pdf,odt,md -o "$archive"
go run ./internal/synth/cmd/synth -n $((4 * (n / 100 + 1))) -seed 2 -formats docx,pdf,odt,md -o "$changes" >/dev/null

# measure LABEL CMD...: wall and CPU time, peak RSS (of the largest process
# of the tree) and, for Go programs, the largest Go heap a collection of
# any of its processes saw (gctrace).
measure() {
  local label=$1 t g
  shift
  t=$(mktemp) g=$(mktemp)
  GODEBUG=gctrace=1 /usr/bin/time -o "$t" -f '%e %U %S %M' "$@" >/dev/null 2>"$g" || echo "$label: exit status $?"
  read -r wall user sys rss < <(tail -1 "$t") # after "Command exited with non-zero status"
  heap=$( (grep -o '[0-9]*->[0-9]*->[0-9]* MB' "$g" || true) | tr -c '0-9\n' ' ' | awk '{m = ($1 > m ? $1 : m); m = ($2 > m ? $2 : m)} END {print m + 0}')
  awk -v l="$label" -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" -v h="$heap" -v n="$n" 'BEGIN {
    c = u + s
    printf "%-28s %8.2f s wall %8.2f s CPU %7.0f MB peak RSS", l, w, c, r / 1024
    if (h > 0) printf " %5d MB peak Go heap", h
    if (l ~ /full/) printf " %7.1f docs/s %6.2f CPU ms/doc", n / w, 1000 * c / n
    printf "\n" }'
  rm -f "$t" "$g"
}

# ingest LABEL: motebok's run and recoll's, one after the other.
ingest() {
  measure "motebok $1" "$bin" ingest --data "$data" "$archive"
  if $recoll; then measure "recoll $1" recollindex -c "$rconf"; fi
}

# sample K: every K-th document of the archive, by name.
sample() { find "$archive" -type f ! -name truth.jsonl | sort | awk -v k="$1" 'NR % k == 0'; }

echo "== ingest"
ingest "full run"
ingest "no-op rerun"
sample 100 | xargs -r touch
ingest "rerun, 1 % touched"
# Changed: 1 % of the files (others than those touched) get the content of
# another generated document of the same format, under the same name.
declare -A taken=()
changed=0
while read -r to; do
  ext=${to##*.}
  from=$(find "$changes" -name "*.$ext" | sort | sed -n "$((${taken[$ext]:-0} + 1))p")
  taken[$ext]=$((${taken[$ext]:-0} + 1))
  if [ -n "$from" ]; then cp "$from" "$to" && changed=$((changed + 1)); fi
done < <(sample 97 | head -n $((n / 100)))
echo "changed $changed files"
ingest "rerun, 1 % changed"

echo "== data size"
size() { du -scb "$@" 2>/dev/null | tail -1 | cut -f1; }
for store in bleve 'register.sqlite*' records manifest.jsonl; do
  # shellcheck disable=SC2086 # the register's name is a glob
  b=$(cd "$data" && size $store)
  awk -v s="$store" -v b="$b" -v n="$n" 'BEGIN {printf "motebok %-18s %8.1f MB %8.0f bytes/doc\n", s, b / 1e6, b / n}'
done
awk -v b="$(size "$data")" -v n="$n" 'BEGIN {printf "motebok %-18s %8.1f MB %8.0f bytes/doc\n", "total", b / 1e6, b / n}'
if $recoll; then
  awk -v b="$(size "$rconf")" -v n="$n" 'BEGIN {printf "recoll  %-18s %8.1f MB %8.0f bytes/doc\n", "xapiandb", b / 1e6, b / n}'
fi

# latency LABEL QUERIES CMD...: p50/p95/p99 of CMD QUERY over every query
# of the file QUERIES, rounds times.
latency() {
  local label=$1 list=$2 t0 q
  shift 2
  for _ in $(seq "$rounds"); do
    while IFS= read -r q; do
      t0=$EPOCHREALTIME
      "$@" "$q" >/dev/null 2>&1 || true
      echo "$t0 $EPOCHREALTIME"
    done <"$list"
  done | awk '{print ($2 - $1) * 1000}' | sort -n | awk -v l="$label" '{t[NR] = $1} END {
    printf "%-28s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d searches)\n", l, t[int(NR * .50) + 1], t[int(NR * .95) + 1], t[int(NR * .99) + 1], NR }'
}

echo "== search through the command line (30 hits, $rounds rounds of $queries)"
latency "motebok search" "$queries" "$bin" search --data "$data" --limit 30
if $recoll; then
  # The same words; "+word" (required) is recoll's default.
  sed 's/+//g' "$queries" >"$rconf/queries.txt"
  latency "recollq" "$rconf/queries.txt" recollq -c "$rconf" -n 30 --
fi

echo "== search in-process (BenchmarkSearch on that index)"
MOTEBOK_BENCH_DATA=$(realpath "$data") go test ./index -run '^$' -bench 'BenchmarkSearch$' -benchtime 300x

if [ "${BENCHPKG:-1}" != 0 ]; then
  echo "== package benchmarks"
  go test -run '^$' -bench . -benchmem ./extractors/... ./index/... ./pipeline/...
fi
