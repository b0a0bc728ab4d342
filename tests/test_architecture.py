"""The layering rules that keep the engine testable and the command line fast."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO

PACKAGE = REPO / "stretchplayer"
PURE = ["model.py", "library.py", "resources.py", "wording.py", "engine"]


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("part", PURE)
def test_model_library_and_engine_import_only_the_stdlib_and_each_other(part: str) -> None:
    target = PACKAGE / part
    files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
    for file in files:
        for name in imports_of(file):
            top = name.split(".")[0]
            assert top in sys.stdlib_module_names or name.startswith(
                (
                    "stretchplayer.model",
                    "stretchplayer.library",
                    "stretchplayer.resources",
                    "stretchplayer.engine",
                )
            ), f"{file.relative_to(REPO)} imports {name}"


def test_the_engine_runs_without_qt_loaded() -> None:
    code = (
        "import sys\n"
        "from stretchplayer.library import load_library\n"
        "from stretchplayer.engine.timeline import build_timeline\n"
        "from stretchplayer.engine.playback import Playback\n"
        "Playback(build_timeline(load_library().poses)).start()\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)


def test_the_command_line_parses_before_importing_qt() -> None:
    code = (
        "import sys\n"
        "from stretchplayer import cli\n"
        "cli.build_parser().parse_args(['plan', '--json'])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO)
