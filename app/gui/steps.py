"""The seven steps of the app: their names, their pages, and when each has enough data.

One place for what the navigator needs *without building the pages*: the main
window shows the step list (names, ✓ marks) at once and builds a page, with
its imports, only when the user first opens it — the window appears sooner.
Each page's ``is_complete()`` is the function here.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from calc.errors import Severity

if TYPE_CHECKING:
    from app.gui.document import PlanDocument
    from app.gui.pages.base import Page

__all__ = ["STEPS", "Step", "build_page", "step_complete", "step_name"]


@dataclass(frozen=True)
class Step:
    key: str
    module: str
    page_class: str


STEPS: tuple[Step, ...] = (
    Step("debts", "app.gui.pages.debts", "DebtsPage"),
    Step("budget", "app.gui.pages.budget", "BudgetPage"),
    Step("compare", "app.gui.pages.compare", "ComparePage"),
    Step("schedule", "app.gui.pages.schedule", "SchedulePage"),
    Step("letter", "app.gui.pages.letter", "LetterPage"),
    Step("collection", "app.gui.pages.collection", "CollectionPage"),
    Step("negotiation", "app.gui.pages.negotiation", "NegotiationPage"),
)


def step_name(key: str) -> str:
    """The step's name in the navigator, in the UI language."""
    # Direct QCoreApplication.translate calls: pyside6-lupdate does not follow aliases.
    names = {
        "debts": QCoreApplication.translate("Steps", "我的债务"),
        "budget": QCoreApplication.translate("Steps", "收入支出"),
        "compare": QCoreApplication.translate("Steps", "方案对比"),
        "schedule": QCoreApplication.translate("Steps", "还款计划"),
        "letter": QCoreApplication.translate("Steps", "申请书"),
        "collection": QCoreApplication.translate("Steps", "应对催收"),
        "negotiation": QCoreApplication.translate("Steps", "协商记录"),
    }
    return names[key]


def _no_errors_under(doc: PlanDocument, path: tuple) -> bool:
    return not any(p.severity is Severity.ERROR for p in doc.results.problems_at(path))


def step_complete(key: str, doc: PlanDocument) -> bool:
    """True once step ``key`` has enough data for a ✓ in the navigator.

    debts: at least one debt, no error in them; budget: at least one income
    line, no error in the household; compare: the proposal fits the budget;
    schedule: the proposal has payment rows; letter: a letter can be made
    (results, a debt, the borrower's name); collection: at least one evidence
    entry, no error in the log; negotiation: at least one contact logged, no error
    in the log.
    """
    results = doc.results
    c = results.comparison
    if key == "debts":
        return doc.count(("debts",)) > 0 and _no_errors_under(doc, ("debts",))
    if key == "budget":
        return doc.count(("household", "income")) > 0 and _no_errors_under(doc, ("household",))
    if key == "compare":
        return c is not None and bool(c.debts) and c.scenario("proposal").fits_budget
    if key == "schedule":
        return c is not None and bool(c.debts) and any(p.rows for p in c.scenario("proposal").per_debt)
    if key == "letter":
        name = doc.get(("borrower", "name"), "")
        return (results.ok and results.plan is not None and bool(results.plan.debts)
                and isinstance(name, str) and bool(name.strip()))
    if key == "collection":
        return doc.count(("evidence",)) > 0 and _no_errors_under(doc, ("evidence",))
    if key == "negotiation":
        return doc.count(("contacts",)) > 0 and _no_errors_under(doc, ("contacts",))
    raise KeyError(key)


def build_page(step: Step, doc: PlanDocument) -> Page:
    """Import the step's page module and build the page (done on the first visit)."""
    module = importlib.import_module(step.module)
    return getattr(module, step.page_class)(doc)
