"""The shape of the house, checked: calc is pure, nothing talks to the network.

- ``calc`` imports neither Qt nor reportlab nor ``app`` (checked for real in a
  fresh interpreter, and statically so the offending line is named);
- ``calc`` never reads the clock (``as_of`` is a parameter) and opens no file
  (``app`` loads data and hands it in);
- neither ``app`` nor ``calc`` imports a networking module: NegoPlan never
  touches the network.

The static checks read the code with :mod:`ast` (not grep), so comments,
strings and docstrings that merely mention ``open(`` or ``socket`` are fine.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CALC = ROOT / "calc"
APP = ROOT / "app"

# Module prefixes: "PySide6" also forbids "PySide6.QtCore"; "app" not "apple".
GUI_AND_PDF = ("PySide6", "shiboken6", "reportlab")
CALC_FORBIDDEN_IMPORTS = (*GUI_AND_PDF, "app", "importlib.resources")
NETWORK_IMPORTS = (
    "socket",
    "ssl",
    "urllib.request",
    "http.client",
    "http.server",
    "ftplib",
    "smtplib",
    "requests",
    "httpx",
    "aiohttp",
    "urllib3",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
)
# Calls that read the wall clock, as (object name, attribute).
CLOCK_CALLS = {
    ("date", "today"),
    ("datetime", "today"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("time", "ctime"),
    ("time", "strftime"),
}
CLOCK_FUNCTIONS = {name for module, name in CLOCK_CALLS if module == "time"}
# Method names that read or write files (builtin open, io.open, Path.open, ...).
FILE_METHODS = {"open", "read_text", "read_bytes", "write_text", "write_bytes"}


def python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _matches(module: str, prefixes: Iterable[str]) -> str | None:
    for prefix in prefixes:
        if module == prefix or module.startswith(prefix + "."):
            return prefix
    return None


def imported_modules(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, dotted name) of every absolute import, ``from a import b`` giving a.b too."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"


def forbidden_imports(tree: ast.AST, prefixes: Iterable[str]) -> list[str]:
    found = []
    for line, module in imported_modules(tree):
        if _matches(module, prefixes):
            found.append(f"line {line}: import {module}")
    return found


def _dotted_tail(node: ast.expr) -> str | None:
    """``datetime`` for ``datetime``, ``dt.datetime`` and ``datetime.datetime``."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def clock_reads(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            pair = (_dotted_tail(node.func.value), node.func.attr)
            if pair in CLOCK_CALLS:
                found.append(f"line {node.lineno}: {pair[0]}.{pair[1]}()")
        elif isinstance(node, ast.ImportFrom) and node.module == "time":
            for alias in node.names:
                if alias.name in CLOCK_FUNCTIONS:
                    found.append(f"line {node.lineno}: from time import {alias.name}")
    return found


def file_access(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id == "open":
            found.append(f"line {node.lineno}: open()")
        elif isinstance(func, ast.Attribute) and func.attr in FILE_METHODS:
            found.append(f"line {node.lineno}: .{func.attr}()")
    return found


def scan(files: Iterable[Path], check) -> dict[str, list[str]]:
    report = {}
    for path in files:
        problems = check(parse(path))
        if problems:
            report[str(path.relative_to(ROOT))] = problems
    return report


# --- the checks on the real code -------------------------------------------


def test_calc_has_modules() -> None:
    # Guards every check below against passing on an empty or moved folder.
    assert python_files(CALC), "calc/ has no Python files"


def test_importing_all_of_calc_loads_no_gui_pdf_or_app() -> None:
    program = """
import importlib, json, pkgutil, sys
import calc
names = sorted(m.name for m in pkgutil.walk_packages(calc.__path__, "calc."))
for name in names:
    importlib.import_module(name)
loaded = sorted(m for m in sys.modules
                if m.split(".")[0] in ("PySide6", "shiboken6", "reportlab", "app"))
print(json.dumps({"modules": names, "loaded": loaded}))
"""
    result = subprocess.run(
        [sys.executable, "-c", program],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["modules"], "pkgutil found no calc submodules"
    assert report["loaded"] == [], f"importing calc loaded {report['loaded']}"


LETTER_MODEL = (
    "app.letters.document",
    "app.letters.compose",
    "app.letters.family",
    "app.letters.complaint",
    "app.letters.reply",
    "app.letters.templates",
    "app.letters.build",
)


def test_the_letter_model_loads_no_pdf_or_gui() -> None:
    # The Document model and the composer are pure: the GUI preview and the CLI
    # share them, and reportlab (≈120 ms to import) loads only to render.
    program = f"""
import importlib, json, sys
for name in {LETTER_MODEL!r}:
    importlib.import_module(name)
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "reportlab"))))
"""
    result = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []


def test_the_letter_model_never_opens_files_or_reads_the_clock() -> None:
    files = [APP / "letters" / name for name in ("document.py", "compose.py", "family.py")]
    assert scan(files, file_access) == {}
    assert scan(files, clock_reads) == {}


def test_calc_imports_no_gui_pdf_or_app() -> None:
    assert scan(python_files(CALC), lambda t: forbidden_imports(t, CALC_FORBIDDEN_IMPORTS)) == {}


def test_calc_never_reads_the_clock() -> None:
    # as_of is a parameter: the CLI and the app decide what "today" is.
    assert scan(python_files(CALC), clock_reads) == {}


def test_calc_never_opens_files() -> None:
    # app/ loads rules and plans and hands the data in.
    assert scan(python_files(CALC), file_access) == {}


def test_nothing_imports_a_network_module() -> None:
    files = python_files(APP) + python_files(CALC)
    assert scan(files, lambda t: forbidden_imports(t, NETWORK_IMPORTS)) == {}


def test_every_code_folder_is_packaged() -> None:
    # pyproject.toml lists packages by hand (resources/ is mapped to app._data),
    # so a new folder such as app/letters/ is left out of a wheel until listed
    # there; an editable install or a checkout would not notice.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    folders = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in python_files(APP) + python_files(CALC)
    }
    assert folders - listed == set(), "add these to [tool.setuptools] packages in pyproject.toml"


# --- the checkers themselves catch what they should --------------------------


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "from PySide6.QtWidgets import QLabel",
        "import reportlab.platypus as p",
        "from reportlab import platypus",
        "from app import resources",
        "import app.storage",
        "from importlib import resources",
        "def f():\n    import shiboken6",
    ],
)
def test_forbidden_import_detected(source: str) -> None:
    assert forbidden_imports(ast.parse(source), CALC_FORBIDDEN_IMPORTS)


@pytest.mark.parametrize(
    "source",
    [
        "import socket",
        "from urllib import request",
        "import urllib.request",
        "from http.client import HTTPSConnection",
        "import requests",
        "from PySide6 import QtNetwork",
        "from PySide6.QtNetwork import QNetworkAccessManager",
    ],
)
def test_network_import_detected(source: str) -> None:
    assert forbidden_imports(ast.parse(source), NETWORK_IMPORTS)


@pytest.mark.parametrize(
    ("source", "prefixes"),
    [
        ("import apple", CALC_FORBIDDEN_IMPORTS),
        ("from calc import money", CALC_FORBIDDEN_IMPORTS),
        ("from . import app", CALC_FORBIDDEN_IMPORTS),
        ("from urllib.parse import quote", NETWORK_IMPORTS),
        ("import http", NETWORK_IMPORTS),
        ("from PySide6 import QtCore", NETWORK_IMPORTS),  # fine in app/, not in calc/
    ],
)
def test_allowed_import_passes(source: str, prefixes: tuple[str, ...]) -> None:
    assert forbidden_imports(ast.parse(source), prefixes) == []


@pytest.mark.parametrize(
    "source",
    [
        "from datetime import date\ndate.today()",
        "import datetime\ndatetime.date.today()",
        "from datetime import datetime\ndatetime.now()",
        "import datetime as dt\ndt.datetime.now(dt.timezone.utc)",
        "import time\ntime.time()",
        "from time import time",
    ],
)
def test_clock_read_detected(source: str) -> None:
    assert clock_reads(ast.parse(source))


def test_clock_check_allows_date_arithmetic() -> None:
    source = "from datetime import date\nd = date(2026, 1, 31)\nd.replace(day=1)\nd.isoformat()"
    assert clock_reads(ast.parse(source)) == []


@pytest.mark.parametrize(
    "source",
    [
        "open('x')",
        "with open('x', 'rb') as f: pass",
        "import io\nio.open('x')",
        "from pathlib import Path\nPath('x').read_text()",
        "Path('x').write_bytes(b'')",
        "Path('x').open()",
    ],
)
def test_file_access_detected(source: str) -> None:
    assert file_access(ast.parse(source))


def test_mentions_in_strings_and_comments_pass() -> None:
    source = '"""Never call open( here."""\n# import socket\nx = "date.today()"\n'
    assert file_access(ast.parse(source)) == []
    assert clock_reads(ast.parse(source)) == []
    assert forbidden_imports(ast.parse(source), NETWORK_IMPORTS) == []

