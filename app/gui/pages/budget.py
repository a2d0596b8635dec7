"""Step page (stub, being built): 收入支出."""

from __future__ import annotations

from app.gui.pages.base import Page

__all__ = ["BudgetPage"]


class BudgetPage(Page):
    def __init__(self, doc, parent=None) -> None:
        super().__init__(doc, parent)
        self.retranslate()

    def step_title(self) -> str:
        return self.tr("收入支出")
