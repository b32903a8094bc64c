#!/usr/bin/env bash
# Takes the README's screenshots of every page of the console, in light and dark, from a real
# Hookboard under Xvfb with a store filled through the local API (as a source system would).
#   bash scripts/screenshots.sh [build-dir] [out-dir]
# Besides light and dark in English, every page in German (console-<page>-de.png).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
out=${2:-$here/docs/screenshots}
exe=$build/app/hookboard
data=$(mktemp -d /tmp/hookboard-shots.XXXXXX)
token=screenshots-$(openssl rand -hex 8)
api_port=18765
sandbox_port=18443
api=http://127.0.0.1:$api_port
sandbox=https://127.0.0.1:$sandbox_port/
mkdir -p "$out"
chmod 700 "$data"

gql() { curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$api/graphql" -d "$1" > /dev/null; }
publish() { curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$api/v1/events" -d "$1" > /dev/null; }
wait_for_api() { for _ in $(seq 1 100); do curl -sf "$api/healthz" > /dev/null && return 0; sleep 0.1; done; echo "API did not come up" >&2; return 1; }
publish_some() {
    local n=$1
    for i in $(seq 1 "$n"); do
        publish '{"resource":"RUNS","action":"CREATE","data":{"id":'$((1000 + i))',"status":"IN_PROGRESS","partNumber":"BRK-'$i'"}}'
        publish '{"resource":"PURCHASE_ORDERS","action":"UPDATE","data":{"id":'$((5000 + i))',"status":"PLACED"}}'
        [ $((i % 3)) -eq 0 ] && publish '{"resource":"PARTS","action":"DELETE","data":{"id":'$((9000 + i))'}}'
    done
}

# One session fills the store: three receivers (one answering, one on a closed port, one the
# sandbox refuses), their subscriptions, and a few dozen events.
run_console() { # page theme shot-name [extra setup run while the console is up]; $language: en, de, fr
    printf '[mainWindow]\npage=%s\ngeometry=\n[console]\ntheme=%s\nlanguage=%s\n' "$1" "$2" "${language:-en}" \
        > "$data/settings.ini"
    xvfb-run -a -s "-screen 0 ${screen:-1280x800}x24" bash -c '
        "$0" --data-dir "$1" --api-token "$2" --api-listen 127.0.0.1:'$api_port' --sandbox-listen 127.0.0.1:'$sandbox_port' 2>/dev/null &
        pid=$!
        '"$(declare -f gql publish wait_for_api publish_some)"'
        token=$2 api='$api' sandbox='$sandbox'
        wait_for_api
        '"${4:-true}"'
        sleep 4
        import -window root "$3"
        kill $pid; wait $pid || true' "$exe" "$data" "$token" "$out/$3.png"
}

setup='gql "{\"query\":\"mutation { createWebhookReceiver(input: {name: \\\"QA system\\\", description: \\\"Quality checks for every new run\\\", webhookUri: \\\"${sandbox}qa/hooks\\\"}) { webhookReceiver { id } } }\"}"
gql "{\"query\":\"mutation { createWebhookReceiver(input: {name: \\\"ERP\\\", webhookUri: \\\"${sandbox}erp\\\"}) { webhookReceiver { id } } }\"}"
gql "{\"query\":\"mutation { createWebhookReceiver(input: {name: \\\"Inventory (down)\\\", webhookUri: \\\"https://127.0.0.1:9/inventory\\\"}) { webhookReceiver { id } } }\"}"
for s in "1 RUNS CREATE" "1 RUNS UPDATE" "1 PARTS DELETE" "2 PURCHASE_ORDERS UPDATE" "2 RUNS CREATE" "3 PURCHASE_ORDERS UPDATE"; do
  read -r rid res act <<< "$s"
  gql "{\"query\":\"mutation { createWebhookSubscription(input: {receiverId: $rid, resource: $res, action: $act}) { webhookSubscription { id } } }\"}"
done
publish_some 12'
run_console 0 light filled "$setup"
for theme in light dark; do
    run_console 0 "$theme" "console-receivers-$theme" "publish_some 2"
    run_console 1 "$theme" "console-eventlog-$theme" "publish_some 2"
    run_console 2 "$theme" "console-sandbox-$theme" "publish_some 3"
    run_console 3 "$theme" "console-apiexplorer-$theme"
    run_console 4 "$theme" "console-settings-$theme"
done
# The keyboard shortcut list (F1), light and dark, in German, and on the smallest screen we support.
# Without a window manager the console has no focus until it is given it.
shortcuts='xdotool search --sync --name "^Hookboard$" windowfocus --sync; sleep 1; xdotool key F1'
run_console 1 light console-shortcuts-light "$shortcuts"
run_console 1 dark console-shortcuts-dark "$shortcuts"
language=de run_console 1 light console-shortcuts-de "$shortcuts"
screen=1024x640 run_console 1 light console-shortcuts-1024x640 "$shortcuts"
pages=(receivers eventlog sandbox apiexplorer settings)
for page in 0 1 2 3 4; do
    language=de run_console "$page" light "console-${pages[$page]}-de"
done
rm -f "$out/filled.png"
rm -rf "$data"
echo "screenshots in $out"
