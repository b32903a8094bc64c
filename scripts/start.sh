#!/usr/bin/env bash
# Installs what is missing, builds, and starts Hookboard: the console, or headless without a display.
# Extra arguments go to hookboard (e.g. --data-dir DIR, --headless).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
hookboard_install_deps
hookboard_build "$HOOKBOARD_ROOT/build" -DHOOKBOARD_TESTS=OFF
exec "$HOOKBOARD_ROOT/build/app/hookboard" "$@"
