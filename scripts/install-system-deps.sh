#!/usr/bin/env bash
# Install the Debian packages NegoPlan needs, and only those that are missing.
#
#   bash scripts/install-system-deps.sh          # Qt offscreen (tests, CLI, PDFs)
#   bash scripts/install-system-deps.sh --gui    # + a real window (xcb) + pdftoppm
#   bash scripts/install-system-deps.sh --xvfb   # + --gui + a virtual screen (Xvfb)
#
# When everything is present it only runs dpkg-query: no apt-get update, no sudo.
# Otherwise: apt-get update + apt-get install -y --no-install-recommends, as root
# or through sudo. Safe to run again and again. Package facts: shared/domain/stack.md.
set -euo pipefail

# Qt offscreen platform on a fresh Debian 12.
# QtPdf (the letter preview) links QtNetwork, which needs libgssapi-krb5-2.
offscreen=(libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6
  libglib2.0-0 libxkbcommon0 libgssapi-krb5-2)
# A real window through the xcb platform plugin, printers for the print dialog
# (Qt's cups plugin), pdftoppm to look at PDFs, and a Chinese font so the window
# shows 中文 in Qt's own dialogs too (the app itself registers its bundled font).
gui=(libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
  libxkbcommon-x11-0 libcups2 poppler-utils fonts-wqy-microhei)
# A virtual screen, for screenshots of the real window on a machine without one.
xvfb=(xvfb xauth)

wanted=("${offscreen[@]}")
for arg in "$@"; do
  case "$arg" in
    --gui) wanted+=("${gui[@]}") ;;
    --xvfb) wanted+=("${gui[@]}" "${xvfb[@]}") ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "install-system-deps: unknown option: $arg (try --help)" >&2; exit 2 ;;
  esac
done

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian-like system, skipping." >&2
  echo "  Make sure Qt 6's runtime libraries (OpenGL/EGL, fontconfig, xkbcommon) are installed." >&2
  exit 0
fi

installed() {
  # "ii" = installed and configured. A package may be listed once per
  # architecture; "rc" (removed, config left) does not count. Debian 13
  # renamed some libraries with a t64 suffix: accept that name too.
  local name
  for name in "$1" "$1t64"; do
    if dpkg-query -W -f='${db:Status-Abbrev}\n' "$name" 2>/dev/null | grep -q '^ii'; then
      return 0
    fi
  done
  return 1
}

missing=()
for pkg in "${wanted[@]}"; do
  installed "$pkg" || missing+=("$pkg")
done

# Debian's own python3 leaves out ensurepip, so `python3 -m venv` fails
# without python3-venv.
if command -v python3 >/dev/null 2>&1 && ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
  installed python3-venv || missing+=(python3-venv)
fi

if [ "${#missing[@]}" -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  # Prompt for a password only when someone can answer (not in CI).
  if [ -t 0 ]; then as_root=(sudo); else as_root=(sudo -n); fi
else
  echo "install-system-deps: need root to install: ${missing[*]}" >&2
  echo "  Run as root: apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

echo "install-system-deps: installing ${missing[*]}" >&2
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -q --no-install-recommends "${missing[@]}"
