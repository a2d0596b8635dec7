"""Step page (stub, being built): 申请书."""

from __future__ import annotations

from app.gui.pages.base import Page

__all__ = ["LetterPage"]


class LetterPage(Page):
    def __init__(self, doc, parent=None) -> None:
        super().__init__(doc, parent)
        self.retranslate()

    def step_title(self) -> str:
        return self.tr("申请书")
