"""scripts/setup.sh installs every Debian package Qt's X11 plugin loads (DESIGN.md section 3:
without libxcb-shape0 the window aborts with a message naming the wrong library)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.helpers import REPO

PySide6 = pytest.importorskip("PySide6")
XCB_PLUGIN = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"

pytestmark = pytest.mark.slow  # about 5 s of dpkg and apt queries

needs_debian = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("ldd", "dpkg-query", "apt-cache")),
    reason="needs ldd, dpkg and apt (Debian or Ubuntu)",
)


def _setup_packages() -> list[str]:
    text = (REPO / "scripts" / "setup.sh").read_text(encoding="utf-8")
    found = re.search(r"^DEB_PACKAGES=\(([^)]*)\)", text, re.MULTILINE)
    assert found, "scripts/setup.sh lists its Debian packages in DEB_PACKAGES=(...)"
    return found.group(1).split()


def _ldd(path: Path) -> list[tuple[str, str]]:
    out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=True).stdout
    return re.findall(r"^\s*(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$", out, re.MULTILINE)


def _owner(path: str) -> str | None:
    """The Debian package that installed this library (trying both sides of /usr merge)."""
    candidates = [path, re.sub(r"^/usr/lib/", "/lib/", path), re.sub(r"^/lib/", "/usr/lib/", path)]
    for candidate in dict.fromkeys(candidates):
        result = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0]
    return None


@needs_debian
def test_every_library_of_the_xcb_plugin_is_found() -> None:
    missing = [name for name, where in _ldd(XCB_PLUGIN) if where == "not found"]
    assert not missing, f"{missing}: run scripts/setup.sh as root, or install its DEB_PACKAGES"


@needs_debian
def test_setup_sh_lists_every_package_the_xcb_plugin_loads_from_the_system() -> None:
    # Installed or not here, each library must come with a package setup.sh names or one that
    # such a package depends on: a machine with only those packages can open the window.
    depends = subprocess.run(
        ["apt-cache", "depends", "--recurse", "--no-recommends", "--no-suggests",
         "--no-conflicts", "--no-breaks", "--no-replaces", "--no-enhances",
         *_setup_packages()],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    closure = {line.split(":")[0] for line in depends.splitlines() if not line.startswith(" ")}
    site = str(Path(PySide6.__file__).parent)
    owners = {
        where: _owner(os.path.realpath(where))
        for _, where in _ldd(XCB_PLUGIN)
        if where.startswith("/") and not os.path.realpath(where).startswith(site)
    }
    unowned = [where for where, package in owners.items() if package is None]
    assert not unowned, f"libraries no Debian package installed: {unowned}"
    uncovered = sorted({p for p in owners.values() if p and p.split(":")[0] not in closure})
    assert not uncovered, f"add to DEB_PACKAGES in scripts/setup.sh: {uncovered}"
