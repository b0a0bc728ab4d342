#!/usr/bin/env bash
# Build the GUI bundle with PyInstaller (packaging/stretchplayer.spec), pack it as
# dist/stretchplayer-VERSION-linux-ARCH.tar.gz, unpack that elsewhere and smoke-test the unpacked
# copy: every library resolves, --version, list, play --text --voice, and a window (offscreen).
# CI runs it after the tests (.ci/run); it prints the sizes and the build time.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" test  # PyInstaller comes with the test tools
cd "$ROOT"

VERSION="$("$VENV/bin/python" -c 'import stretchplayer; print(stretchplayer.__version__)')"
ARCHIVE="dist/stretchplayer-$VERSION-linux-$(uname -m).tar.gz"
START=$SECONDS
"$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath dist \
    --workpath build/pyinstaller packaging/stretchplayer.spec
# A Python built with debug symbols (pyenv does) carries them in libpython (~15 MB) and in its
# extension modules (~6 MB): drop them. Only there: the Qt wheels' libraries come stripped, and
# PyInstaller's own strip=True broke the FFmpeg libraries they once brought.
if command -v strip >/dev/null; then
    find dist/stretchplayer/_internal -maxdepth 1 -name 'libpython*' -exec strip --strip-debug {} +
    find dist/stretchplayer/_internal -path '*/lib-dynload/*.so' -exec strip --strip-debug {} +
fi
tar -C dist -czf "$ARCHIVE" stretchplayer
BUILT=$((SECONDS - START))

CHECK="$(mktemp -d)"
trap 'rm -rf "$CHECK"' EXIT
tar -C "$CHECK" -xzf "$ARCHIVE"
APP="$CHECK/stretchplayer/stretchplayer"
export STRETCHPLAYER_HOME="$CHECK/home"  # the smoke test's settings and history, not yours
fail() { echo "build-bundle: FAILED: $*" >&2; exit 1; }

# Every library of the bundle resolves, from the bundle or from the system.
missing="$(find "$CHECK/stretchplayer" -name '*.so*' -type f -print0 \
    | LD_LIBRARY_PATH="$CHECK/stretchplayer/_internal" xargs -0 -n 20 ldd 2>&1 \
    | grep -E 'not found|error while loading' | sed 's/ (0x.*//' | sort -u || true)"
[ -z "$missing" ] || fail "libraries not found:"$'\n'"$missing"

"$APP" --version | grep -qx "stretchplayer $VERSION" || fail "--version"
[ "$("$APP" list | wc -l)" = 7 ] || fail "list does not show the seven poses"
"$APP" play --text --voice --speed 100 --poses calf-stretch > "$CHECK/play.txt" \
    2> "$CHECK/play-errors.txt" || fail "play --text --voice"
# Without a sound server the voice is silent with a notice; it must never lack pyttsx3's
# metadata (voice/tts.py checks the version) or its espeak driver.
if grep -qE "pyttsx3|driver|Traceback" "$CHECK/play-errors.txt"; then
    cat "$CHECK/play-errors.txt" >&2
    fail "the voice is incomplete in the bundle"
fi
grep -q "calf-stretch\|Calf stretch" "$CHECK/play.txt" || fail "play --text printed no pose"

# The window: still up after 5 s (timeout's 124), and nothing went wrong on the way. Off
# screen and away from the caller's display: with a DISPLAY but no session bus, libdbus runs
# dbus-launch, and the app's one-line notice quotes its "terminated abnormally without any
# error message", which the check below would take for a failure.
set +e
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen timeout 5 "$APP" 2> "$CHECK/window.txt"
status=$?
set -e
if [ "$status" != 124 ] || grep -qiE "traceback|error|could not" "$CHECK/window.txt"; then
    cat "$CHECK/window.txt" >&2
    fail "the window (exit status $status; 124 means it was still open)"
fi

echo "build-bundle: built and packed in ${BUILT} s; smoke tests passed from the unpacked archive"
echo "build-bundle: dist/stretchplayer/ $(du -sm dist/stretchplayer | cut -f1) MB on disk," \
    "$ARCHIVE $(du -m "$ARCHIVE" | cut -f1) MB"
