#!/usr/bin/env bash
# Set up .venv with the test tools, then lint, type-check and run the whole test suite.
# Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" test
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
"$VENV/bin/ruff" check .
"$VENV/bin/ruff" format --check .
"$VENV/bin/mypy"
# -m "": every test, the slow ones too (a plain `pytest` skips them: see pyproject.toml).
"$VENV/bin/python" -m pytest -m "" "$@"
