#!/usr/bin/env bash
# The threaded core tests under ThreadSanitizer (clang, headless).
#
# TSan only sees the synchronisation of code it instrumented. Debian's Qt is not, so every queued
# signal between two threads (the event queue's mutex is inside libQt6Core) would be reported as a
# race. So this first builds Debian 12's own Qt sources (apt-get source qt6-base: the same 6.4.2
# with Debian's patches) with -fsanitize=thread: Core, Network, Sql, Test and the SQLite, PostgreSQL
# and OpenSSL plugins, into build-tsan-qt/. The tests then run against those libraries
# (LD_LIBRARY_PATH, QT_PLUGIN_PATH), with tests/tsan.supp naming the races inside Qt 6.4 itself and
# inside uninstrumented OpenSSL. Any other report fails the test (TSan exits 66).
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
HOOKBOARD_PACKAGES+=(clang libclang-rt-14-dev dpkg-dev
    # What qtbase's Core, Network and Sql are built with on Debian.
    libglib2.0-dev libicu-dev libdouble-conversion-dev libpcre2-dev zlib1g-dev libb2-dev libzstd-dev libpq-dev)
hookboard_install_deps

qt="$HOOKBOARD_ROOT/build-tsan-qt"
# The source version of the Qt installed: the instrumented libraries must be the same Qt that the
# tests were linked against, so a Debian update of Qt fetches and builds its sources anew.
version=$(dpkg-query -W -f='${source:Version}' libqt6core6)
if [ "$(cat "$qt/version" 2>/dev/null)" != "$version" ]; then
    rm -rf "$qt"
fi
mkdir -p "$qt"
if [ ! -d "$qt/src" ]; then
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    # apt-get source needs a deb-src line; Debian 12's images have only binary ones.
    if ! apt-get source --print-uris "qt6-base=$version" >/dev/null 2>&1; then
        echo "hookboard: adding Debian 12's source packages to apt (deb-src) for qt6-base $version" >&2
        printf '%s\n' 'Types: deb-src' 'URIs: http://deb.debian.org/debian' 'Suites: bookworm bookworm-updates' \
            'Components: main' 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' '' \
            'Types: deb-src' 'URIs: http://deb.debian.org/debian-security' 'Suites: bookworm-security' \
            'Components: main' 'Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg' |
            "${sudo[@]}" tee /etc/apt/sources.list.d/hookboard-qt6-source.sources >/dev/null
        "${sudo[@]}" apt-get update -qq
    fi
    rm -rf "$qt/download" "$qt/src.tmp" && mkdir -p "$qt/download"
    (cd "$qt/download" && apt-get source --download-only "qt6-base=$version" >/dev/null)
    dpkg-source -x "$qt"/download/qt6-base_*.dsc "$qt/src.tmp" >/dev/null
    mv "$qt/src.tmp" "$qt/src"
    rm -rf "$qt/download"
    echo "$version" >"$qt/version"
fi
if [ ! -f "$qt/build/build.ninja" ]; then
    # Host tools (moc, rcc) come from Debian's qt6-base-dev-tools; only the libraries are built.
    CC=clang CXX=clang++ cmake -S "$qt/src" -B "$qt/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
        -DQT_HOST_PATH=/usr -DQT_HOST_PATH_CMAKE_DIR="/usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/cmake" -DQT_FORCE_FIND_TOOLS=ON \
        -DQT_BUILD_EXAMPLES=OFF -DQT_BUILD_TESTS=OFF -DBUILD_WITH_PCH=OFF -DFEATURE_sanitize_thread=ON \
        -DFEATURE_gui=OFF -DFEATURE_widgets=OFF -DFEATURE_dbus=OFF -DFEATURE_xml=OFF -DFEATURE_concurrent=OFF \
        -DFEATURE_printsupport=OFF -DFEATURE_network=ON -DFEATURE_sql=ON -DFEATURE_testlib=ON \
        -DFEATURE_sql_sqlite=ON -DFEATURE_system_sqlite=ON -DFEATURE_sql_psql=ON -DFEATURE_sql_mysql=OFF \
        -DFEATURE_sql_odbc=OFF -DFEATURE_sql_ibase=OFF -DFEATURE_openssl_linked=OFF -DFEATURE_libproxy=OFF \
        -DFEATURE_mimetype_database=OFF -DFEATURE_glib=ON -DFEATURE_icu=ON -DFEATURE_doubleconversion=ON \
        -DFEATURE_pcre2=ON -DFEATURE_system_pcre2=ON -DFEATURE_system_zlib=ON -DFEATURE_system_libb2=ON \
        -DFEATURE_relocatable=OFF -DFEATURE_rpath=OFF >"$qt/configure.log"
fi
echo "== Qt 6 Core, Network, Sql and Test with ThreadSanitizer (Debian's sources)"
cmake --build "$qt/build" --parallel "$HOOKBOARD_JOBS" --target Core Network Sql Test \
    QSQLiteDriverPlugin QPSQLDriverPlugin QTlsBackendOpenSSLPlugin

echo "== Hookboard's threaded core tests with ThreadSanitizer"
dir="$HOOKBOARD_ROOT/build-tsan"
CC=clang CXX=clang++ cmake -S "$HOOKBOARD_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache \
    -DHOOKBOARD_GUI=OFF -DHOOKBOARD_TESTS=ON -DHOOKBOARD_SANITIZE=thread >/dev/null
cmake --build "$dir" --parallel "$HOOKBOARD_JOBS" --target hookboard_threaded_tests

export LD_LIBRARY_PATH="$qt/build/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export QT_PLUGIN_PATH="$qt/build/plugins"
export TSAN_OPTIONS="suppressions=$HOOKBOARD_ROOT/tests/tsan.supp halt_on_error=1 second_deadlock_stack=1"
# The tests must run on the instrumented Qt, or TSan would judge them by Debian's.
libraries=$(ldd "$dir/tests/tst_deliveryengine")
for library in Core Network Sql Test; do
    if ! grep -qF "$qt/build/lib/libQt6$library.so.6" <<<"$libraries"; then
        echo "hookboard: the TSan tests do not load the instrumented Qt $library" >&2
        exit 1
    fi
done
ctest --test-dir "$dir" --output-on-failure --no-tests=error --parallel "$HOOKBOARD_JOBS" -L threaded
