#!/usr/bin/env bash
# Render the example plans' letters to PDF and PNG pages, to look at them.
#
#   bash scripts/render-letters.sh [OUT_DIR] [DPI]     (default: build/letters, 80 dpi)
#
# For each resources/examples/*.json and each language (zh, en) this writes
# OUT_DIR/<plan>.<lang>.pdf (every creditor's letter with its attachments) and
# OUT_DIR/<plan>.<lang>-NN.png, one per page. Needs pdftoppm (Debian
# poppler-utils: bash scripts/install-system-deps.sh --gui installs it).
# Check every page: Chinese renders (no boxes), no full-width punctuation at the
# start of a line, tables aligned with the header repeated, nothing cut off.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/letters}"
dpi="${2:-80}"
if ! command -v pdftoppm >/dev/null; then
  echo "pdftoppm is missing: sudo apt-get install poppler-utils" >&2
  exit 1
fi
# shellcheck source=scripts/_venv.sh
source scripts/_venv.sh
ensure_venv "."
mkdir -p "$out"
for plan in resources/examples/*.json; do
  name="$(basename "$plan" .json)"
  for lang in zh en; do
    pdf="$out/$name.$lang.pdf"
    .venv/bin/negoplan letter "$plan" -o "$pdf" --lang "$lang" >/dev/null
    rm -f "$out/$name.$lang"-*.png
    pdftoppm -r "$dpi" -png "$pdf" "$out/$name.$lang"
    echo "$pdf: $(ls "$out/$name.$lang"-*.png | wc -l) pages"
  done
done
