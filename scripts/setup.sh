# Sourced by run.sh and test.sh: makes .venv and installs StretchPlayer into it.
# Usage: source scripts/setup.sh [extra]   (extra = "test" adds the test tools)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
EXTRA="${1:-}"

# Debian packages the Qt wheels and pyttsx3's espeak driver load at run time; pulseaudio-utils
# is the sound output (pacat); "test" adds a PulseAudio server the tests record from.
DEB_PACKAGES=(libespeak-ng1 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
              libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 fonts-dejavu-core
              pulseaudio-utils)
[ "${1:-}" = test ] && DEB_PACKAGES+=(pulseaudio)

missing_debs() {
    local pkg
    for pkg in "${DEB_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
    done
}

if command -v dpkg-query >/dev/null 2>&1; then
    mapfile -t MISSING < <(missing_debs)
    if [ "${#MISSING[@]}" -gt 0 ]; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            echo "setup: installing Debian packages: ${MISSING[*]}"
            apt-get update -qq
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${MISSING[@]}" >/dev/null
        else
            echo "setup: please install these Debian packages first: sudo apt-get install ${MISSING[*]}" >&2
        fi
    fi
fi

PYTHON="${PYTHON:-python3}"
if ! "$PYTHON" -c 'import sys; raise SystemExit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "setup: StretchPlayer needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)" >&2
    exit 1
fi

[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
SPEC="$ROOT"
[ -n "$EXTRA" ] && SPEC="$ROOT[$EXTRA]"
# Quiet unless something fails; pip's own resolver skips what is already there.
"$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$SPEC"
