# shellcheck shell=bash
# Sourced by scripts/test.sh and scripts/app.sh (not run on its own).
#
# ensure_venv SPEC: make sure .venv exists in the repo root (the current
# directory) and holds an editable install of SPEC ("." or ".[test]").
# pip runs only when .venv is new, or pyproject.toml, the Python or the repo's
# folder changed since the last successful install of that SPEC, so a second
# run starts in a blink. To start over: rm -rf .venv
# PYTHON picks the interpreter that creates .venv (default python3, >= 3.11).

ensure_venv() {
  local spec="$1"
  local python="${PYTHON:-python3}"
  if [ ! -x .venv/bin/python ]; then
    echo "Creating .venv with $python ..." >&2
    "$python" -m venv .venv
  fi
  local tag="${spec//[^a-z]/}"
  local stamp=".venv/.negoplan-installed-${tag:-base}"
  local want
  want="$(.venv/bin/python -c 'import hashlib, os, sys
digest = hashlib.sha256(open("pyproject.toml", "rb").read()).hexdigest()
print(digest, os.getcwd(), sys.version.split()[0])')"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
    return 0
  fi
  echo "Installing NegoPlan ($spec) into .venv (first run downloads Qt, a few minutes) ..." >&2
  rm -f "$stamp"
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$spec"
  printf '%s\n' "$want" > "$stamp"
}
