#!/usr/bin/env bash
# Load test of `motebok serve`'s search API on loopback with wrk: for each
# query mix (repeat: 40 popular requests; unique: random combinations) and
# each number of concurrent clients, a bounded run that prints latency
# percentiles, errors, requests per second and the server's CPU time per
# request.
# Usage: scripts/loadtest.sh BIN DATA [SECONDS] [CLIENTS...]
# DATA is an ingested data directory (make bench leaves one of 10,000
# documents in $BENCHDIR/data).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1 data=$2 secs=${3:-20}
clients=${*:4}
clients=${clients:-20 200}
command -v wrk >/dev/null || { echo "loadtest: wrk is not installed (apt-get install wrk)" >&2; exit 2; }
[ -d "$data/bleve" ] || { echo "loadtest: $data holds no index" >&2; exit 2; }

port=$((20000 + RANDOM % 20000))
url=http://127.0.0.1:$port
"$bin" serve --data "$data" --listen "127.0.0.1:$port" 2>/tmp/loadtest-serve.$port.log &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 100); do
	curl -fs "$url/api/search?q=budsjett" >/dev/null && break
	sleep 0.1
done

cpu() { # user+system seconds of the server so far
	awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$pid/stat"
}

for mix in repeat unique; do
	# warm-up: the index's pages in memory, the repeated searches cached
	MIX=$mix wrk -t2 -c20 -d3s -s scripts/loadtest.lua "$url" >/dev/null
	for c in $clients; do
		before=$(cpu)
		out=$(MIX=$mix wrk -t2 -c"$c" -d"${secs}s" --timeout 30s -s scripts/loadtest.lua "$url" | grep '^RESULT')
		after=$(cpu)
		n=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$out")
		printf '%-6s %3d clients: %s cpu/req=%.2fms\n' "$mix" "$c" "${out#RESULT }" \
			"$(awk -v a="$after" -v b="$before" -v n="$n" 'BEGIN{print n ? (a - b) * 1000 / n : 0}')"
	done
done
