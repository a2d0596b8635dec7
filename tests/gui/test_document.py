"""PlanDocument: exact undo, wrong-shaped files, edits that can never crash the app."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from app.resources import example_plan_path
from calc.errors import PlanInvalid


def _example() -> dict:
    return json.loads(example_plan_path().read_text("utf-8"))


@pytest.mark.parametrize(("key", "value"), [
    ("debts", 5), ("debts", [1]), ("debts", {"a": 1}), ("household", []), ("household", "x"),
    ("borrower", []), ("proposal", []), ("hardship", []),
])
def test_wrong_shaped_sections_are_refused_with_their_field(doc, tmp_path: Path, key, value) -> None:
    data = _example()
    data[key] = value
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    before = copy.deepcopy(doc.data)
    with pytest.raises(PlanInvalid) as info:
        doc.open(bad)
    assert any(p.path.startswith(key) and p.code == "field.type" for p in info.value.problems)
    assert doc.data == before  # the open plan is untouched


def test_field_errors_still_open(doc, tmp_path: Path) -> None:
    data = _example()
    data["debts"][0]["principal"] = "abc"
    path = tmp_path / "typo.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    doc.open(path)
    assert not doc.results.ok
    assert [p.path for p in doc.results.errors] == ["debts[0].principal"]


def test_undo_is_exact_when_an_edit_creates_objects(doc) -> None:
    before = copy.deepcopy(doc.data)
    doc.set(("debts", 1, "proposal", "term_months"), 36, "override")
    assert doc.get(("debts", 1, "proposal")) == {"term_months": 36}
    doc.undo_stack.undo()
    assert doc.data == before
    assert "proposal" not in doc.data["debts"][1]
    assert not doc.modified
    doc.undo_stack.redo()
    assert doc.get(("debts", 1, "proposal")) == {"term_months": 36}


def test_editing_inside_a_wrong_shaped_section_replaces_it_and_undo_restores_it(empty_doc) -> None:
    data = copy.deepcopy(empty_doc.data)
    data["household"] = {"income": "x", "expenses": [], "dependents": 0}
    empty_doc.load_data(data, None)
    empty_doc.insert(("household", "income"), 0, {"label": "工资", "monthly": "100.00"}, "add")
    assert empty_doc.get(("household", "income")) == [{"label": "工资", "monthly": "100.00"}]
    empty_doc.undo_stack.undo()
    assert empty_doc.data == data


def test_an_edit_that_cannot_apply_is_dropped_without_raising(doc) -> None:
    before = copy.deepcopy(doc.data)
    doc.remove(("debts",), 17, "remove a row that is not there")  # IndexError inside redo
    assert doc.data == before
    assert doc.undo_stack.count() == 0 or doc.undo_stack.command(0).isObsolete()
    doc.set(("proposal", "term_months"), 30, "term")  # the stack still works
    doc.undo_stack.undo()
    assert doc.data == before


def test_merged_edits_of_one_field_are_one_undo_step(doc) -> None:
    for n in (25, 26, 27, 28):
        doc.set(("proposal", "term_months"), n, "term")
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.get(("proposal", "term_months")) == 24
