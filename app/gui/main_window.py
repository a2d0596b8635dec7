"""The main window: step navigator, menus, files, settings, autosave and recovery.

Layout (``shared/UI.md``): the steps on the left (① 我的债务 … ⑦ 协商记录, a check
mark once a step has enough data, Ctrl+1…7), the current page on the right, an
example banner while the bundled example is open, and a status bar with the
file name, saved/unsaved state and the quiet safety line. Ctrl+Shift+E opens
step ⑥'s quick entry from anywhere (a collector is calling: log it now).

Files: New / Open / Save / Save As / recent files, an unsaved-changes prompt
before anything replaces or closes the plan, ``name[*]`` in the title. Saves go
through :func:`app.gui.files.save_text` (QSaveFile, ``.bak``, 0600); the
bundled example is never saved over (Save asks for a new name). Autosave
writes a recovery copy every minute (:mod:`app.gui.recovery`).

Settings (QSettings): UI language, day basis, default max term, the recent
files and the last plan (reopened at the next start).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.gui.document import PlanDocument
from app.gui.files import SaveFailed, save_text
from app.gui.i18n import problem_text, set_language, ui_lang
from app.gui.pages.base import MUTED, Page
from app.gui.recovery import AUTOSAVE_INTERVAL_MS, Recovered, RecoveryStore
from app.gui.settings_dialog import SettingsDialog
from app.gui.steps import STEPS, build_page, step_complete, step_name
from calc.errors import PlanInvalid

__all__ = ["MainWindow"]

MAX_RECENT = 8


class MainWindow(QMainWindow):
    """One window over one :class:`PlanDocument`."""

    def __init__(self, doc: PlanDocument, settings: QSettings, recovery: RecoveryStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.settings = settings
        self.recovery = recovery
        self.setObjectName("mainWindow")
        self._build()
        self._build_actions()
        self._build_menus()
        self._connect_signals()
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_INTERVAL_MS)
        self._autosave.timeout.connect(self.autosave)
        self._autosave.start()
        self.apply_preferences()
        self.retranslate()
        self._on_file_changed()
        self.resize(QSize(1280, 800))

    # -- construction --------------------------------------------------------------------
    def _build(self) -> None:
        # Pages are built on their first visit (step_name/step_complete need none).
        self._pages: dict[int, Page] = {}
        self.steps = QListWidget()
        self.steps.setObjectName("steps")
        self.steps.setFixedWidth(160)
        self.steps.setSpacing(2)
        self.stack = QStackedWidget()
        for _ in STEPS:
            self.steps.addItem(QListWidgetItem())
            self.stack.addWidget(QWidget())  # placeholder until the page is built

        self.example_badge = QLabel()
        self.example_badge.setObjectName("exampleBadge")
        self.example_badge.setWordWrap(True)
        self.example_badge.setStyleSheet("QLabel { background: #fff4d6; padding: 6px; }")
        side = QVBoxLayout()
        side.addWidget(self.steps, 1)
        side.addWidget(self.example_badge)

        self.example_banner = QWidget()
        self.example_banner.setObjectName("exampleBanner")
        self.example_banner.setStyleSheet("#exampleBanner { background: #fff4d6; }")
        self.example_text = QLabel()
        self.example_text.setWordWrap(True)
        self.new_from_example = QPushButton()
        self.new_from_example.setObjectName("newPlanButton")
        banner = QHBoxLayout(self.example_banner)
        banner.addWidget(self.example_text, 1)
        banner.addWidget(self.new_from_example)

        right = QVBoxLayout()
        right.addWidget(self.example_banner)
        right.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addLayout(side)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self.file_label = QLabel()
        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("asOfLabel")
        self.as_of_label.setContentsMargins(0, 0, 16, 0)
        self.safety_label = QLabel()
        self.safety_label.setStyleSheet(f"color: {MUTED};")
        self.statusBar().addWidget(self.file_label, 1)
        self.statusBar().addPermanentWidget(self.as_of_label)
        self.statusBar().addPermanentWidget(self.safety_label)

    def _build_actions(self) -> None:
        def action(shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot) -> QAction:
            a = QAction(self)
            if shortcut is not None:
                a.setShortcut(QKeySequence(shortcut))
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.act_new = action(QKeySequence.StandardKey.New, self.new_plan)
        self.act_open = action(QKeySequence.StandardKey.Open, self.open_dialog)
        self.act_save = action(QKeySequence.StandardKey.Save, self.save)
        self.act_save_as = action("Ctrl+Shift+S", self.save_as)
        self.act_print = action(QKeySequence.StandardKey.Print, self.print_letter)
        self.act_export = action("Ctrl+E", self.export_letter)
        self.act_quit = action(QKeySequence.StandardKey.Quit, self.close)
        self.act_undo = self.doc.undo_stack.createUndoAction(self)
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.doc.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.act_log_contact = action("Ctrl+Shift+E", self.log_contact)
        self.act_today = action(None, self.compute_as_of_today)
        self.act_prefs = action(QKeySequence.StandardKey.Preferences, self.preferences)
        self.act_zh = action(None, lambda: self.switch_language("zh"))
        self.act_en = action(None, lambda: self.switch_language("en"))
        for a in (self.act_zh, self.act_en):
            a.setCheckable(True)
        self.act_about = action(None, self.about)
        self.act_steps: list[QAction] = []
        for i in range(len(STEPS)):
            self.act_steps.append(action(f"Ctrl+{i + 1}", lambda _=False, i=i: self.go_to_step(i)))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = self.menu_file.addMenu("")
        for a in (self.act_new, self.act_open):
            self.menu_file.insertAction(self.menu_recent.menuAction(), a)
        self.menu_file.addSeparator()
        for a in (self.act_save, self.act_save_as):
            self.menu_file.addAction(a)
        self.menu_file.addSeparator()
        for a in (self.act_export, self.act_print):
            self.menu_file.addAction(a)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addAction(self.act_undo)
        self.menu_edit.addAction(self.act_redo)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_log_contact)
        self.menu_edit.addAction(self.act_today)
        self.menu_view = bar.addMenu("")
        for a in self.act_steps:
            self.menu_view.addAction(a)
        self.menu_settings = bar.addMenu("")
        self.menu_lang = self.menu_settings.addMenu("")
        self.menu_lang.addAction(self.act_zh)
        self.menu_lang.addAction(self.act_en)
        self.menu_settings.addAction(self.act_prefs)
        self.menu_help = bar.addMenu("")
        self.menu_help.addAction(self.act_about)
        self._fill_recent()

    def _connect_signals(self) -> None:
        self.steps.currentRowChanged.connect(self._show_step)
        self.new_from_example.clicked.connect(self.new_plan)
        self.doc.fileChanged.connect(self._on_file_changed)
        self.doc.resultsChanged.connect(self._update_steps)
        self.doc.resultsChanged.connect(self._update_as_of)
        self.doc.dataChanged.connect(self._update_steps)
        self.steps.setCurrentRow(0)

    # -- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.act_new.setText(self.tr("新建(&N)"))
        self.act_open.setText(self.tr("打开(&O)…"))
        self.act_save.setText(self.tr("保存(&S)"))
        self.act_save_as.setText(self.tr("另存为(&A)…"))
        self.act_export.setText(self.tr("导出申请书 PDF(&E)…"))
        self.act_print.setText(self.tr("打印申请书(&P)…"))
        self.act_quit.setText(self.tr("退出(&Q)"))
        self.act_undo.setText(self.tr("撤销(&U)"))
        self.act_redo.setText(self.tr("重做(&R)"))
        self.act_prefs.setText(self.tr("首选项(&P)…"))
        self.act_log_contact.setText(self.tr("记一笔催收(&L)…"))
        self.act_log_contact.setToolTip(self.tr("催收电话或短信来了：打开「应对催收」的记录表，时间已填好"))
        self.act_today.setText(self.tr("按今天的日期重新计算(&T)"))
        self.act_today.setToolTip(self.tr("逾期天数和罚息都按“计算日期”算；过了几天再打开方案时，改成今天"))
        self.act_zh.setText("中文")
        self.act_en.setText("English")
        self.act_about.setText(self.tr("关于 NegoPlan(&A)"))
        self.menu_file.setTitle(self.tr("文件(&F)"))
        self.menu_recent.setTitle(self.tr("最近打开(&R)"))
        self.menu_edit.setTitle(self.tr("编辑(&E)"))
        self.menu_view.setTitle(self.tr("步骤(&V)"))
        self.menu_settings.setTitle(self.tr("设置(&S)"))
        self.menu_lang.setTitle(self.tr("语言 / Language"))
        self.menu_help.setTitle(self.tr("帮助(&H)"))
        self.example_text.setText(self.tr(
            "示例方案 — 替换为你自己的数据。这里的数字属于一位虚构的借款人，"
            "用来演示每一步；点击「新建我的方案」从空白开始。"))
        self.new_from_example.setText(self.tr("新建我的方案"))
        self.example_badge.setText(self.tr("示例方案"))
        self.safety_label.setText(self.tr(
            "本工具不收费、不联网，不代办协商；谨防“停息挂账”代理收费"))
        self.act_zh.setChecked(ui_lang() == "zh")
        self.act_en.setChecked(ui_lang() == "en")
        for i, a in enumerate(self.act_steps):
            a.setText(self._step_name(i))
        self._update_steps()
        self._update_title()
        self._update_as_of()

    def _step_name(self, i: int) -> str:
        return f"{'①②③④⑤⑥⑦'[i]} {step_name(STEPS[i].key)}"

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot()
    def _update_steps(self) -> None:
        for i, step in enumerate(STEPS):
            item = self.steps.item(i)
            done = step_complete(step.key, self.doc)
            item.setText(f"{self._step_name(i)}  {'✓' if done else ''}".rstrip())
            item.setToolTip(self.tr("这一步已填好") if done else self.tr("这一步还需要填写"))

    @Slot()
    def _on_file_changed(self) -> None:
        example = self.doc.is_example
        self.example_banner.setVisible(example)
        self.example_badge.setVisible(example)
        self.setWindowModified(self.doc.modified)
        self._update_title()

    @Slot()
    def _update_as_of(self) -> None:
        """Status bar: the date the figures are computed for, marked when it is not today."""
        plan = self.doc.results.plan
        as_of = plan.as_of if plan is not None else None
        if as_of is None:
            self.as_of_label.setText("")
            return
        text = self.tr("按 {date} 计算").format(date=as_of.isoformat())
        stale = as_of != self.doc.today()
        if stale:
            text += self.tr("（不是今天：编辑 ▸ 按今天的日期重新计算）")
        self.as_of_label.setText(text)
        self.as_of_label.setStyleSheet("color: #b3261e;" if stale else f"color: {MUTED};")
        self.act_today.setEnabled(stale)

    @Slot()
    def compute_as_of_today(self) -> None:
        """Set the plan's 计算日期 (``as_of``) to today; undoable."""
        self.doc.set(("as_of",), self.doc.today().isoformat(), self.tr("计算日期改为今天"))

    def _display_name(self) -> str:
        if self.doc.is_example:
            return self.tr("示例方案")
        if self.doc.path is None:
            return self.tr("未命名方案")
        return self.doc.path.name

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("{name}[*] — NegoPlan 协商还款计划器").format(
            name=self._display_name()))
        state = self.tr("有未保存的修改") if self.doc.modified else self.tr("已保存")
        if self.doc.path is None and not self.doc.modified:
            state = self.tr("尚未保存")
        self.file_label.setText(f"{self._display_name()} · {state}")

    # -- steps ---------------------------------------------------------------------------
    def page(self, index: int) -> Page:
        """The page of step ``index``, built now if it was never shown."""
        if index not in self._pages:
            page = build_page(STEPS[index], self.doc)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self._pages[index] = page
        return self._pages[index]

    @Slot(int)
    def _show_step(self, index: int) -> None:
        if 0 <= index < len(STEPS):
            self.page(index)
            self.stack.setCurrentIndex(index)

    @Slot(int)
    def go_to_step(self, index: int) -> None:
        self.steps.setCurrentRow(index)

    # -- files ---------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Before the plan is replaced or closed: True when it is fine to go on."""
        if not self.doc.modified:
            return True
        choice = self._ask_unsaved()
        if choice == QMessageBox.StandardButton.Save:
            return self.save()
        if choice == QMessageBox.StandardButton.Discard:
            self.recovery.discard(self.doc.path)
            return True
        return False

    def _ask_unsaved(self) -> QMessageBox.StandardButton:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("保存修改？"),
                          self.tr("“{name}”有未保存的修改。要先保存吗？").format(
                              name=self._display_name()),
                          parent=self)
        save = box.addButton(self.tr("保存"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("不保存"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return QMessageBox.StandardButton.Save
        if clicked is discard:
            return QMessageBox.StandardButton.Discard
        return QMessageBox.StandardButton.Cancel

    @Slot()
    def new_plan(self) -> None:
        if not self.maybe_save():
            return
        self.doc.new()
        self.go_to_step(0)

    @Slot()
    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        folder = (str(self.doc.path.parent) if self.doc.path and not self.doc.is_example
                  else str(Path.home()))
        name, _ = QFileDialog.getOpenFileName(self, self.tr("打开计划文件"), folder,
                                              self._filter())
        if name:
            self.open_path(Path(name), ask=False)

    def open_path(self, path: Path, *, ask: bool = True, example: bool = False) -> bool:
        """Open the plan at ``path``; on failure say why (in the UI language) and keep the current one."""
        if ask and not self.maybe_save():
            return False
        try:
            self.doc.open(path, example=example)
        except PlanInvalid as exc:
            details = "\n".join(problem_text(p) for p in exc.problems[:5])
            self._warn(self.tr("打不开这个文件"),
                       self.tr("“{name}”不是可用的计划文件：").format(name=path.name) + "\n" + details)
            return False
        if not example:
            self._remember(path)
        return True

    def _remember(self, path: Path) -> None:
        path = path.resolve()
        recent = [p for p in self._recent() if Path(p) != path]
        recent.insert(0, str(path))
        self.settings.setValue("recent", recent[:MAX_RECENT])
        self.settings.setValue("last_plan", str(path))
        self._fill_recent()

    def _recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        recent = self._recent()
        for p in recent:
            a = self.menu_recent.addAction(Path(p).name)
            a.setToolTip(p)
            a.setData(p)
            a.triggered.connect(lambda _=False, p=p: self.open_path(Path(p)))
        self.menu_recent.setEnabled(bool(recent))

    @Slot()
    def save(self) -> bool:
        if self.doc.path is None or self.doc.is_example:
            return self.save_as()
        return self._write(self.doc.path)

    @Slot()
    def save_as(self) -> bool:
        if self.doc.path is not None and not self.doc.is_example:
            start = str(self.doc.path)
        else:
            start = str(Path.home() / self.tr("我的方案.negoplan.json"))
        name, _ = QFileDialog.getSaveFileName(self, self.tr("保存计划文件"), start,
                                              self._filter())
        if not name:
            return False
        return self._write(Path(name))

    def _write(self, path: Path) -> bool:
        old_source = self.doc.path
        try:
            save_text(path, self.doc.to_json())
        except SaveFailed:
            self._warn(self.tr("没有保存"),
                       self.tr("无法写入“{path}”。请换一个文件夹，或检查磁盘空间和权限。").format(
                           path=str(path)))
            return False
        self.recovery.discard(old_source)
        self.recovery.discard(path)
        self.doc.mark_saved(path)
        self._remember(path)
        self.statusBar().showMessage(self.tr("已保存到 {path}").format(path=str(path)), 5000)
        return True

    def _filter(self) -> str:
        return self.tr("计划文件 (*.negoplan.json *.json)")

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    # -- autosave / recovery -------------------------------------------------------------
    @Slot()
    def autosave(self) -> None:
        """Write the recovery copy when there are unsaved edits (runs every minute)."""
        if not self.doc.modified:
            return
        try:
            self.recovery.write(self.doc.data, self.doc.path, datetime.now(),
                                example=self.doc.is_example)
        except OSError:
            self.statusBar().showMessage(self.tr("自动保存失败：无法写入恢复文件"), 5000)

    def offer_recovery(self) -> bool:
        """At start-up: offer unsaved work left by a crash; True when it was restored."""
        pending = self.recovery.pending()
        if not pending:
            return False
        found = pending[0]
        if not self._ask_recover(found):
            for r in pending:
                r.file.unlink(missing_ok=True)
            return False
        self.doc.load_data(found.data, found.source, example=found.example, modified=True)
        # Only the copy taken over goes; older ones (if any) are offered at the next start.
        found.file.unlink(missing_ok=True)
        self.recovery.write(found.data, found.source, datetime.now(), example=found.example)
        return True

    def _ask_recover(self, found: Recovered) -> bool:
        name = found.source.name if found.source else self.tr("未命名方案")
        answer = QMessageBox.question(
            self, self.tr("恢复未保存的修改？"),
            self.tr("上次 NegoPlan 没有正常关闭。找到“{name}”在 {when} 自动保存的修改，要恢复吗？")
            .format(name=name, when=found.saved_at.replace("T", " ")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            self.recovery.discard(self.doc.path)
            event.accept()
        else:
            event.ignore()

    # -- letter --------------------------------------------------------------------------
    def _letter_page(self) -> Page:
        return self.page(4)  # type: ignore[return-value]

    @Slot()
    def print_letter(self) -> None:
        self.go_to_step(4)
        page = self._letter_page()
        if hasattr(page, "print_letter"):
            page.print_letter()

    @Slot()
    def export_letter(self) -> None:
        self.go_to_step(4)
        page = self._letter_page()
        if hasattr(page, "export_pdf"):
            page.export_pdf()

    # -- collection ----------------------------------------------------------------------
    @Slot()
    def log_contact(self) -> None:
        """Ctrl+Shift+E: step ⑥ with its quick-entry form ready (the time set to now)."""
        index = next(i for i, s in enumerate(STEPS) if s.key == "collection")
        self.go_to_step(index)
        page = self.page(index)
        if hasattr(page, "start_quick_entry"):
            page.start_quick_entry()

    # -- settings ------------------------------------------------------------------------
    @Slot(str)
    def switch_language(self, lang: str) -> None:
        """Switch the UI language now (no restart) and remember it."""
        self.settings.setValue("language", lang)
        set_language(lang)

    def apply_preferences(self) -> None:
        """Hand the calculation preferences to the document (used where the plan sets none)."""
        self.doc.set_defaults(day_basis=_int(self.settings.value("day_basis")),
                              max_term_months=_int(self.settings.value("max_term_months")))

    @Slot()
    def preferences(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.store()
            if self.settings.value("language", "zh") != ui_lang():
                set_language(str(self.settings.value("language", "zh")))
            self.apply_preferences()

    @Slot()
    def about(self) -> None:
        QMessageBox.about(self, self.tr("关于 NegoPlan"), self.tr(
            "NegoPlan 协商还款计划器\n\n帮助逾期的借款人算清欠款、做出能负担的还款方案、"
            "写好协商还款申请书。\n所有数据只保存在本机，程序不联网。\n"
            "本工具不是法律意见；不收费，不代办协商。"))


def _int(value: object) -> int | None:
    try:
        return int(value) if value not in (None, "") else None  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
