"""The layering rules that keep the engine testable and the command line fast.

Which of our packages may import which is import-linter's job (pyproject.toml, run by the test
command). It names external packages only by their root, so which Qt modules each layer may
use is checked here, from the source, along with what must never load Qt at run time.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO

PACKAGE = REPO / "stretchplayer"

# DESIGN.md section 2: the Qt modules each layer may import (no entry: any).
QT_ALLOWED: dict[str, frozenset[str]] = {
    "core": frozenset(),
    "engine": frozenset(),
    "storage": frozenset(),
    "voice": frozenset({"PySide6.QtCore", "PySide6.QtMultimedia"}),
    "session": frozenset({"PySide6.QtCore"}),
    # shiboken6: desktop/int64.py hands QtDBus's own int64 writer the C++ QDBusArgument.
    "desktop": frozenset({"PySide6.QtCore", "PySide6.QtDBus", "PySide6.QtNetwork", "shiboken6"}),
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(n for n in QT_ALLOWED if (PACKAGE / n).is_dir()))
def test_each_layer_imports_only_the_qt_modules_its_row_allows(layer: str) -> None:
    folder = PACKAGE / layer
    allowed = QT_ALLOWED[layer]
    for file in sorted(folder.rglob("*.py")):
        for name in imports_of(file):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                assert name in allowed, f"{file.relative_to(REPO)} imports {name}"


def test_the_layer_contracts_hold() -> None:
    linter = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(linter), "--no-cache"], cwd=REPO, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]


def test_the_engine_runs_without_qt_loaded() -> None:
    code = (
        "import sys\n"
        "from stretchplayer.core.library import load_library\n"
        "from stretchplayer.engine.timeline import build_timeline\n"
        "from stretchplayer.engine.playback import Playback\n"
        "Playback(build_timeline(load_library().poses)).start()\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_the_command_line_parses_before_importing_qt() -> None:
    code = (
        "import sys\n"
        "from stretchplayer.cli import parser\n"
        "parser.build_parser().parse_args(['plan', '--json'])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
