"""PySide6's per-import check, made cheap by the composition root, keeps its exact answers."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

import pytest

import stretchplayer.app  # noqa: F401  (applies app/source_scan.py, as every start does)


def test_a_module_imported_after_pyside_is_judged_as_before_without_keeping_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not hasattr(feature, "pyside_feature_dict"):
        pytest.skip("this PySide6 does not check each imported module")
    (tmp_path / "scan_uses_qt.py").write_text("import PySide6.QtCore  # a Qt user\n")
    (tmp_path / "scan_plain.py").write_text("ANSWER = 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    try:
        exec("import scan_uses_qt, scan_plain", {})  # through PySide6's import hook
        assert feature.pyside_feature_dict["scan_uses_qt"] == 0  # may use __feature__
        assert feature.pyside_feature_dict["scan_plain"] == -1  # ignored
        assert not [name for name in linecache.cache if "scan_" in name]  # not read into memory
    finally:
        for name in ("scan_uses_qt", "scan_plain"):
            sys.modules.pop(name, None)
            feature.pyside_feature_dict.pop(name, None)
        importlib.invalidate_caches()
