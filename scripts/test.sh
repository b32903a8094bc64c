#!/usr/bin/env bash
# Installs what is missing, builds Hookboard both ways (console, and HOOKBOARD_GUI=OFF: core +
# headless app) with warnings as errors, and runs the whole test suite of each; checks the Debian
# package by installing, running and purging it (scripts/package.sh); then the headless suite again
# under ASan and UBSan, and each libFuzzer target for a minute (scripts/fuzz.sh); then the threaded
# core tests under ThreadSanitizer, against a Qt built with it (scripts/tsan.sh).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
hookboard_install_deps

echo "== headless build (HOOKBOARD_GUI=OFF)"
hookboard_build "$HOOKBOARD_ROOT/build-headless" -DHOOKBOARD_GUI=OFF -DHOOKBOARD_TESTS=ON -DHOOKBOARD_WERROR=ON
# The headless form must not pull in Qt Gui or Widgets, not even indirectly.
if ldd "$HOOKBOARD_ROOT/build-headless/app/hookboard" | grep -E 'libQt6(Gui|Widgets)'; then
    echo "hookboard: the HOOKBOARD_GUI=OFF build links Qt Gui/Widgets" >&2
    exit 1
fi
ctest --test-dir "$HOOKBOARD_ROOT/build-headless" --output-on-failure --no-tests=error --parallel "$HOOKBOARD_JOBS"

echo "== console build"
# HOOKBOARD_TESTS=ON explicitly: start.sh configures build/ without tests, and a cached OFF would
# otherwise leave this run with nothing to test.
hookboard_build "$HOOKBOARD_ROOT/build" -DHOOKBOARD_GUI=ON -DHOOKBOARD_TESTS=ON -DHOOKBOARD_WERROR=ON
ctest --test-dir "$HOOKBOARD_ROOT/build" --output-on-failure --no-tests=error --parallel "$HOOKBOARD_JOBS"

echo "== the Debian package: built, validated, installed, run, purged"
bash "$HOOKBOARD_ROOT/scripts/package.sh" "$HOOKBOARD_ROOT/build"

echo "== sanitizers and fuzzing (clang, ASan + UBSan, headless)"
bash "$HOOKBOARD_ROOT/scripts/fuzz.sh"

echo "== ThreadSanitizer (clang, the threaded core tests, headless)"
bash "$HOOKBOARD_ROOT/scripts/tsan.sh"
