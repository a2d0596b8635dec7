#!/usr/bin/env bash
# Refresh the GUI translations: extract every tr() string from app/gui into
# resources/i18n/negoplan_en.ts (new strings appear as "unfinished"), then compile
# the .qm the app loads. Edit the .ts with pyside6-linguist (or by hand), then run
# this script again to rebuild the .qm. Both files are committed.
#   bash scripts/update-translations.sh           # lupdate + lrelease
#   bash scripts/update-translations.sh --release # only compile the .qm
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BIN=.venv/bin
TS=resources/i18n/negoplan_en.ts
QM=resources/i18n/negoplan_en.qm
if [ "${1:-}" != --release ]; then
  mapfile -t sources < <(find app/gui -name '*.py' -not -path '*/__pycache__/*' | sort)
  "$BIN/pyside6-lupdate" -no-obsolete -source-language zh_CN -target-language en_GB \
    "${sources[@]}" -ts "$TS"
fi
"$BIN/pyside6-lrelease" "$TS" -qm "$QM"
