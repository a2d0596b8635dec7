"""Step page (stub, being built): 我的债务."""

from __future__ import annotations

from app.gui.pages.base import Page

__all__ = ["DebtsPage"]


class DebtsPage(Page):
    def __init__(self, doc, parent=None) -> None:
        super().__init__(doc, parent)
        self.retranslate()

    def step_title(self) -> str:
        return self.tr("我的债务")
