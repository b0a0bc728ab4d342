"""One loader finds poses.json from a checkout, an installed wheel and a PyInstaller bundle."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stretchplayer.core.resources import asset_path, data_path
from tests.helpers import REPO

pytestmark = pytest.mark.slow


def test_a_checkout_uses_the_top_level_files() -> None:
    assert data_path("poses.json") == REPO / "data" / "poses.json"
    assert asset_path("lizard-pose.svg") == REPO / "assets" / "lizard-pose.svg"


def _ids(listing: str) -> list[str]:
    return [p["id"] for p in json.loads(listing)]


def test_an_installed_wheel_run_outside_the_repo_loads_its_own_copy(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("stretchplayer-*.whl")
    site = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(site),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = os.environ | {"PYTHONPATH": str(site)}
    where = subprocess.run(
        [
            sys.executable,
            "-c",
            "from stretchplayer.core.library import default_library_path as p; print(p())",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()) == site / "stretchplayer" / "_data" / "poses.json"
    assert (site / "stretchplayer" / "_assets" / "lizard-pose.svg").is_file()
    listed = subprocess.run(
        [sys.executable, "-m", "stretchplayer", "list", "--json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(_ids(listed.stdout)) == 7
    german = subprocess.run(
        [sys.executable, "-m", "stretchplayer", "--language", "de", "list", "--json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(german.stdout)[0]["name"] == "Wadendehnung"  # data/i18n and poses.de.json


def test_a_pyinstaller_bundle_loads_its_own_copy(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="installed with the test extras")
    env = os.environ | {"STRETCHPLAYER_BUNDLE_NO_QT": "1"}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
            str(REPO / "packaging" / "stretchplayer.spec"),
        ],
        check=True,
        capture_output=True,
        env=env,
        cwd=tmp_path,
        timeout=600,
    )
    bundle = tmp_path / "dist" / "stretchplayer"
    listed = subprocess.run(
        [str(bundle / "stretchplayer"), "list", "--json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listed.returncode == 0, listed.stderr
    assert len(_ids(listed.stdout)) == 7
    assert (bundle / "_internal" / "stretchplayer" / "_data" / "poses.json").is_file()
    german = subprocess.run(
        [str(bundle / "stretchplayer"), "--language", "de", "list", "--json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert german.returncode == 0, german.stderr
    assert json.loads(german.stdout)[0]["name"] == "Wadendehnung"  # the catalogues came along
