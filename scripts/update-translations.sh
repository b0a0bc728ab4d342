#!/usr/bin/env bash
# Bring every catalogue in data/i18n up to date with the code, then report what is untranslated.
# Usage: bash scripts/update-translations.sh [CODE]   (CODE: also start a catalogue for CODE)
# pyside6-lupdate finds every Context("name").tr(...), self.tr(...) and QT_TRANSLATE_NOOP(...);
# new sentences arrive marked unfinished, and sentences gone from the code are dropped.
# pyside6-lrelease then reports, per language, how many are finished and how many are not.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" run
cd "$ROOT"
BIN="$VENV/bin"
if [ -n "${1:-}" ] && [ ! -e "data/i18n/stretchplayer_$1.ts" ]; then
    echo "starting data/i18n/stretchplayer_$1.ts"
    "$BIN/pyside6-lupdate" -extensions py -no-obsolete -locations none -target-language "$1" \
        stretchplayer -ts "data/i18n/stretchplayer_$1.ts" >/dev/null
fi
for ts in data/i18n/stretchplayer_*.ts; do
    extra=()
    # English is the source language: its catalogue holds only the plural forms.
    [ "$ts" = data/i18n/stretchplayer_en.ts ] && extra=(-pluralonly)
    "$BIN/pyside6-lupdate" -extensions py -no-obsolete -locations none "${extra[@]}" \
        stretchplayer -ts "$ts" >/dev/null
    echo "$ts: $("$BIN/pyside6-lrelease" "$ts" -qm /dev/null | tail -n +2 | tr -s ' \n' ' ')"
done
