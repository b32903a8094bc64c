#!/usr/bin/env bash
# Installs what the benchmarks need, builds them in Release, runs each figure with its baseline
# measured in the same run, prints a table (figure, value, baseline, ratio, target) and writes
# bench-results.json (SPEC §9): [{"name","value","unit","baseline","ratio","target"}].
#
# Figures so far: delivery with the engine alone (stored events) and end to end (publishing while
# delivering), each against a bare QNetworkAccessManager client posting the same requests to the
# same kind of local HTTPS server; CPU per delivery; peak RSS; publishes/s from one caller;
# publish -> receipt p99; publishes/s from 32 clients through POST /v1/events (group commit) against
# plain SQLite inserts of the same rows, 100 per transaction.
# HOOKBOARD_BENCH_EVENTS sets the number of events (default 50000).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
HOOKBOARD_PACKAGES+=(jq bsdextrautils)
hookboard_install_deps

dir="$HOOKBOARD_ROOT/build-bench"
cmake -S "$HOOKBOARD_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHOOKBOARD_GUI=OFF \
    -DHOOKBOARD_TESTS=ON -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache
cmake --build "$dir" --parallel "$HOOKBOARD_JOBS" --target bench_delivery bench_publish

events=${HOOKBOARD_BENCH_EVENTS:-50000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== delivery, engine alone ($events stored events)"
"$dir/bench/bench_delivery" --events "$events" --dispatch-only --json "$work/1-dispatch.json"
echo "== delivery, end to end ($events events published while delivering)"
"$dir/bench/bench_delivery" --events "$events" --json "$work/2-end-to-end.json"

echo "== publishes through the API, 32 clients, against plain SQLite inserts"
"$dir/bench/bench_publish" --publishes "$events" --clients 32 --json "$work/3-publish.json"

results="$HOOKBOARD_ROOT/bench-results.json"
jq -s 'add' "$work"/*.json >"$results"

echo
echo "== results ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs; ratios are against the baseline of the same run)"
jq -r '
  def n: if . == null then "-" elif (. | fabs) >= 100 then (. | round | tostring)
         else ((. * 1000 | round) / 1000 | tostring) end;
  (["figure", "value", "unit", "baseline", "ratio", "target"] | @tsv),
  (.[] | [.name, (.value | n), .unit, (.baseline | n),
          (if .ratio == null then "-" else (.ratio | n) + "x" end),
          (if .target == null then "-" else ">= " + (.target | n) + "x" end)] | @tsv)
' "$results" | column -t -s $'\t'
echo
echo "written: $results"
