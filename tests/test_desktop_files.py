"""The desktop identity: one app id (stretchplayer/core/identity.py) names the desktop entry, the
AppStream component, the icons and the window; both validators pass; versions agree."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from stretchplayer import __version__
from stretchplayer.core.identity import APP_ID, COMMAND, DISPLAY_NAME
from tests.helpers import REPO

PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
HICOLOR = PACKAGING / "icons" / "hicolor"
PNG_SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]


def _tool(name: str, package: str) -> str:
    """The validator's path. Where scripts/setup.sh installs it (root with apt-get, as in CI)
    its absence is a failure; elsewhere the test is skipped, naming the package."""
    found = shutil.which(name)
    if found:
        return found
    message = f"{name} is not installed (Debian package {package})"
    if os.geteuid() == 0 and shutil.which("apt-get"):
        pytest.fail(message + ": scripts/setup.sh test should have installed it")
    pytest.skip(message)


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_app_id_is_reverse_dns() -> None:
    assert re.fullmatch(r"[a-z][a-z0-9]*(\.[A-Za-z_][A-Za-z0-9_]*){2,}", APP_ID)
    assert APP_ID.startswith("io.github.")


def test_the_desktop_entry_is_named_by_the_app_id_and_launches_the_command() -> None:
    entry = _entry()
    assert entry["Name"] == DISPLAY_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == COMMAND
    assert entry["StartupWMClass"] == DISPLAY_NAME  # the window class Qt sets: see app.run


def test_the_desktop_entry_passes_desktop_file_validate_without_a_word() -> None:
    validate = _tool("desktop-file-validate", "desktop-file-utils")
    result = subprocess.run([validate, str(DESKTOP)], capture_output=True, text=True)
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    appstreamcli = _tool("appstreamcli", "appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_metainfo_names_the_app_id_its_launcher_icon_and_the_current_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == f"{APP_ID}.desktop"
    assert root.findtext("icon[@type='stock']") == APP_ID
    assert root.findtext("provides/binary") == COMMAND
    assert root.find("content_rating") is not None
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__
    image = root.findtext("screenshots/screenshot/image") or ""
    assert image.endswith("/docs/screenshot.png")
    assert (REPO / "docs" / "screenshot.png").is_file()


def test_the_changelog_s_newest_release_is_this_version_on_the_metainfo_s_date() -> None:
    newest = ET.parse(METAINFO).getroot().find("releases/release")
    assert newest is not None
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    (first, *_) = re.findall(r"^## \[(\d[^\]]*)\] - (\d{4}-\d\d-\d\d)$", changelog, re.MULTILINE)
    assert first == (__version__, newest.get("date"))


def test_each_release_in_the_changelog_has_each_kind_of_change_once() -> None:
    """A merge once left two "### Fixed" headings in one release, the first of them empty."""
    changelog = (REPO / "CHANGELOG.md").read_text(encoding="utf-8")
    for release in re.split(r"^## ", changelog, flags=re.MULTILINE)[1:]:
        kinds = re.findall(r"^### (.+)$", release, re.MULTILINE)
        assert len(kinds) == len(set(kinds)), release.splitlines()[0]
        for section in re.split(r"^### .+$", release, flags=re.MULTILINE)[1:]:
            assert section.strip(), f"an empty section in {release.splitlines()[0]}"


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def test_every_hicolor_icon_is_there_at_its_size_and_named_by_the_app_id() -> None:
    for n in PNG_SIZES:
        assert _png_size(HICOLOR / f"{n}x{n}" / "apps" / f"{APP_ID}.png") == (n, n)
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    # The drawing is assets/stretchplayer.svg; packaging/make-icons.sh copies it.
    assert scalable.read_bytes() == (REPO / "assets" / "stretchplayer.svg").read_bytes()
    symbolic = ET.parse(HICOLOR / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg").getroot()
    assert (symbolic.get("width"), symbolic.get("height")) == ("16", "16")
    named = {p.name for p in HICOLOR.rglob("*") if p.is_file()}
    assert named == {f"{APP_ID}.png", f"{APP_ID}.svg", f"{APP_ID}-symbolic.svg"}


def test_the_bundle_icons_for_windows_and_macos_are_there() -> None:
    assert (PACKAGING / "icons" / "stretchplayer.ico").read_bytes()[:4] == b"\0\0\1\0"
    assert (PACKAGING / "icons" / "stretchplayer.icns").read_bytes()[:4] == b"icns"
