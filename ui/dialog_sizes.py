"""Dialogs at a usable size: Qt's prompts open wide enough to read and type in; big dialogs keep their size.

``QInputDialog.getText`` and friends open about 200 pixels wide, too narrow for a
code's path or a memo, and the multi-line prompt does not wrap its lines. One
application-wide event filter (:func:`install`) widens each input dialog as it is
shown, wherever in the app it comes from, and wraps the multi-line text.
:func:`remember_geometry` lets a large dialog open as the user last left it, and
:func:`remember_splitter` its panes.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QDialog, QInputDialog, QPlainTextEdit, QSplitter

from ui.settings import Setting, Settings

MIN_WIDTH = 440             # a one-line prompt: a long code name fits
MULTI_LINE_SIZE = (560, 360)  # a memo or a description: a paragraph in view


class DialogSizer(QObject):
    """Widens input dialogs the first time each is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QInputDialog) \
                and not watched.property("kodeverk_sized"):
            fit(watched)
        return False


def fit(dialog: QInputDialog) -> None:
    """Give ``dialog`` a readable size (and a wrapping text box when it asks for several lines)."""
    dialog.setProperty("kodeverk_sized", True)
    dialog.setMinimumWidth(MIN_WIDTH)
    editor = dialog.findChild(QPlainTextEdit)
    if editor is not None and editor.isVisibleTo(dialog):
        editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        dialog.resize(max(dialog.width(), MULTI_LINE_SIZE[0]), max(dialog.height(), MULTI_LINE_SIZE[1]))
    elif dialog.width() < MIN_WIDTH:
        dialog.resize(MIN_WIDTH, dialog.height())


_sizer: DialogSizer | None = None


def install() -> None:
    """Install the filter in the running application (once; later calls do nothing)."""
    global _sizer
    app = QCoreApplication.instance()
    if app is None or _sizer is not None:
        return
    _sizer = DialogSizer(app)
    app.installEventFilter(_sizer)


def remember_geometry(dialog: QDialog, settings: Settings, name: str) -> None:
    """Open ``dialog`` at the size and place it had when last closed (kept in ``settings`` under ``name``)."""
    setting = Setting(f"dialogs/{name}/geometry", QByteArray, QByteArray())
    saved = settings.get(setting)
    if not saved.isEmpty():
        dialog.restoreGeometry(saved)
    dialog.finished.connect(lambda _result: settings.set(setting, dialog.saveGeometry()))


def remember_splitter(dialog: QDialog, splitter: QSplitter, settings: Settings, name: str) -> None:
    """Give ``splitter`` the panes' sizes it had when ``dialog`` last closed (kept in ``settings`` under ``name``)."""
    setting = Setting(f"dialogs/{name}/splitter", QByteArray, QByteArray())
    saved = settings.get(setting)
    if not saved.isEmpty():
        splitter.restoreState(saved)
    dialog.finished.connect(lambda _result: settings.set(setting, splitter.saveState()))
