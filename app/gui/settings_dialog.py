"""Preferences (QSettings): UI language, day basis, default longest term.

Day basis and longest term are *defaults*: a plan file's own ``settings`` win
(``docs/plan-file-extensions.md``). "按规则默认" leaves the value to the rules
data (``resources/rules/rules.json``: 360 days, 60 months, with sources).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

__all__ = ["SettingsDialog"]


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("首选项"))
        self.language = QComboBox()
        self.language.addItem("中文", "zh")
        self.language.addItem("English", "en")
        self.day_basis = QComboBox()
        self.day_basis.addItem(self.tr("按规则默认（360 天）"), None)
        self.day_basis.addItem(self.tr("360 天（银行惯例）"), 360)
        self.day_basis.addItem(self.tr("365 天"), 365)
        self.max_term = QSpinBox()
        self.max_term.setRange(0, 120)
        self.max_term.setSpecialValueText(self.tr("按规则默认（60 期）"))
        self.max_term.setSuffix(self.tr(" 期"))
        form = QFormLayout(self)
        form.addRow(self.tr("界面语言"), self.language)
        form.addRow(self.tr("日利率与年利率换算天数"), self.day_basis)
        form.addRow(self.tr("最长分期期数（建议时使用）"), self.max_term)
        note = QLabel(self.tr("计划文件里自己的设置优先；这里只作为默认值。"))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._load()

    def _load(self) -> None:
        lang = self.settings.value("language", "zh")
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        basis = self.settings.value("day_basis")
        index = self.day_basis.findData(int(basis)) if basis not in (None, "") else 0
        self.day_basis.setCurrentIndex(max(0, index))
        term = self.settings.value("max_term_months")
        self.max_term.setValue(int(term) if term not in (None, "") else 0)

    def store(self) -> None:
        """Write the chosen values to the settings."""
        self.settings.setValue("language", self.language.currentData())
        basis = self.day_basis.currentData()
        if basis is None:
            self.settings.remove("day_basis")
        else:
            self.settings.setValue("day_basis", int(basis))
        if self.max_term.value() == 0:
            self.settings.remove("max_term_months")
        else:
            self.settings.setValue("max_term_months", self.max_term.value())
