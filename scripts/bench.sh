#!/usr/bin/env bash
# Installs what the benchmarks need, builds them in Release, runs each figure with its baseline
# measured in the same run, prints a table (figure, value, baseline, ratio, target) and writes
# bench-results.json (SPEC §9): [{"name","value","unit","baseline","ratio","target"}].
#
# Figures so far: delivery with the engine alone (stored events) and end to end (publishing while
# delivering), each against a bare QNetworkAccessManager client posting the same requests to the
# same kind of local HTTPS server; CPU per delivery; peak RSS; publishes/s from one caller;
# publish -> receipt p99; publishes/s from 32 clients through POST /v1/events (group commit) against
# plain SQLite inserts of the same rows, 100 per transaction; 200 receivers answering after 200 ms
# with 2 in flight each against the 2,000/s their caps allow, and its peak RSS; CPU time used while
# idle for 60 s (HOOKBOARD_BENCH_IDLE_SECONDS); on a throwaway PostgreSQL cluster (SPEC §7),
# deliveries/s of one, two and three instances sharing one store beside one instance on SQLite
# (HOOKBOARD_BENCH_SHARED_EVENTS each, default 20000), and publishes/s on PostgreSQL against SQLite.
# HOOKBOARD_BENCH_EVENTS sets the number of events (default 50000).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
HOOKBOARD_PACKAGES+=(jq bsdextrautils)
hookboard_install_deps

dir="$HOOKBOARD_ROOT/build-bench"
cmake -S "$HOOKBOARD_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHOOKBOARD_GUI=OFF \
    -DHOOKBOARD_TESTS=ON -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache
cmake --build "$dir" --parallel "$HOOKBOARD_JOBS" --target bench_delivery bench_publish bench_slowreceivers bench_shared hookboard

events=${HOOKBOARD_BENCH_EVENTS:-50000}
work=$(mktemp -d)
trap 'bash "$HOOKBOARD_ROOT/tests/postgres-cluster.sh" stop "$work/pg" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
bash "$HOOKBOARD_ROOT/tests/postgres-cluster.sh" start "$work/pg"

echo "== delivery, engine alone ($events stored events)"
"$dir/bench/bench_delivery" --events "$events" --dispatch-only --json "$work/1-dispatch.json"
echo "== delivery, end to end ($events events published while delivering)"
"$dir/bench/bench_delivery" --events "$events" --json "$work/2-end-to-end.json"

echo "== publishes through the API, 32 clients, against plain SQLite inserts"
"$dir/bench/bench_publish" --publishes "$events" --clients 32 --postgres "$work/pg/url" \
    --json "$work/3-publish.json"

echo "== 200 slow receivers (200 ms each, 2 in flight each), 8,000 fanned-out events"
"$dir/bench/bench_slowreceivers" --json "$work/4-slow-receivers.json"

shared=${HOOKBOARD_BENCH_SHARED_EVENTS:-20000}
echo "== shared store: 1, 2 and 3 instances on one PostgreSQL beside 1 on SQLite ($shared stored events each)"
"$dir/bench/bench_shared" --events "$shared" --instances 1,2,3 --postgres "$work/pg/url" \
    --hookboard "$dir/app/hookboard" --json "$work/4b-shared.json"

idle=${HOOKBOARD_BENCH_IDLE_SECONDS:-60}
echo "== idle: CPU time a headless Hookboard uses in ${idle} s with nothing to do"
mkdir -p "$work/idle-data"
"$dir/app/hookboard" --headless --data-dir "$work/idle-data" --api-listen 127.0.0.1:0 \
    >"$work/idle.out" 2>/dev/null &
pid=$!
for _ in $(seq 100); do grep -q '^ready ' "$work/idle.out" && break; sleep 0.1; done
sleep 5 # past start-up work
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before=$(cpu_ticks)
sleep "$idle"
after=$(cpu_ticks)
kill -TERM "$pid" && wait "$pid"
idle_cpu=$(awk -v t="$((after - before))" -v hz="$(getconf CLK_TCK)" 'BEGIN { print t / hz }')
echo "CPU time while idle for ${idle} s: ${idle_cpu} s"
jq -n --argjson v "$idle_cpu" --arg n "idle for ${idle} s: CPU time used" \
    '[{name: $n, value: $v, unit: "s", baseline: null, ratio: null, target: null}]' >"$work/5-idle.json"

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
