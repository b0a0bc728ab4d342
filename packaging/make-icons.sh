#!/usr/bin/env bash
# Makes the icons in packaging/icons/ from assets/stretchplayer.svg (the one drawing of the icon):
#   hicolor/scalable/apps/<APP_ID>.svg     a copy of the drawing
#   hicolor/<N>x<N>/apps/<APP_ID>.png      16 to 512 px, for desktops that want bitmaps
#   stretchplayer.ico, stretchplayer.icns  the PyInstaller bundle's icon on Windows and macOS
# hicolor/symbolic/apps/<APP_ID>-symbolic.svg is drawn by hand and left alone.
# The results are committed (small files), so neither CI nor a build needs these tools:
#   sudo apt-get install librsvg2-bin imagemagick icnsutils
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APP_ID="$(sed -n 's/^APP_ID = "\(.*\)"$/\1/p' "$ROOT/stretchplayer/core/identity.py")"
SOURCE="$ROOT/assets/stretchplayer.svg"
ICONS="$ROOT/packaging/icons"
SIZES=(16 22 24 32 48 64 128 256 512)

for tool in rsvg-convert convert png2icns; do
    command -v "$tool" >/dev/null || {
        echo "make-icons: needs $tool (sudo apt-get install librsvg2-bin imagemagick icnsutils)" >&2
        exit 1
    }
done

mkdir -p "$ICONS/hicolor/scalable/apps"
cp "$SOURCE" "$ICONS/hicolor/scalable/apps/$APP_ID.svg"
for n in "${SIZES[@]}"; do
    mkdir -p "$ICONS/hicolor/${n}x${n}/apps"
    rsvg-convert --width "$n" --height "$n" "$SOURCE" --output "$ICONS/hicolor/${n}x${n}/apps/$APP_ID.png"
done
png() { echo "$ICONS/hicolor/${1}x${1}/apps/$APP_ID.png"; }
# Windows shows 16-256; macOS's .icns takes these sizes (png2icns refuses others).
convert "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" "$(png 256)" \
    "$ICONS/stretchplayer.ico"
png2icns "$ICONS/stretchplayer.icns" "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" \
    "$(png 256)" "$(png 512)" >/dev/null
echo "make-icons: wrote $(find "$ICONS" -type f | wc -l) files under packaging/icons"
