"""Starting the desktop app: ``kodeverk`` or ``kodeverk gui [PROJECT]``."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui.i18n import set_language
from ui.main_window import MainWindow
from ui.settings import LANGUAGE, Settings


def make_settings() -> Settings:
    return Settings(QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Kodeverk", "Kodeverk"))


def run(project_path: str | None = None) -> int:
    """Open the main window (with ``project_path`` if given) and run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("Kodeverk")
    app.setApplicationName("Kodeverk")
    app.setApplicationDisplayName("Kodeverk")
    settings = make_settings()
    set_language(settings.get(LANGUAGE))
    window = MainWindow(settings)
    window.show()
    if project_path:
        window.open_project(project_path)
    return app.exec()
