"""Every word the revision, lost-codings and erase windows show goes through Qt's translation: with a translator
that marks what it translates installed, no line of their texts is left unmarked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from kodeverk.revision.service import LOST_GONE, CodingMove, RevisionReport
from ui.feature_revision import RevisionFeature
from ui.lost_dialog import LostCodingsDialog
from ui.revision_dialogs import EditTextDialog, RevisionReportDialog
from ui.revision_erase import EraseDialog
from ui.revision_structure import StructureDialog
from ui.revision_texts import lost_reason

MARK = "¤"
CONTEXTS = {"RevisionTexts", "EraseDialog", "RevisionReportDialog", "EditTextDialog", "MovesModel",
            "LostCodingsDialog", "LostModel", "StructureDialog", "MatchesModel", "UnmatchedModel",
            "RevisionFeature", "LostCommands", "RevisionCommands"}


class Marking(QTranslator):
    """Translates every text of our contexts to itself with a mark in front."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[str] = set()

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        if context in CONTEXTS:
            self.seen.add(context)
            text = MARK + source
            return text.replace("%n", str(n)) if n >= 0 else text
        return None


def _marked_lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip() and not line.strip().startswith(MARK)]


def test_every_text_is_translated(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    try:
        feature = next(f for f in window.features if isinstance(f, RevisionFeature))
        feature.retranslate_ui()
        for action in (feature.replace_action, feature.edit_action, feature.lost_action, feature.structure_action,
                       feature.erase_action):
            assert action.text().startswith(MARK)
        # the erase listing: every line, not only the title
        erase = EraseDialog(window.ws, window)
        qtbot.addWidget(erase)
        erase.informant.setCurrentText("K3-07")
        listing = erase.details.toPlainText()
        assert "K3-07" in listing and _marked_lines(listing) == []
        # the revision report's summary, a lost coding's reason, the lost list's buttons and headers
        move = CodingMove(1, 1, "A/B", "Ingrid", "lost", 0, 5, "Hei 👍", None, None, None, 0.0, LOST_GONE)
        report = RevisionReportDialog(RevisionReport("T", 1, 10, 8, 0.8, (move,)), window)
        qtbot.addWidget(report)
        assert report.summary.text().startswith(MARK) and report.windowTitle().startswith(MARK)
        assert report.model.index(0, 4).data() == lost_reason(LOST_GONE) and lost_reason(LOST_GONE).startswith(MARK)
        assert report.model.index(0, 0).data().startswith(MARK)
        lost = LostCodingsDialog(window.pv, window)
        qtbot.addWidget(lost)
        edit = EditTextDialog("T", "tekst", window)
        qtbot.addWidget(edit)
        structure = StructureDialog(window.ws, None, window)
        qtbot.addWidget(structure)
        QApplication.processEvents()
        for dialog in (lost, edit, structure, report, erase):
            assert dialog.windowTitle().startswith(MARK)
            for widget in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton):
                if widget.text():
                    assert _marked_lines(widget.text()) == [], (type(dialog).__name__, widget.text())
            for model in [c for c in (getattr(dialog, "model", None),) if c is not None]:
                for column in range(model.columnCount()):
                    assert model.headerData(column, Qt.Orientation.Horizontal).startswith(MARK)
        lost.close()
    finally:
        QCoreApplication.removeTranslator(translator)
