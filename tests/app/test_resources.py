"""app.resources finds bundled files in a checkout, an installed wheel and a PyInstaller bundle."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app import resources
from app.resources import example_plan_path, resource_path, resources_root

REPO = Path(__file__).resolve().parents[2]


def test_source_checkout_uses_the_repo_resources_folder() -> None:
    assert resources_root() == REPO / "resources"
    assert resource_path("rules", "README.md").is_file()


def test_parts_are_joined_below_the_root() -> None:
    assert resource_path("rules", "lpr.csv") == REPO / "resources" / "rules" / "lpr.csv"
    assert resource_path() == resources_root()


def test_example_plan_path() -> None:
    assert example_plan_path() == REPO / "resources" / "examples" / "seed-meituan.json"
    assert example_plan_path("private-loan.json").name == "private-loan.json"


def test_pyinstaller_bundle_uses_meipass(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"


def test_meipass_alone_is_not_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_root() == REPO / "resources"


def test_installed_package_falls_back_to_app_data(monkeypatch: pytest.MonkeyPatch) -> None:
    # Without a checkout next to app/, the data package app._data is used; in
    # this editable install it maps onto the same resources/ folder (a wheel
    # puts it at site-packages/app/_data).
    monkeypatch.setattr(resources, "_source_root", lambda: None)
    root = resources_root()
    assert isinstance(root, Path)
    assert (root / "rules" / "README.md").is_file()


def test_missing_everything_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resources, "_source_root", lambda: None)
    monkeypatch.setattr(resources, "_installed_root", lambda: None)
    with pytest.raises(FileNotFoundError, match="resources folder"):
        resources_root()


def test_import_is_qt_free() -> None:
    # The CLI imports these; the window must not cost Qt's start-up for `negoplan compare`.
    code = (
        "import sys, app.resources, app.storage, app.gui\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'reportlab'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
