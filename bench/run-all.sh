#!/usr/bin/env bash
# Runs every benchmark and writes docs/performance.md and docs/img/*.svg (about 20 minutes on 2 cores).
# Pass --quick for a short run (one run each, smaller sizes: a few minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
exec dotnet run -c Release --project bench/Benchmarks -- all "$@"
