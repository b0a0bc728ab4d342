# Sourced by run.sh and test.sh: makes .venv and installs StretchPlayer into it.
# Usage: source scripts/setup.sh run|test   ("test" adds the test tools). The word is required:
# a sourced script without arguments would see its caller's, so run.sh's would be taken for it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
case "${1:-}" in
    run) EXTRA="" ;;
    test) EXTRA="test" ;;
    *) echo "setup.sh: source it with 'run' or 'test', not '${1:-}'" >&2; return 2 ;;
esac

# Debian packages the Qt wheels and pyttsx3's espeak driver load at run time; pulseaudio-utils
# is the sound output (pacat); "test" adds a PulseAudio server the tests record from.
DEB_PACKAGES=(libespeak-ng1 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
              libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 fonts-dejavu-core
              libxcb-shape0 pulseaudio-utils)

# -- desktop packaging (issue 13): the validators the test command runs ------------------------
# libxcb-shape0 above is Qt's xcb plugin's too (tests/test_system_libraries.py checks the list
# with ldd); these two are needed only to test: the desktop entry and AppStream validators.
if [ "$EXTRA" = test ]; then DEB_PACKAGES+=(desktop-file-utils appstream); fi
# The bundle keeps Qt's Wayland plugin, which links these two; build-bundle.sh checks that every
# library of the bundle resolves, and a Wayland desktop has them (an X11 one never loads it).
if [ "$EXTRA" = test ]; then DEB_PACKAGES+=(libwayland-cursor0 libwayland-egl1); fi
# -----------------------------------------------------------------------------------------------

# -- desktop integration (issue 12): what tests/test_desktop.py drives the app with ------------
# Needed only to test: a private session bus (dbus-daemon, in package dbus), a real MPRIS client
# (playerctl) and gdbus (libglib2.0-bin). The tests start and stop their own bus.
if [ "$EXTRA" = test ]; then DEB_PACKAGES+=(dbus playerctl libglib2.0-bin); fi
# -----------------------------------------------------------------------------------------------

# -- sound (issue 9): the PulseAudio server tests/test_real_sound.py starts with a null sink ------
if [ "$EXTRA" = test ]; then DEB_PACKAGES+=(pulseaudio); fi
# -----------------------------------------------------------------------------------------------

# -- the real window: tests/test_real_window.py starts its own Xvfb and presses keys with xdotool --
if [ "$EXTRA" = test ]; then DEB_PACKAGES+=(xvfb xdotool x11-utils); fi
# -----------------------------------------------------------------------------------------------

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
# pip runs again only when pyproject.toml changed since the last install of this kind (the
# install is editable, so code changes need none). "test" includes everything "run" needs.
STAMP="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
installed() { [ "$(cat "$VENV/.installed-$1" 2>/dev/null)" = "$STAMP" ]; }
# The stamp says pip ran, not that its files are still there: a venv on one machine here lost
# PySide6's Python files (its libraries stayed), and pip, seeing the package recorded, would
# not put them back. A package it cannot find means the venv is made afresh.
NEEDED="PySide6 shiboken6 pyttsx3 platformdirs"
[ "$EXTRA" = test ] && NEEDED="$NEEDED pytest pytestqt hypothesis"
found_all() {
    # Top-level specs only: finding them imports nothing, so this costs ~20 ms, not PySide6's start.
    "$VENV/bin/python" - $NEEDED <<'PY' 2>/dev/null
import importlib.util
import os
import sys

def there(name: str) -> bool:
    spec = importlib.util.find_spec(name)
    return spec is not None and spec.origin is not None and os.path.isfile(spec.origin)

sys.exit(0 if all(there(name) for name in sys.argv[1:]) else 1)
PY
}
if [ -x "$VENV/bin/python" ] && { installed "${EXTRA:-run}" || installed test; } && ! found_all; then
    echo "setup: .venv is missing installed files; making it again" >&2
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
fi
if ! installed "${EXTRA:-run}" && ! installed test; then
    # Quiet unless something fails; pip's own resolver skips what is already there.
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e "$SPEC"
    echo "$STAMP" > "$VENV/.installed-${EXTRA:-run}"
fi
