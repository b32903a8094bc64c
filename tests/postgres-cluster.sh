#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests that run against a real server (SPEC §7):
#   postgres-cluster.sh start STATE_DIR   initdb in a new temporary folder, start the server on a free
#                                         loopback port, write its URL to STATE_DIR/url
#   postgres-cluster.sh stop STATE_DIR    stop it and delete the folder
# Trust authentication on 127.0.0.1 only: the cluster lives for one test run and holds nothing else.
# As root (CI), the server runs as the postgres user, since PostgreSQL refuses to run as root.
set -euo pipefail

action=${1:?start or stop}
state=${2:?state folder}
mkdir -p "$state"

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "postgres-cluster: no PostgreSQL server found under /usr/lib/postgresql; install postgresql-15" \
        "(scripts/test.sh does)" >&2
    exit 1
fi

as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

case "$action" in
start)
    if [ -f "$state/dir" ] && [ -d "$(cat "$state/dir")" ]; then
        "$0" stop "$state" || true
    fi
    dir=$(mktemp -d /tmp/hookboard-pg.XXXXXX)
    chmod 0755 "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    echo "$dir" >"$state/dir"
    as_owner "$bindir/initdb" -D "$dir/data" -U hookboard --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
        >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # Many test databases and several Hookboard instances at once: room for their connections.
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300" >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql://hookboard@127.0.0.1:$port/postgres" >"$state/url"
    echo "postgres-cluster: started $(cat "$state/url") in $dir"
    ;;
stop)
    [ -f "$state/dir" ] || exit 0
    dir=$(cat "$state/dir")
    if [ -d "$dir/data" ]; then
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    rm -f "$state/dir" "$state/url"
    echo "postgres-cluster: stopped"
    ;;
*)
    echo "postgres-cluster: unknown action $action" >&2
    exit 2
    ;;
esac
