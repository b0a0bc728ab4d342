#!/usr/bin/env bash
# Put StretchPlayer in the application menu, with its icon, for you alone (no root):
#   bash scripts/install-desktop.sh               after `pipx install .` (or pip install)
#   bash scripts/install-desktop.sh --uninstall   take the entry and the icons away again
#   bash scripts/install-desktop.sh --exec PATH   use this stretchplayer command
# It copies packaging/'s desktop entry (with Exec set to the command's full path, since a menu
# may not search ~/.local/bin), AppStream metainfo and hicolor icons under
# ${XDG_DATA_HOME:-~/.local/share}. See packaging/README.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP_ID="$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' "$ROOT/stretchplayer/core/identity.py")"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
ICONS="$ROOT/packaging/icons/hicolor"

usage() { sed -n '2,5s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }
MODE=install
EXEC=""
while [ $# -gt 0 ]; do
    case "$1" in
        --uninstall) MODE=uninstall ;;
        --exec) EXEC="${2:?--exec needs a path}"; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install-desktop: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

# Every file this script puts in place, relative to $DATA.
files() {
    echo "applications/$APP_ID.desktop"
    echo "metainfo/$APP_ID.metainfo.xml"
    (cd "$ICONS" && find . -type f | sed 's|^\./|icons/hicolor/|')
}

refresh() {
    # Menus and icon themes notice new files by themselves on most desktops; these help the rest.
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$DATA/applications" || true
    fi
    touch "$DATA/icons/hicolor" 2>/dev/null || true
    if command -v gtk-update-icon-cache >/dev/null && [ -f "$DATA/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
    fi
}

if [ "$MODE" = uninstall ]; then
    while read -r file; do rm -f "$DATA/$file"; done < <(files)
    refresh
    echo "install-desktop: removed StretchPlayer's menu entry and icons from $DATA"
    exit 0
fi

if [ -z "$EXEC" ]; then
    EXEC="$(command -v stretchplayer || true)"
    [ -n "$EXEC" ] || [ ! -x "$ROOT/.venv/bin/stretchplayer" ] || EXEC="$ROOT/.venv/bin/stretchplayer"
fi
if [ -z "$EXEC" ] || [ ! -x "$EXEC" ]; then
    echo "install-desktop: no stretchplayer command found: run 'pipx install .' first," \
        "or give its path with --exec PATH" >&2
    exit 1
fi
EXEC="$(cd "$(dirname "$EXEC")" && pwd)/$(basename "$EXEC")"
case "$EXEC" in
    *[[:space:]\"\'\\\$\`]*) echo "install-desktop: cannot use a path with spaces or quotes: $EXEC" >&2; exit 1 ;;
esac

mkdir -p "$DATA/applications" "$DATA/metainfo"
sed -e "s|^Exec=stretchplayer\$|Exec=$EXEC|" -e "s|^TryExec=stretchplayer\$|TryExec=$EXEC|" \
    "$ROOT/packaging/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
cp "$ROOT/packaging/$APP_ID.metainfo.xml" "$DATA/metainfo/"
(cd "$ICONS" && find . -type f) | while read -r icon; do
    mkdir -p "$DATA/icons/hicolor/$(dirname "$icon")"
    cp "$ICONS/$icon" "$DATA/icons/hicolor/$icon"
done
refresh
echo "install-desktop: StretchPlayer is in the application menu (runs $EXEC);" \
    "undo with: bash scripts/install-desktop.sh --uninstall"
