"""The main window: start page or an open project, menus, toolbar (current coder), status bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt
import shiboken6
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMenu, QMessageBox, QStackedWidget, QWidget

from kodeverk.errors import KodeverkError
from kodeverk.project import Project
from kodeverk.sample import build_sample
from ui.coder_toolbar import CoderToolbar
from ui.dialog_sizes import install as install_dialog_sizes
from ui.features import ANALYSIS, FILE_EXPORT, FILE_IMPORT, FILE_TEAM, PROJECT, Feature, discover
from ui.i18n import set_language
from ui.ops import BackgroundOp
from ui.project_view import ProjectView
from ui.search_panel import THIS_TRANSCRIPT, WHOLE_PROJECT
from ui.settings import LANGUAGE, RECENT_PROJECTS, SNAP_TO_WORDS, WINDOW_GEOMETRY, WINDOW_STATE, Settings
from ui.settings_dialog import SettingsDialog
from ui.start_page import NewProjectDialog, StartPage
from ui.workspace import Workspace
from ui.error_text import describe

SAMPLE_NAME = "eksempelprosjekt.kodeverk"


class MainWindow(QMainWindow):
    """One window, one project at a time."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.project: Project | None = None
        self.ws: Workspace | None = None
        self.pv: ProjectView | None = None
        self.sample_op: BackgroundOp | None = None
        self.setObjectName("main_window")
        install_dialog_sizes()  # Qt's input dialogs open too narrow to read a code's name
        self.stack = QStackedWidget(self)
        self.start = StartPage(self)
        self.stack.addWidget(self.start)
        self.setCentralWidget(self.stack)
        self.start.new_requested.connect(self.ask_new_project)
        self.start.open_requested.connect(self.ask_open_project)
        self.start.sample_requested.connect(self.open_sample)
        self.start.recent_chosen.connect(self.open_project)
        self._build_actions()
        self.toolbar = CoderToolbar([self.acts["add_coder"], self.acts["coders"]],
                                    [self.acts["show_others"], self.acts["snap"]], self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.coder_box, self.status_label = self.toolbar.box, self.toolbar.status_label
        self.statusBar().addPermanentWidget(self.status_label)
        self.features: list[Feature] = [cls(self) for cls in discover()]
        self.retranslate_ui()
        self.resize(1400, 900)
        self.restoreGeometry(settings.get(WINDOW_GEOMETRY))
        self._show_start()

    # -- building -------------------------------------------------------------------------

    def _action(self, key: str, slot: Any, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        self.acts[key] = action
        return action

    def _build_actions(self) -> None:
        self.acts: dict[str, QAction] = {}
        self._action("new", self.ask_new_project, QKeySequence.StandardKey.New)
        self._action("open", self.ask_open_project, QKeySequence.StandardKey.Open)
        self._action("sample", self.open_sample)
        self._action("import", self.import_files, "Ctrl+Shift+I")
        self._action("close", self.close_project, QKeySequence.StandardKey.Close)
        self._action("quit", self.close, QKeySequence.StandardKey.Quit)
        self._action("find", lambda: self._search(THIS_TRANSCRIPT), QKeySequence.StandardKey.Find)
        self._action("find_all", lambda: self._search(WHOLE_PROJECT), "Ctrl+Shift+F")
        self._action("settings", self.edit_settings, QKeySequence.StandardKey.Preferences)
        self._action("add_coder", self.ask_add_coder)
        self._action("coders", self.edit_coders)
        self._action("about", self.about)
        show = self._action("show_others", lambda on: self.ws and self.ws.set_show_other_coders(on))
        show.setCheckable(True)
        for key, fallback in (("quit", "Ctrl+Q"), ("settings", "Ctrl+,")):  # where the platform has no standard key
            if self.acts[key].shortcut().isEmpty():
                self.acts[key].setShortcut(QKeySequence(fallback))
        snap = self._action("snap", self.set_snap)
        snap.setCheckable(True)
        snap.setChecked(self.settings.get(SNAP_TO_WORDS))
        self.file_menu = self.menuBar().addMenu("")
        self.export_menu = QMenu(self)
        self.anchors: dict[str, QAction] = {}
        for key in ("new", "open", "sample", None, "import", FILE_IMPORT, FILE_EXPORT, FILE_TEAM, "close", "quit"):
            if key in (FILE_IMPORT, FILE_TEAM):
                self.anchors[key] = self.file_menu.addSeparator()  # features insert above it
            elif key == FILE_EXPORT:
                self.file_menu.addMenu(self.export_menu)
            elif key:
                self.file_menu.addAction(self.acts[key])
            else:
                self.file_menu.addSeparator()
        self.edit_menu = self.menuBar().addMenu("")
        self.coding_menu = self.menuBar().addMenu("")
        self.project_menu = self.menuBar().addMenu("")
        self.project_menu.addAction(self.acts["coders"])
        self.project_menu.addSeparator()
        self.analysis_menu = self.menuBar().addMenu("")
        self.view_menu = self.menuBar().addMenu("")
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.acts["about"])

    def place_action(self, place: str, action: QAction) -> None:
        """Put a feature's ``action`` in the menu section ``place`` (see :mod:`ui.features`)."""
        if place in self.anchors:
            self.file_menu.insertAction(self.anchors[place], action)
        else:
            menu = {FILE_EXPORT: self.export_menu, PROJECT: self.project_menu,
                    ANALYSIS: self.analysis_menu}[place]
            menu.addAction(action)

    def retranslate_ui(self) -> None:
        texts = {"new": self.tr("&New project…"), "open": self.tr("&Open project…"),
                 "sample": self.tr("Open the &sample project"), "import": self.tr("&Import transcripts…"),
                 "close": self.tr("&Close project"), "quit": self.tr("&Quit"),
                 "find": self.tr("&Find in transcript…"), "find_all": self.tr("Search the whole &project…"),
                 "settings": self.tr("&Settings…"), "add_coder": self.tr("Add coder…"),
                 "coders": self.tr("C&oders…"),
                 "show_others": self.tr("Other coders"), "snap": self.tr("Whole words"),
                 "about": self.tr("&About Kodeverk")}
        for key, text in texts.items():
            self.acts[key].setText(text)
        self.acts["show_others"].setToolTip(self.tr("Show the codings of the other coders too"))
        self.acts["snap"].setToolTip(self.tr("Widen selections to whole words when coding"))
        self.acts["add_coder"].setToolTip(self.tr("Add a person who codes"))
        self.acts["coders"].setToolTip(self.tr("Rename coders, change their colours and initials"))
        self.acts["import"].setToolTip(self.tr("Import Word, ODT, RTF, text or Markdown transcripts"))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.coding_menu.setTitle(self.tr("&Coding"))
        self.view_menu.setTitle(self.tr("&View"))
        self.export_menu.setTitle(self.tr("&Export"))
        self.project_menu.setTitle(self.tr("&Project"))
        self.analysis_menu.setTitle(self.tr("&Analysis"))
        self.help_menu.setTitle(self.tr("&Help"))
        if self.pv is not None:
            self.pv.coding.retranslate_ui()
            self.pv.retranslate_ui()
        for feature in self.features:
            feature.retranslate_ui()
        self._update_title()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._rebuild_menus()  # the undo/redo actions carry their translated prefix
        super().changeEvent(event)

    def _rebuild_menus(self) -> None:
        self.edit_menu.clear()
        for old in getattr(self, "undo_redo", ()):  # the previous language's (or project's) pair
            shiboken6.delete(old)
        self.undo_redo: tuple[QAction, ...] = ()
        if self.ws is not None:
            undo = self.ws.undo_stack.createUndoAction(self, self.tr("&Undo"))
            undo.setShortcut(QKeySequence.StandardKey.Undo)
            redo = self.ws.undo_stack.createRedoAction(self, self.tr("&Redo"))
            redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
            self.edit_menu.addAction(undo)
            self.edit_menu.addAction(redo)
            self.undo_redo = (undo, redo)
            self.edit_menu.addSeparator()
            self.edit_menu.addAction(self.acts["find"])
            self.edit_menu.addAction(self.acts["find_all"])
            if self.pv is not None:
                self.edit_menu.addActions(self.pv.search.step_actions)  # F3 / Shift+F3
            self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.acts["settings"])
        self.coding_menu.clear()
        self.view_menu.clear()
        for menu in (self.coding_menu, self.view_menu, self.project_menu, self.analysis_menu):
            menu.menuAction().setVisible(self.pv is not None and (menu in (self.coding_menu, self.view_menu)
                                                                   or not menu.isEmpty()))
        self.export_menu.menuAction().setVisible(not self.export_menu.isEmpty())
        if self.pv is not None:
            self.pv.coding.fill_menu(self.coding_menu)
            for action in self.pv.coding.actions.values():
                self.addAction(action)
            for dock in (self.pv.navigator, self.pv.codebook, self.pv.segments, self.pv.search):
                self.view_menu.addAction(dock.toggleViewAction())
            self.view_menu.addAction(self.toolbar.toggleViewAction())
            self.view_menu.addSeparator()
            for action in self.pv.pane_actions:
                self.view_menu.addAction(action)

    # -- projects ----------------------------------------------------------------------------

    def _show_start(self) -> None:
        self.start.set_recent(self.settings.get(RECENT_PROJECTS))
        self.stack.setCurrentWidget(self.start)
        self.toolbar.setVisible(False)
        for key in ("import", "close", "find", "find_all", "coders", "add_coder"):
            self.acts[key].setEnabled(False)
        self._rebuild_menus()
        self._update_title()

    def _update_title(self) -> None:
        if self.project is None:
            self.setWindowTitle("Kodeverk")
        elif self.pv is None or self.pv.view.transcript_id is None:
            self.setWindowTitle(f"{Path(str(self.project.path)).stem} — Kodeverk")

    def error(self, text: str) -> None:
        """Show a core error in the status bar (routine) — never swallowed."""
        self.statusBar().showMessage("⚠ " + text, 15000)

    def open_project(self, path: str) -> bool:
        self.close_project()
        try:
            project = Project.open(path)
        except KodeverkError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the project"), describe(exc))
            if not Path(path).exists():
                self.settings.forget_project(path)
                self.start.set_recent(self.settings.get(RECENT_PROJECTS))
            return False
        self._attach(project)
        return True

    def new_project(self, path: str, template: str = "kjernegrupper") -> bool:
        self.close_project()
        try:
            project = Project.create(path, template=template)
        except KodeverkError as exc:
            QMessageBox.warning(self, self.tr("Cannot create the project"), describe(exc))
            return False
        self._attach(project)
        return True

    def _attach(self, project: Project) -> None:
        self.project = project
        self.settings.remember_project(str(project.path))
        self.ws = Workspace(project, self.settings, self)
        self.ws.error.connect(self.error)
        self.ws.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.pv = ProjectView(self.ws, self)
        self.stack.addWidget(self.pv.view)
        self.stack.setCurrentWidget(self.pv.view)
        if not self.restoreState(self.settings.get(WINDOW_STATE)):
            width, height = self.width(), self.height()  # on a small screen the text keeps half the width
            self.resizeDocks([self.pv.navigator, self.pv.codebook], [min(330, width * 23 // 100),
                                                                     min(360, width * 27 // 100)],
                             Qt.Orientation.Horizontal)
            self.resizeDocks([self.pv.segments], [min(230, height * 26 // 100)], Qt.Orientation.Vertical)
        self.toolbar.setVisible(True)
        self.acts["show_others"].setChecked(self.ws.show_other_coders)
        for key in ("import", "close", "find", "find_all", "coders", "add_coder"):
            self.acts[key].setEnabled(True)
        for feature in self.features:
            feature.attach(self.pv)
        self.toolbar.set_workspace(self.ws)
        self._rebuild_menus()
        self._update_title()
        first = next(iter(self.pv.navigator.model.transcripts), None)
        if first is not None:
            self.pv.open_transcript(first)
        self.pv.view.setFocus()
        migrated = f" (upgraded from schema {project.migrated_from})" if project.migrated_from else ""
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", str(project.path)) + migrated, 8000)

    def close_project(self) -> None:
        if self.project is None:
            return
        self.settings.set(WINDOW_STATE, self.saveState())
        assert self.pv is not None and self.ws is not None
        for feature in self.features:
            feature.detach()
        self.stack.removeWidget(self.pv.view)
        self.pv.dispose()
        self.ws.deleteLater()
        self.project.close()
        self.project, self.ws, self.pv = None, None, None
        self.toolbar.set_workspace(None)
        self._show_start()

    def ask_new_project(self) -> None:
        dialog = NewProjectDialog(self)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        dialog.path.setText(str(Path(documents) / self.tr("my-project.kodeverk")))
        if dialog.exec():
            path, template = dialog.chosen()
            if path:
                self.new_project(path, template)

    def ask_open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "",
                                              self.tr("Kodeverk projects (*.kodeverk);;All files (*)"))
        if path:
            self.open_project(path)

    def sample_path(self) -> Path:
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        return folder / SAMPLE_NAME

    def open_sample(self) -> None:
        """Open the sample project, building it first (off the UI thread) if needed."""
        path = self.sample_path()
        if path.exists():
            self.open_project(str(path))
            return
        if self.sample_op is not None and not self.sample_op.done:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self.statusBar().showMessage(self.tr("Building the sample project…"))
        self.acts["sample"].setEnabled(False)
        self.start.sample_button.setEnabled(False)

        def finished(_result: object) -> None:
            self._sample_done()
            self.open_project(str(path))

        def failed(error: BaseException) -> None:
            self._sample_done()
            QMessageBox.warning(self, self.tr("Cannot build the sample project"), describe(error))

        self.sample_op = BackgroundOp(lambda: build_sample(path)).on_success(finished).on_failure(failed).start()

    def _sample_done(self) -> None:
        self.acts["sample"].setEnabled(True)
        self.start.sample_button.setEnabled(True)
        self.statusBar().clearMessage()

    # -- other actions -------------------------------------------------------------------

    def import_files(self) -> None:
        if self.ws is None:
            return
        from ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.ws.project, self, self.settings)
        dialog.exec()
        if dialog.imported_any:
            self.ws.reload()

    def _search(self, scope: int) -> None:
        if self.pv is not None:
            selected = self.pv.view.textCursor().selectedText()
            self.pv.search.start(scope, selected if 0 < len(selected) < 80 else "")

    def ask_add_coder(self) -> None:
        if self.ws is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Add coder"), self.tr("Name of the coder:"))
        if ok and name.strip():
            self.ws.add_coder(name)

    def edit_coders(self) -> None:
        if self.ws is None:
            return
        from ui.coders_dialog import CodersDialog

        dialog = CodersDialog(self.ws, self)
        dialog.exec()
        dialog.deleteLater()

    def set_snap(self, on: bool) -> None:
        self.settings.set(SNAP_TO_WORDS, on)
        if self.pv is not None:
            self.pv.view.snap_to_words = on

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            language, snap = dialog.values()
            self.apply_settings(language, snap)

    def apply_settings(self, language: str, snap: bool) -> None:
        self.acts["snap"].setChecked(snap)
        self.set_snap(snap)
        if language != self.settings.get(LANGUAGE):
            self.settings.set(LANGUAGE, language)
            set_language(language)  # every widget re-translates on LanguageChange

    def about(self) -> None:
        from kodeverk import __version__

        QMessageBox.about(self, self.tr("About Kodeverk"),
                          self.tr("Kodeverk %1: qualitative coding of interview transcripts.").replace(
                              "%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.close_project()
        super().closeEvent(event)
