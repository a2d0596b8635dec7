"""Step page (stub, being built): 方案对比."""

from __future__ import annotations

from app.gui.pages.base import Page

__all__ = ["ComparePage"]


class ComparePage(Page):
    def __init__(self, doc, parent=None) -> None:
        super().__init__(doc, parent)
        self.retranslate()

    def step_title(self) -> str:
        return self.tr("方案对比")
