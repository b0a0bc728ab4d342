#!/usr/bin/env bash
# Set up .venv (again only when pyproject.toml changed) and launch StretchPlayer.
# Every argument goes to the app: `bash scripts/run.sh --version`, `bash scripts/run.sh plan`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" run
exec "$VENV/bin/stretchplayer" "$@"
