"""Where the shipped data and artwork are, in every way StretchPlayer can be run.

A wheel and a PyInstaller bundle both carry copies inside the package (`_data/`, `_assets/`,
see pyproject.toml and packaging/stretchplayer.spec); a source checkout has the originals at
the top of the repository. Checking the packaged copy first means one rule serves all three.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent  # stretchplayer/


def _find(packaged: str, checkout: str, name: str) -> Path:
    inside = _PACKAGE / packaged / name
    if inside.exists():
        return inside
    return _PACKAGE.parent / checkout / name


def data_path(name: str) -> Path:
    return _find("_data", "data", name)


def asset_path(name: str) -> Path:
    return _find("_assets", "assets", name)


def assets_dir() -> Path:
    """The folder of the shipped artwork (pose drawings, icon, chimes)."""
    inside = _PACKAGE / "_assets"
    return inside if inside.is_dir() else _PACKAGE.parent / "assets"
