"""Retrieval and exports: Analysis → Retrieve…, File → Export → Word / table, Project → Names to mask…"""

from __future__ import annotations

from PySide6.QtCore import Qt

from kodeverk.retrieval.query import Excerpt
from ui.export_dialog import TABLE, WORD, ExportDialog
from ui.features import ANALYSIS, FILE_EXPORT, PROJECT, Feature
from ui.names_dialog import NamesDialog
from ui.ops import db_pool
from ui.project_view import ProjectView
from ui.retrieve_panel import RetrieveDock
from ui.settings import LANGUAGE


class RetrieveFeature(Feature):
    """The Retrieve dock (built on first use) and the export and name-list dialogs."""

    order = 10

    def __init__(self, window):
        super().__init__(window)
        self.dock: RetrieveDock | None = None
        self.dialog: ExportDialog | None = None
        self.retrieve_action = self.add_action(ANALYSIS, self.show_retrieve, shortcut="Ctrl+Shift+R")
        self.word_action = self.add_action(FILE_EXPORT, lambda: self.show_export(WORD))
        self.table_action = self.add_action(FILE_EXPORT, lambda: self.show_export(TABLE))
        self.names_action = self.add_action(PROJECT, self.show_names)

    def retranslate_ui(self) -> None:
        self.retrieve_action.setText(self.tr("&Retrieve…"))
        self.retrieve_action.setToolTip(self.tr("Find coded excerpts by code, group, phase, informant, coder, "
                                                "text or date; matrices and co-occurrence"))
        self.word_action.setText(self.tr("Coded excerpts to &Word…"))
        self.table_action.setText(self.tr("&Table (XLSX/CSV)…"))
        self.names_action.setText(self.tr("&Names to mask…"))
        self.names_action.setToolTip(self.tr("The real names replaced by [navn] in every export"))

    def detach(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()  # cancels a running export …
            db_pool().waitForDone(10000)  # … which stops at its next quote: let it end before the project closes
            self.dialog.deleteLater()
            self.dialog = None
        if self.dock is not None:
            if self.dock.running:
                self.dock.cancel()  # stops at its next check …
                db_pool().waitForDone(10000)  # … before the project closes under it
            self.window.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        super().detach()

    # -- retrieve -----------------------------------------------------------------------------

    def show_retrieve(self) -> RetrieveDock | None:
        pv = self.pv
        if pv is None:
            return None
        if self.dock is None:
            self.dock = RetrieveDock(pv.ws, self.window)
            self.dock.excerpt_chosen.connect(self.jump)
            self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
            self.window.tabifyDockWidget(pv.segments, self.dock)
        self.dock.show()
        self.dock.raise_()
        self.dock.fit_height()  # a short bottom area grows so that the filters show without scrolling
        self.dock.form.codes.setFocus()
        return self.dock

    # -- dialogs --------------------------------------------------------------------------------

    def show_export(self, kind: str) -> ExportDialog | None:
        """Open the export dialog (non-modal, so the user can keep reading while it works)."""
        pv = self.pv
        if pv is None:
            return None
        return self.show_dialog(ExportDialog(pv.ws.project, pv.ws.codebook, kind, pv.ws.settings.get(LANGUAGE),
                                             self.window, pv.ws.settings))

    def show_names(self) -> NamesDialog | None:
        pv = self.pv
        if pv is None:
            return None
        dialog = NamesDialog(pv.ws.project, self.window)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def jump(self, excerpt: Excerpt) -> None:
        """Open the excerpt's transcript with the coded span selected."""
        pv: ProjectView | None = self.pv
        if pv is None:
            return
        pv.open_transcript(excerpt.transcript_id)
        pv.view.select_span(excerpt.start, excerpt.end)
        pv.view.setFocus()


FEATURE = RetrieveFeature
