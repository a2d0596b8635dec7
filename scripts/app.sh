#!/usr/bin/env bash
# Install NegoPlan and open it (with the bundled example plan the first time).
# Arguments go to the `negoplan` command:
#   bash scripts/app.sh                      # open the app
#   bash scripts/app.sh gui my.negoplan.json # open a plan
#   bash scripts/app.sh compare resources/examples/seed-meituan.json
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-system-deps.sh --gui
# shellcheck source=scripts/_venv.sh
source scripts/_venv.sh
ensure_venv "."

# Without a screen Qt would abort with a misleading "xcb-cursor0 is needed".
if [ "${1:-gui}" = gui ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]; then
  echo "app.sh: NegoPlan is installed, but no screen was found (DISPLAY and" >&2
  echo "  WAYLAND_DISPLAY are unset), so the window cannot open here." >&2
  echo "  The command line works anywhere: .venv/bin/negoplan --help" >&2
  exit 1
fi
exec .venv/bin/negoplan "$@"
