#!/usr/bin/env bash
# Brings translations/*.ts up to date with every tr() in core, ui and app (lupdate).
#   bash scripts/translations.sh            update the files in translations/
#   bash scripts/translations.sh --into DIR update copies in DIR, leaving translations/ alone
#                                           (tst_translations checks those for missing messages)
# hookboard_en.ts holds only plural forms: English needs nothing else.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
out="$root/translations"
if [ "${1:-}" = "--into" ]; then
    out=$2
    mkdir -p "$out"
    cp "$root"/translations/hookboard_*.ts "$out"/
fi
cd "$root"
# No line numbers (-locations none): a moved line would otherwise change every file.
"$lupdate" -silent -locations none -no-obsolete core ui app \
    -ts "$out/hookboard_de.ts" "$out/hookboard_fr.ts"
"$lupdate" -silent -locations none -no-obsolete -pluralonly core ui app \
    -ts "$out/hookboard_en.ts"
