"""Evidence files next to the plan (issue 5): copy, SHA-256, existence and change checks,
and the ``evidence[].file_hashes`` plan-file extension (decode, encode, the complaint's list).

Expected digests are computed here with ``hashlib.sha256`` on the bytes written
(and the FIPS 180-2 "abc" vector once); file names follow ``app/evidence_files.py``'s
docstring (``<plan name>-证据/``, a clash gets the import time ``-YYYYMMDD-HHMM``).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from datetime import date, datetime
from pathlib import Path

import pytest

from app.evidence_files import (
    FileState,
    check_files,
    entry_hashes,
    evidence_folder,
    file_states,
    import_file,
    plan_stem,
    resolve,
    sha256_file,
    verify,
)
from app.resources import example_plan_path
from calc.errors import Severity
from calc.plan import decode_plan, encode_plan, validate_plan

NOW = datetime(2026, 11, 24, 9, 0)
TODAY = date(2026, 11, 24)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "plans" / "张伟.json"
    path.parent.mkdir()
    path.write_text(example_plan_path().read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.fixture
def recording(tmp_path: Path) -> Path:
    src = tmp_path / "phone" / "1120-通话录音.m4a"
    src.parent.mkdir()
    src.write_bytes(b"recording of 2026-11-20 21:40")
    os.utime(src, (1_763_600_000, 1_763_600_000))  # when the phone saved it
    return src


# --- copy and hash -----------------------------------------------------------------------------

def test_sha256_of_the_fips_example(tmp_path: Path) -> None:
    f = tmp_path / "abc"
    f.write_bytes(b"abc")
    # FIPS 180-2, appendix B.1
    assert sha256_file(f) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"


def test_import_copies_next_to_the_plan_with_its_hash(plan_path: Path, recording: Path) -> None:
    file, digest = import_file(plan_path, recording, now=NOW)
    assert file == "张伟-证据/1120-通话录音.m4a"  # relative to the plan's folder, with "/"
    assert digest == sha(b"recording of 2026-11-20 21:40")
    copy = plan_path.parent / "张伟-证据" / "1120-通话录音.m4a"
    assert copy.read_bytes() == recording.read_bytes()
    assert recording.exists()  # copied, not moved
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600  # owner only: voices, names, debts
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert copy.stat().st_mtime == recording.stat().st_mtime  # when it was recorded


def test_a_name_clash_gets_the_import_time_then_a_number(plan_path: Path, tmp_path: Path) -> None:
    made = []
    for i, content in enumerate((b"first", b"second", b"third")):
        src = tmp_path / f"from{i}" / "截图.png"
        src.parent.mkdir()
        src.write_bytes(content)
        made.append(import_file(plan_path, src, now=NOW))
    assert [f for f, _ in made] == ["张伟-证据/截图.png", "张伟-证据/截图-20261124-0900.png",
                                    "张伟-证据/截图-20261124-0900-2.png"]
    assert [d for _, d in made] == [sha(b"first"), sha(b"second"), sha(b"third")]
    folder = evidence_folder(plan_path)
    assert (folder / "截图.png").read_bytes() == b"first"  # never replaced


def test_the_same_file_twice_is_not_copied_twice(plan_path: Path, recording: Path) -> None:
    first = import_file(plan_path, recording, now=NOW)
    again = import_file(plan_path, recording, now=datetime(2026, 11, 25, 10, 0))
    assert again == first
    assert len(list(evidence_folder(plan_path).iterdir())) == 1


def test_a_file_already_in_the_evidence_folder_stays_where_it_is(plan_path: Path) -> None:
    folder = evidence_folder(plan_path)
    (folder / "sub").mkdir(parents=True)
    inside = folder / "sub" / "详单.pdf"
    inside.write_bytes(b"bill")
    assert import_file(plan_path, inside, now=NOW) == ("张伟-证据/sub/详单.pdf", sha(b"bill"))
    assert sorted(p.name for p in folder.rglob("*")) == ["sub", "详单.pdf"]


def test_import_errors_are_os_errors_and_leave_nothing(plan_path: Path, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        import_file(plan_path, tmp_path / "nope.png", now=NOW)
    with pytest.raises(IsADirectoryError):
        import_file(plan_path, tmp_path, now=NOW)
    assert not evidence_folder(plan_path).exists()


def test_plan_names_and_places(tmp_path: Path) -> None:
    assert plan_stem("/x/张伟.negoplan.json") == "张伟"
    assert evidence_folder(tmp_path / "a.json") == tmp_path / "a-证据"
    assert resolve(tmp_path / "a.json", "a-证据/x.png") == tmp_path / "a-证据" / "x.png"
    assert resolve(tmp_path / "a.json", "/abs/x.png") == Path("/abs/x.png")


# --- checks ------------------------------------------------------------------------------------

def test_check_files_finds_the_missing_ones(plan_path: Path, recording: Path) -> None:
    file, digest = import_file(plan_path, recording, now=NOW)
    entries = [{"at": "2026-11-20T21:40", "files": [file, "张伟-证据/删掉了.png"],
                "file_hashes": {file: digest.upper()}},
               {"at": "2026-11-21T22:35"},
               {"at": "2026-11-22T08:00", "files": [str(recording)]}]  # absolute: as written
    found = [(s.entry, s.file, s.exists, s.sha256) for s in check_files(plan_path, entries)]
    assert found == [(0, file, True, digest),  # the record is compared in lower case
                     (0, "张伟-证据/删掉了.png", False, None),
                     (2, str(recording), True, None)]


def test_verify_names_the_files_changed_since_they_were_added(plan_path: Path,
                                                              recording: Path) -> None:
    file, digest = import_file(plan_path, recording, now=NOW)
    entry = {"files": [file, "张伟-证据/missing.png"],
             "file_hashes": {file: digest, "张伟-证据/missing.png": sha(b"gone")}}
    assert verify(plan_path, entry) == []
    assert file_states(plan_path, entry) == [(file, FileState.OK),
                                             ("张伟-证据/missing.png", FileState.MISSING)]
    resolve(plan_path, file).write_bytes(b"recording, edited")
    assert verify(plan_path, entry) == [file]
    assert file_states(plan_path, entry)[0] == (file, FileState.CHANGED)
    # the original (kept by the user elsewhere) still matches the record
    assert sha256_file(recording) == digest


def test_a_file_without_a_record_exists_but_is_not_verified(plan_path: Path,
                                                            recording: Path) -> None:
    entry = {"files": [str(recording)]}
    assert verify(plan_path, entry) == []
    assert file_states(plan_path, entry) == [(str(recording), FileState.OK)]


# --- the plan-file extension -------------------------------------------------------------------

def _seed_with_hashes(hashes) -> dict:
    data = json.loads(example_plan_path().read_text(encoding="utf-8"))
    data["evidence"][0]["files"] = ["张伟-证据/a.m4a"]
    data["evidence"][0]["file_hashes"] = hashes
    return data


def test_file_hashes_decode_into_the_entry_and_encode_back() -> None:
    digest = sha(b"a")
    data = _seed_with_hashes({"张伟-证据/a.m4a": digest})
    plan, problems = decode_plan(data, today=TODAY)
    assert [p for p in problems if p.severity is Severity.ERROR] == []
    entry = plan.evidence[0]
    assert dict(entry.file_hashes) == {"张伟-证据/a.m4a": digest}
    assert entry_hashes(entry) == {"张伟-证据/a.m4a": digest}
    assert "file_hashes" not in entry.extra
    assert encode_plan(plan)["evidence"][0]["file_hashes"] == {"张伟-证据/a.m4a": digest}
    assert "file_hashes" not in encode_plan(plan)["evidence"][1]  # absent stays absent


@pytest.mark.parametrize("hashes, code, path", [
    (["x"], "field.type", "evidence[0].file_hashes"),
    ({"张伟-证据/a.m4a": 5}, "field.format", "evidence[0].file_hashes"),
    ({"张伟-证据/a.m4a": "abc"}, "field.format", "evidence[0].file_hashes"),
    ({"张伟-证据/a.m4a": "g" * 64}, "field.format", "evidence[0].file_hashes"),
])
def test_a_malformed_record_is_an_error_at_its_path(hashes, code, path) -> None:
    from app.messages import message

    problems = validate_plan(_seed_with_hashes(hashes), today=TODAY)
    assert [(p.code, p.path) for p in problems if p.severity is Severity.ERROR] == [(code, path)]
    assert message(code, path, {"expected": "object"}, "zh").startswith("第1条证据的附件校验值：")


def test_the_complaint_lists_each_file_with_its_hash() -> None:
    from app.letters.complaint import complaint_text
    from app.letters.complaint_cli import complaint_draft, complaint_templates
    from app.rules_data import load_rules

    digest = sha(b"a")
    plan, _ = decode_plan(_seed_with_hashes({"张伟-证据/a.m4a": digest}), today=TODAY)
    doc, _ = complaint_draft(plan, load_rules(), channel="lender", debt_id="meituan", lang="zh",
                             today=TODAY)
    t = complaint_templates("zh").text
    text = complaint_text(doc)
    assert t("evidence.file_hash", file="张伟-证据/a.m4a", n=1, sha256=digest) in text
    assert digest in text
