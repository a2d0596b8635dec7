"""app.storage: atomic, private saves with a backup; tolerant UTF-8 reads."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from app import storage
from app.storage import backup_path, read_text, write_atomic


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_a_new_file_readable_by_the_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "plan.negoplan.json"
    old_umask = os.umask(0o022)  # a permissive umask must not widen the mode
    try:
        written = write_atomic(target, b'{"a": 1}')
    finally:
        os.umask(old_umask)
    assert written == target
    assert target.read_bytes() == b'{"a": 1}'
    assert mode_of(target) == 0o600
    assert not backup_path(target).exists()  # nothing to back up the first time
    assert leftovers(tmp_path) == []


def test_backup_holds_the_previous_version(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    write_atomic(target, b"v1")
    write_atomic(target, b"v2")
    assert target.read_bytes() == b"v2"
    assert backup_path(target) == tmp_path / "plan.json.bak"
    assert backup_path(target).read_bytes() == b"v1"
    write_atomic(target, b"v3")  # the .bak is replaced, not appended to
    assert backup_path(target).read_bytes() == b"v2"
    assert mode_of(backup_path(target)) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.json", "plan.json.bak"]


def test_no_backup_when_asked(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    write_atomic(target, b"v1")
    write_atomic(target, b"v2", backup=False)
    assert target.read_bytes() == b"v2"
    assert not backup_path(target).exists()


def test_existing_wide_permissions_are_narrowed(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    target.write_bytes(b"old")
    target.chmod(0o644)
    write_atomic(target, b"new")
    assert mode_of(target) == 0o600
    assert mode_of(backup_path(target)) == 0o600


def test_custom_mode(tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"
    write_atomic(target, b"%PDF", mode=0o640)
    assert mode_of(target) == 0o640


def test_failed_replace_leaves_the_original_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.json"
    write_atomic(target, b"original")
    real_replace = os.replace

    def failing_replace(src, dst):
        if Path(dst) == target:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(storage.os, "replace", failing_replace)
    with pytest.raises(OSError, match="No space left"):
        write_atomic(target, b"new content")
    assert target.read_bytes() == b"original"
    assert leftovers(tmp_path) == []


def test_failure_of_every_replace_leaves_everything_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.json"
    write_atomic(target, b"v1")
    write_atomic(target, b"v2")

    def broken(src, dst):
        raise PermissionError("read-only")

    monkeypatch.setattr(storage.os, "replace", broken)
    with pytest.raises(PermissionError):
        write_atomic(target, b"v3")
    assert target.read_bytes() == b"v2"
    assert backup_path(target).read_bytes() == b"v1"
    assert leftovers(tmp_path) == []


def test_failure_while_writing_removes_the_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.json"

    def broken_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(storage.os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="Input/output"):
        write_atomic(target, b"data")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_symlink_is_kept_and_its_file_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(b"old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    assert backup_path(real).read_bytes() == b"old"


def test_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "nope" / "plan.json", b"x")


def test_read_text_utf8_with_and_without_bom(tmp_path: Path) -> None:
    plain = tmp_path / "plain.json"
    plain.write_bytes('{"creditor": "美团借钱"}'.encode())
    with_bom = tmp_path / "bom.json"
    with_bom.write_bytes(b"\xef\xbb\xbf" + '{"creditor": "美团借钱"}'.encode())
    assert read_text(plain) == '{"creditor": "美团借钱"}'
    assert read_text(with_bom) == '{"creditor": "美团借钱"}'


def test_read_text_rejects_other_encodings(tmp_path: Path) -> None:
    gbk = tmp_path / "gbk.json"
    gbk.write_bytes("美团".encode("gbk"))
    with pytest.raises(UnicodeDecodeError):
        read_text(gbk)


def test_round_trip(tmp_path: Path) -> None:
    target = tmp_path / "计划.negoplan.json"
    text = '{"borrower": {"name": "张三"}}\n'
    write_atomic(target, text.encode("utf-8"))
    assert read_text(target) == text
