#!/usr/bin/env bash
# Set up .venv (first run only) and launch StretchPlayer. Extra arguments go to the app.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec "$VENV/bin/stretchplayer" "$@"
