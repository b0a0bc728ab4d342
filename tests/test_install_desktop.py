"""scripts/install-desktop.sh puts the entry, the metainfo and the icons under XDG_DATA_HOME,
pointing at the command's full path, and --uninstall takes every one of them away."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from stretchplayer.core.identity import APP_ID
from tests.helpers import REPO

SCRIPT = REPO / "scripts" / "install-desktop.sh"


def _run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"XDG_DATA_HOME": str(data)}
    return subprocess.run(
        ["bash", str(SCRIPT), *args], env=env, capture_output=True, text=True, timeout=60
    )


def _files(folder: Path) -> set[str]:
    # update-desktop-database's own cache is not ours to remove.
    return {
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and p.name != "mimeinfo.cache"
    }


def test_install_then_uninstall(tmp_path: Path) -> None:
    command = tmp_path / "bin" / "stretchplayer"
    command.parent.mkdir()
    command.write_text("#!/bin/sh\n")
    command.chmod(0o755)
    data = tmp_path / "share"

    installed = _run(data, "--exec", str(command))
    assert installed.returncode == 0, installed.stderr
    entry = (data / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"\nExec={command}\n" in entry
    assert f"\nTryExec={command}\n" in entry
    assert f"\nIcon={APP_ID}\n" in entry
    files = _files(data)
    assert f"icons/hicolor/scalable/apps/{APP_ID}.svg" in files
    assert f"icons/hicolor/256x256/apps/{APP_ID}.png" in files
    assert f"icons/hicolor/symbolic/apps/{APP_ID}-symbolic.svg" in files
    assert f"metainfo/{APP_ID}.metainfo.xml" in files
    if shutil.which("desktop-file-validate"):
        validated = subprocess.run(
            ["desktop-file-validate", str(data / "applications" / f"{APP_ID}.desktop")],
            capture_output=True,
            text=True,
        )
        assert validated.stdout + validated.stderr == ""

    removed = _run(data, "--uninstall")
    assert removed.returncode == 0, removed.stderr
    assert _files(data) == set()


def test_without_a_command_it_says_how_to_get_one(tmp_path: Path) -> None:
    result = _run(tmp_path, "--exec", str(tmp_path / "nowhere" / "stretchplayer"))
    assert result.returncode == 1
    assert "pipx install ." in result.stderr
    assert not (tmp_path / "applications").exists()
