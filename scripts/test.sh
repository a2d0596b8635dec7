#!/usr/bin/env bash
# The one test command (README, .ci/run): installs what the tests need and
# runs the whole suite. Arguments go to pytest:
#   bash scripts/test.sh                       # everything
#   bash scripts/test.sh tests/calc -x -k apr  # a selection
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/install-system-deps.sh
# shellcheck source=scripts/_venv.sh
source scripts/_venv.sh
ensure_venv ".[test]"

# No display is needed: tests/conftest.py sets QT_QPA_PLATFORM=offscreen.
exec .venv/bin/python -m pytest "$@"
