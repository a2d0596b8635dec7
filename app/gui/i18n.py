"""Language and fonts of the GUI: Qt translators, the UI language, the bundled CJK font.

Source strings in ``app/gui`` are written in Chinese (the primary language) and
wrapped in ``self.tr()`` / ``QCoreApplication.translate``. English comes from
``resources/i18n/negoplan_en.qm``, compiled from ``negoplan_en.ts``
(``scripts/update-translations.sh`` runs ``pyside6-lupdate`` and
``pyside6-lrelease``). Switching language installs or removes that translator;
Qt then sends every widget a ``QEvent.LanguageChange`` and each page re-labels
itself in ``retranslate()``: no restart.

Problem messages (codes from ``calc``) are worded by :mod:`app.messages` in the
same two languages, so the CLI, the letters and the GUI say the same thing;
:func:`problem_text` picks the UI language.

The UI language is kept as a dynamic property of the ``QApplication``
(``negoplan_lang``), not in a module global.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.messages import message
from app.resources import resource_path
from calc.errors import Problem

__all__ = ["LANGS", "problem_text", "register_font", "set_language", "ui_lang"]

LANGS = ("zh", "en")
_PROP = "negoplan_lang"
_TRANSLATORS = "negoplan_translators"
FONT_FILE = ("fonts", "NegoPlanSans-GBK.ttf")


def ui_lang() -> str:
    """``"zh"`` or ``"en"``: the language the UI currently speaks."""
    app = QCoreApplication.instance()
    lang = app.property(_PROP) if app is not None else None
    return lang if lang in LANGS else "zh"


def set_language(lang: str) -> None:
    """Switch the UI to ``lang`` (``zh`` or ``en``) now; widgets re-label on LanguageChange."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("QApplication first")
    lang = lang if lang in LANGS else "zh"
    for t in getattr(app, _TRANSLATORS, []):
        app.removeTranslator(t)
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang == "en":
        ours = QTranslator(app)
        if ours.load(str(resource_path("i18n", "negoplan_en.qm"))):
            translators.append(ours)
    else:
        # Qt's own dialogs (QFileDialog, QPrintDialog buttons) in Chinese.
        qt = QTranslator(app)
        if qt.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", qt_dir):
            translators.append(qt)
    for t in translators:
        app.installTranslator(t)
    setattr(app, _TRANSLATORS, translators)
    app.setProperty(_PROP, lang)
    # Qt posts LanguageChange to every widget; deliver them now so the UI is
    # re-labelled when this returns (callers and tests see the new texts at once).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China) if lang == "zh"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def problem_text(p: Problem) -> str:
    """The sentence for a calc problem in the UI language (no code, no path)."""
    return message(p.code, p.path, p.params, ui_lang())


def register_font(app: QApplication) -> str:
    """Register the bundled CJK font and make it the application font; return its family.

    Chinese then renders on machines without any Chinese font (stack.md). Falls
    back to the platform font when the file cannot be loaded.
    """
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return app.font().family()
    font = QFont(families[0])
    font.setPointSizeF(max(app.font().pointSizeF(), 10.0))
    app.setFont(font)
    return families[0]
