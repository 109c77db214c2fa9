"""Features that plug into the main window: menus and docks that come and go with the project.

Each module ``ui/feature_*.py`` defines ``FEATURE``, a :class:`Feature` subclass.
The main window finds them all, builds one of each, and tells them when a project
is opened (:meth:`Feature.attach`), closed (:meth:`Feature.detach`) and when the
language changes (:meth:`Feature.retranslate_ui`). A feature puts its actions in
the window's menus through :meth:`Feature.add_action`; actions registered as
needing a project are disabled while none is open.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.project_view import ProjectView

# Places a feature can put its actions (see MainWindow._build_menus)
FILE_IMPORT = "file_import"      # File, after "Import transcripts…"
FILE_EXPORT = "file_export"      # File → Export ▸
FILE_TEAM = "file_team"          # File, the coder-copy / merge section
PROJECT = "project"              # Project menu (transcripts, guides, informants, coders)
ANALYSIS = "analysis"            # Analysis menu (retrieve, compare coders)

DialogT = TypeVar("DialogT", bound=QDialog)


class Feature(QObject):
    """A piece of the app with its own actions; subclasses override the hooks they need."""

    order = 100  # lower comes first within a menu section

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.pv: ProjectView | None = None
        self.dialog: QDialog | None = None  # the feature's dialog on screen (one at a time)
        self._needs_project: list[QAction] = []

    def add_action(self, place: str, slot, *, needs_project: bool = True, shortcut: str | None = None) -> QAction:
        """A new action in the window's menu ``place``, calling ``slot`` when triggered."""
        action = QAction(self.window)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            action.setShortcut(shortcut)
        self.window.place_action(place, action)
        if needs_project:
            self._needs_project.append(action)
            action.setEnabled(self.window.project is not None)
        return action

    def add_menu(self, place: str) -> QMenu:
        """A submenu in ``place`` (its title set in :meth:`retranslate_ui`)."""
        menu = QMenu(self.window)
        self.window.place_action(place, menu.menuAction())
        return menu

    def show_dialog(self, dialog: DialogT, *, modal: bool = False) -> DialogT:
        """Show ``dialog`` as this feature's dialog, closing and freeing the one before it."""
        if self.dialog is not None and self.dialog is not dialog:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open() if modal else dialog.show()
        return dialog

    # -- hooks ---------------------------------------------------------------------------

    def attach(self, pv: ProjectView) -> None:
        """A project is open: ``pv`` holds its workspace (``pv.ws``), docks and transcript view."""
        self.pv = pv
        for action in self._needs_project:
            action.setEnabled(True)

    def detach(self) -> None:
        """The project is about to close."""
        self.pv = None
        for action in self._needs_project:
            action.setEnabled(False)

    def retranslate_ui(self) -> None:
        """Set the texts of this feature's actions (called at start and when the language changes)."""


def discover() -> list[type[Feature]]:
    """Every ``FEATURE`` in the ``ui.feature_*`` modules, by ``order``."""
    import ui

    found: list[type[Feature]] = []
    for info in sorted(pkgutil.iter_modules(ui.__path__), key=lambda i: i.name):
        if info.name.startswith("feature_"):
            module = importlib.import_module(f"ui.{info.name}")
            found.append(module.FEATURE)
    return sorted(found, key=lambda cls: cls.order)
