# Shared by start.sh and test.sh: install what is missing from Debian 12, then configure and build.
set -euo pipefail

HOOKBOARD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HOOKBOARD_JOBS=${HOOKBOARD_JOBS:-$(nproc)}
# ccache sees paths relative to the checkout and ignores the build folder, so the console tree
# reuses what the headless tree compiled (the core and its tests are the same there).
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$HOOKBOARD_ROOT}
export CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}

# Build dependencies, and what the tests use (xvfb/imagemagick for screenshots of the console).
HOOKBOARD_PACKAGES=(
    cmake ninja-build g++ pkg-config ccache
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev
    # Debian 12's qt6-charts-dev lacks its dependency on these, yet its CMake config asks for
    # Qt6OpenGL and Qt6OpenGLWidgets.
    libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev libvulkan-dev
    libssl-dev openssl libsqlite3-dev sqlite3
    # The shared store (SPEC §7): Qt's PostgreSQL driver, and the server the tests start a
    # throwaway cluster of (tests/postgres-cluster.sh).
    libqt6sql6-psql postgresql-15
    libqt6svg6 xvfb xauth imagemagick
    # screenshots.sh presses F1 in the console to show the shortcut list.
    xdotool
    # The "copy as curl" tests run the copied command; README's walk-through uses curl too.
    curl
    # README's receiver examples are run against real deliveries in Python and Go (and Node).
    python3 golang-go
)

hookboard_install_deps() {
    local missing=()
    for pkg in "${HOOKBOARD_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    # Node.js runs the graphql-js conformance test (tests/js). Asked for by command, not by package:
    # a machine may already have it from another source (e.g. nodesource's nodejs, which bundles
    # npm and conflicts with Debian's npm package).
    if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
        missing+=(nodejs npm)
    fi
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "hookboard: installing ${missing[*]}" >&2
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# hookboard_build DIR [cmake options...]
hookboard_build() {
    local dir=$1
    shift
    # ccache: the console, headless and sanitizer builds share most objects, and rebuilds are cheap.
    cmake -S "$HOOKBOARD_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache "$@"
    cmake --build "$dir" --parallel "$HOOKBOARD_JOBS"
}
