"""The one way to find NegoPlan's bundled files (rules, templates, fonts, examples...).

Everything under the repository's ``resources/`` folder is reached through
:func:`resource_path`, never through a path built by hand, so the same code
works in the three ways NegoPlan runs:

1. **PyInstaller bundle** (``sys.frozen``): ``<sys._MEIPASS>/resources``. The
   spec must copy the folder there: ``datas=[("resources", "resources")]``.
2. **Source checkout** (and editable installs): the ``resources/`` folder next
   to ``app/``, recognised by the ``pyproject.toml`` beside it, so a stray
   ``site-packages/resources`` of some other package is never taken for ours.
3. **Installed package** (wheel): ``pyproject.toml`` installs ``resources/`` as
   the data-only package ``app._data``; found with :mod:`importlib.resources`.

This module imports neither Qt nor reportlab and reads no file.
"""

from __future__ import annotations

import importlib.resources
import importlib.util
import sys
from pathlib import Path

__all__ = ["EXAMPLE_PLAN", "example_plan_path", "resource_path", "resources_root"]

#: The example plan the app opens the first time (``resources/examples/``).
EXAMPLE_PLAN = "seed-meituan.json"

_DATA_PACKAGE = "app._data"


def _frozen_root() -> Path | None:
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        return Path(meipass) / "resources"
    return None


def _source_root() -> Path | None:
    repo = Path(__file__).resolve().parent.parent
    candidate = repo / "resources"
    if candidate.is_dir() and (repo / "pyproject.toml").is_file():
        return candidate
    return None


def _installed_root() -> Path | None:
    try:
        root = importlib.resources.files(_DATA_PACKAGE)
    except ModuleNotFoundError:
        return None
    if isinstance(root, Path):
        return root
    # resources/ has no __init__.py, so app._data is a namespace package and
    # files() hands back a MultiplexedPath, not a Path: take its directory.
    spec = importlib.util.find_spec(_DATA_PACKAGE)
    for location in (spec.submodule_search_locations or []) if spec else []:
        if Path(location).is_dir():
            return Path(location)
    return None


def resources_root() -> Path:
    """The folder that holds NegoPlan's bundled files (see the module docstring).

    Raises ``FileNotFoundError`` when no such folder exists (a broken install).
    """
    for finder in (_frozen_root, _source_root, _installed_root):
        root = finder()
        if root is not None:
            return root
    raise FileNotFoundError(
        "NegoPlan's resources folder was not found; reinstall NegoPlan "
        "(pip install negoplan, or bash scripts/app.sh in a source checkout)"
    )


def resource_path(*parts: str) -> Path:
    """Path of a bundled file or folder, e.g. ``resource_path("rules", "lpr.csv")``.

    ``parts`` are path components relative to ``resources/``. The path is
    returned whether or not it exists; the caller opens it (and reports a
    missing file in its own words).

    >>> resource_path("examples", "seed-meituan.json").parts[-2:]
    ('examples', 'seed-meituan.json')
    """
    return resources_root().joinpath(*parts)


def example_plan_path(name: str = EXAMPLE_PLAN) -> Path:
    """Path of a bundled example plan (``resources/examples/<name>``)."""
    return resource_path("examples", name)
