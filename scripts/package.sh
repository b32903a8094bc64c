#!/usr/bin/env bash
# The Debian package, checked as a person installing it would: builds hookboard_*.deb with CPack
# from a console build (default build/, as test.sh leaves it), validates its desktop file, AppStream
# metadata and systemd unit, installs it with apt-get, runs the installed program (--version,
# --help, headless until it answers /healthz, then SIGTERM), and purges it, checking that none of
# its files is left. Needs root (or sudo) for apt-get; refuses to touch a hookboard package that
# was installed before it ran.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
HOOKBOARD_PACKAGES+=(dpkg-dev appstream desktop-file-utils systemd)
hookboard_install_deps

dir=${1:-$HOOKBOARD_ROOT/build}
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
fail() { echo "package: $*" >&2; exit 1; }

if dpkg-query -W -f='${Status}' hookboard 2>/dev/null | grep -q "install ok installed"; then
    fail "a hookboard package is installed already; remove it first (this check installs and purges its own)"
fi

out="$dir/package"
rm -rf "$out"
cpack --config "$dir/CPackConfig.cmake" -B "$out" >/dev/null
debs=("$out"/hookboard_*.deb)
deb=${debs[0]}
[ -f "$deb" ] || fail "cpack made no package in $out"
echo "== $(basename "$deb")"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# Computed by dpkg-shlibdeps, not written by hand: the Qt libraries the program links must be there.
for lib in libqt6core6 libqt6network6 libqt6widgets6 libssl3 libsqlite3-0 libqt6sql6-sqlite; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib"
done

work=$(mktemp -d)
pid=
# Whatever fails below, nothing is left running or installed (what the package pulled in included).
cleanup() {
    [ -z "$pid" ] || kill -TERM "$pid" 2>/dev/null || true
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq --autoremove hookboard >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
dpkg-query -L hookboard | sort >"$work/files"

installed=/usr/bin/hookboard
version=$("$installed" --version)
[ "$version" = "hookboard $(dpkg-deb -f "$deb" Version)" ] || fail "--version said: $version"
help=$("$installed" --help)
grep -q -- "--headless" <<<"$help" || fail "--help does not list --headless"
desktop-file-validate /usr/share/applications/io.hookboard.Hookboard.desktop
appstreamcli validate --no-net /usr/share/metainfo/io.hookboard.Hookboard.metainfo.xml
for size in 16 32 48 64 128 256; do
    [ -f "/usr/share/icons/hicolor/${size}x${size}/apps/io.hookboard.Hookboard.png" ] || fail "no ${size}px icon"
done
[ -f /usr/share/icons/hicolor/scalable/apps/io.hookboard.Hookboard.svg ] || fail "no scalable icon"
unit=/usr/lib/systemd/system/hookboard.service
systemd-analyze verify "$unit"
# Installed, not enabled: a package must not start a network service on its own.
state=$(systemctl is-enabled hookboard.service 2>/dev/null || true)
[ "$state" = disabled ] || fail "hookboard.service is $state after install (want disabled)"

# The installed program, headless, answering, and stopping cleanly on SIGTERM.
HOOKBOARD_API_TOKEN=package-check "$installed" --headless --data-dir "$work/data" \
    --api-listen 127.0.0.1:0 >"$work/out" 2>"$work/err" &
pid=$!
for _ in $(seq 100); do
    grep -q "^ready api=" "$work/out" && break
    sleep 0.2
done
api=$(sed -n 's|^ready api=\(http://[^/]*\)/graphql.*|\1|p' "$work/out")
[ -n "$api" ] || { cat "$work/err" >&2; fail "the installed hookboard did not say ready"; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "$api/healthz")" = 200 ] || fail "/healthz did not answer 200"
kill -TERM "$pid"
wait "$pid" || fail "hookboard exited with $? on SIGTERM"
pid=
echo "installed: --version, --help, desktop file, metainfo, icons, unit (disabled) and a headless run checked"

# Enabled as a person would, then removed: the enable link must go with the package.
"${sudo[@]}" systemctl enable hookboard.service >/dev/null 2>&1 || fail "systemctl enable hookboard failed"
[ "$(systemctl is-enabled hookboard.service 2>/dev/null || true)" = enabled ] || fail "the service did not enable"
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq --autoremove hookboard >/dev/null
trap 'rm -rf "$work"' EXIT
for link in /etc/systemd/system/*.wants/hookboard.service; do
    [ ! -e "$link" ] && [ ! -L "$link" ] || fail "purge left $link"
done
left=0
while read -r path; do
    # Directories such as /usr/share/icons belong to others too; files must all be gone.
    if [ -e "$path" ] && [ ! -d "$path" ]; then
        echo "left after purge: $path" >&2
        left=1
    fi
done <"$work/files"
[ "$left" -eq 0 ] || fail "purge left files behind"
echo "purged: none of its $(wc -l <"$work/files") paths is left"
