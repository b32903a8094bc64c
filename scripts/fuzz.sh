#!/usr/bin/env bash
# The sanitizer and fuzzing build: clang with AddressSanitizer and UndefinedBehaviorSanitizer,
# headless (HOOKBOARD_GUI=OFF). Runs the whole headless test suite under the sanitizers, then each
# libFuzzer target for HOOKBOARD_FUZZ_SECONDS (default 60) from the seed corpora in fuzz/corpus
# (the GraphQL target also from the seed documents). A failing test, a crash, a leak, undefined
# behaviour, a timeout (10 s per input) or more than 2 GiB of memory fails the run; what libFuzzer
# found is left in build-fuzz/findings. HOOKBOARD_FUZZ_ONLY=1 skips the test suite.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
HOOKBOARD_PACKAGES+=(clang libclang-rt-14-dev)
hookboard_install_deps

dir="$HOOKBOARD_ROOT/build-fuzz"
CC=clang CXX=clang++ cmake -S "$HOOKBOARD_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache \
    -DHOOKBOARD_GUI=OFF -DHOOKBOARD_TESTS=ON -DHOOKBOARD_FUZZ=ON \
    -DHOOKBOARD_SANITIZE=address,undefined,fuzzer-no-link
targets=(fuzz_graphql fuzz_http fuzz_ingest fuzz_validation)
cmake --build "$dir" --parallel "$HOOKBOARD_JOBS"
# Leaks inside uninstrumented OpenSSL cannot be attributed (see fuzz/lsan.supp); all others fail.
export LSAN_OPTIONS="suppressions=$HOOKBOARD_ROOT/fuzz/lsan.supp:print_suppressions=0"

if [ "${HOOKBOARD_FUZZ_ONLY:-0}" != 1 ]; then
    echo "== the headless test suite under ASan and UBSan"
    # Except the three-instance run on PostgreSQL (label multiprocess): minutes of real deliveries,
    # which both plain builds run; here it would take most of CI's time for no other code.
    ctest --test-dir "$dir" --output-on-failure --no-tests=error --parallel "$HOOKBOARD_JOBS" -LE multiprocess
fi

seconds=${HOOKBOARD_FUZZ_SECONDS:-60}
findings="$dir/findings"
mkdir -p "$findings"
for target in "${targets[@]}"; do
    name=${target#fuzz_}
    work=$(mktemp -d)
    seeds=("$HOOKBOARD_ROOT/fuzz/corpus/$name")
    [ "$name" = graphql ] && seeds+=("$HOOKBOARD_ROOT/resources/seeds")
    echo "== $target: ${seconds}s"
    log="$findings/$target.log"
    # New inputs go to $work; the seed folders are only read. Crashing inputs land in $findings.
    if ! (cd "$findings" && "$dir/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -print_final_stats=1 "$work" "${seeds[@]}" >"$log" 2>&1); then
        tail -n 60 "$log" >&2
        echo "$target: libFuzzer found a problem; the input is in $findings" >&2
        exit 1
    fi
    grep -E '^(#[0-9]+.*DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || tail -n 5 "$log"
    rm -rf "$work"
done
echo "fuzzing: ${#targets[@]} targets, ${seconds}s each, nothing found"
