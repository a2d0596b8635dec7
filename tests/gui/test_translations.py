"""The GUI's English translation is complete and compiled (resources/i18n).

Source strings are Chinese (``tr("…")`` in app/gui); English lives in
``negoplan_en.ts`` and the app loads the compiled ``negoplan_en.qm``. These tests
fail when a new visible string has no English yet, when a translation loses a
placeholder, or when the .qm was not rebuilt (``bash scripts/update-translations.sh``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TS = I18N / "negoplan_en.ts"
QM = I18N / "negoplan_en.qm"
BIN = Path(sys.executable).parent


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m)
            for ctx in root.iter("context") for m in ctx.iter("message")]


def _translation_texts(m: ET.Element) -> list[str]:
    t = m.find("translation")
    if t is None:
        return []
    forms = t.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [t.text or ""]


def test_every_string_has_an_english_translation() -> None:
    missing = []
    for ctx, source, m in _messages(TS):
        t = m.find("translation")
        texts = _translation_texts(m)
        if t is None or t.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
            missing.append(f"{ctx}: {source}")
    assert missing == []


def test_translations_keep_placeholders_and_plurals() -> None:
    wrong = []
    for ctx, source, m in _messages(TS):
        want = sorted(re.findall(r"\{[a-z_0-9]*\}|%n|%\d", source))
        for text in _translation_texts(m):
            got = sorted(re.findall(r"\{[a-z_0-9]*\}|%n|%\d", text))
            if got != want:
                wrong.append(f"{ctx}: {source!r} → {text!r}")
    assert wrong == []


def test_translations_contain_no_chinese_left_over() -> None:
    # The product name line and the language menu keep their bilingual labels.
    allowed = ("协商还款计划器", "语言", "中文")
    leftover = []
    for ctx, source, m in _messages(TS):
        for text in _translation_texts(m):
            stripped = text
            for a in allowed:
                stripped = stripped.replace(a, "")
            if re.search(r"[\u4e00-\u9fff]", stripped):
                leftover.append(f"{ctx}: {text!r}")
    assert leftover == []


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="pyside6-lupdate not installed")
def test_ts_file_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    sources = sorted(str(p) for p in (ROOT / "app" / "gui").rglob("*.py") if "__pycache__" not in p.parts)
    subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", "-source-language", "zh_CN",
                    "-target-language", "en_GB", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True, cwd=ROOT)
    committed = {(c, s) for c, s, _ in _messages(TS)}
    extracted = {(c, s) for c, s, _ in _messages(fresh)}
    assert extracted - committed == set(), "run bash scripts/update-translations.sh"
    assert committed - extracted == set(), "strings no longer in the code: run update-translations"


@pytest.mark.skipif(not (BIN / "pyside6-lrelease").exists(), reason="pyside6-lrelease not installed")
def test_qm_is_compiled_from_the_ts(tmp_path: Path) -> None:
    out = tmp_path / "x.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "run bash scripts/update-translations.sh --release"


def test_every_source_string_is_chinese() -> None:
    """Sources are the Chinese UI texts; an English "source" means lupdate misread a call
    (an alias such as ``tr = QCoreApplication.translate`` makes it take the context as text)."""
    latin = [f"{ctx}: {source}" for ctx, source, _ in _messages(TS)
             if not re.search(r"[\u4e00-\u9fff]", source)
             and re.search(r"[A-Za-z]", re.sub(r"\{[a-z_0-9]*\}", "", source))]
    assert latin == []
