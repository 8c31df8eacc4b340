#!/usr/bin/env bash
# Runs every fuzz target of the module for the given time each (default 60s).
# Usage: scripts/fuzz.sh [DURATION]
set -euo pipefail
cd "$(dirname "$0")/.."
time=${1:-60s}
for pkg in $(go list ./...); do
  for target in $(go test -list '^Fuzz' "$pkg" | grep '^Fuzz' || true); do
    echo "== $pkg $target ($time)"
    # Minimising a new input may otherwise take a minute of the budget; 1 s keeps most of it for new inputs.
    go test -run '^$' -fuzz "^${target}\$" -fuzztime "$time" -fuzzminimizetime 1s "$pkg"
  done
done
