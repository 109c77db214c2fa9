"""The REFI-QDA import report and the core's counted messages in the bokmål app.

Every line of the report is shown through ``describe`` (one row each, in a list model), so the bokmål
app says "UTELATT: … 2 kodinger utelatt" where the command line says "LEFT OUT: … 2 coding(s) left out";
a count takes the catalogue's singular or plural form ("1 koding" / "3 kodinger").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester

from kodeverk.errors import ConflictError
from kodeverk.messages import QT_TRANSLATE_NOOP, Message, joined
from kodeverk.refi.importer import import_qdpx
from tests.core.test_refi_messages import _kitchen_sink
from tests.ui.conftest import save_shot
from ui.error_text import describe
from ui.i18n import set_language
from ui.refi_report_model import KindRole, RefiReportModel


@pytest.fixture()
def bokmal(qapp):
    set_language("nb")
    yield
    set_language("en")


def _coding(n: int) -> Message:
    return Message(QT_TRANSLATE_NOOP("CoreMessages", "%n coding(s)", None, 1), n=n)


def test_counts_take_the_singular_or_the_plural_in_bokmal(bokmal) -> None:
    assert describe(_coding(1)) == "1 koding"
    assert describe(_coding(3)) == "3 kodinger"
    assert describe(_coding(0)) == "0 kodinger"
    lost = Message(QT_TRANSLATE_NOOP("CoreMessages", "%n lost coding(s)", None, 1), n=1)
    memos = Message(QT_TRANSLATE_NOOP("CoreMessages", "%n memo(s)", None, 1), n=2)
    refused = ConflictError(Message(QT_TRANSLATE_NOOP("CoreMessages", "coder {coder!r} has {owned}; only a coder with none can be removed"),
                                    coder="Åse 😀", owned=joined(", ", [_coding(1), lost, memos])))
    assert str(refused) == "coder 'Åse 😀' has 1 coding(s), 1 lost coding(s), 2 memo(s); only a coder with none can be removed"
    assert describe(refused).startswith("koderen 'Åse 😀' har 1 koding, 1 tapt koding, 2 notater;")


def test_a_count_inside_a_longer_sentence(bokmal) -> None:
    where = Message(QT_TRANSLATE_NOOP("CoreMessages", "{source}, selection [{start}, {end})"),
                    source=Message(QT_TRANSLATE_NOOP("CoreMessages", "source {name!r}"), name="Intervju é"), start=3, end=9)
    one = Message(QT_TRANSLATE_NOOP("CoreMessages", "{where}: outside the source's text (0–{length}); %n coding(s) left out", None, 1),
                  where=where, length=5, n=1)
    two = Message(one.template, where=where, length=5, n=2)
    assert describe(one) == "kilden 'Intervju é', utvalget [3, 9): utenfor kildens tekst (0–5); 1 koding utelatt"
    assert describe(two) == "kilden 'Intervju é', utvalget [3, 9): utenfor kildens tekst (0–5); 2 kodinger utelatt"
    occurs = Message(QT_TRANSLATE_NOOP("CoreMessages", "occurrence {occurrence} asked for, but the passage occurs %n time(s)", None, 1),
                     occurrence=3, n=1)
    assert describe(occurs) == "forekomst 3 er valgt, men passasjen forekommer 1 gang"


def test_in_english_the_app_shows_the_command_lines_text(qapp) -> None:
    set_language("en")
    try:
        assert describe(_coding(1)) == "1 coding(s)" and describe(_coding(3)) == "3 coding(s)"
    finally:
        set_language("en")


def test_a_translation_that_lost_a_field_falls_back_to_the_english_with_its_count(bokmal, monkeypatch) -> None:
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(lambda *_args: "{where} mangler"))
    assert describe(_coding(2)) == "2 coding(s)"
    one = Message(QT_TRANSLATE_NOOP("CoreMessages", "{where}: zero-length selection skipped"), where="x")
    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(lambda *_args: "{hvor}: hoppet over"))
    assert describe(one) == "x: zero-length selection skipped"
    counted = Message(QT_TRANSLATE_NOOP("CoreMessages", "{source}: has no text; its %n coding selection(s) left out", None, 1),
                      source="A", n=2)
    assert describe(counted) == "A: has no text; its 2 coding selection(s) left out"


def test_the_report_model_shows_each_line_in_bokmal_and_switches_back(qapp, tmp_path: Path) -> None:
    report = import_qdpx(_kitchen_sink(tmp_path), tmp_path / "p.kodeverk")
    model = RefiReportModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_report(report)
    assert model.rowCount() == len(report.lines())
    assert model.texts() == report.lines()  # English: exactly what the command line prints (with no catalogue)
    changed = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    set_language("nb")
    try:
        model.retranslate()
        assert changed
        texts = model.texts()
        kinds = [model.index(row).data(KindRole) for row in range(model.rowCount())]
        assert kinds == model.kinds() and kinds.count("left out") == len(report.left_out)
        left_out = [t for t, k in zip(texts, kinds) if k == "left out"]
        assert all(t.startswith("  UTELATT: ") for t in left_out)
        assert not any("LEFT OUT" in t or "warning:" in t for t in texts)
        assert texts[0] == (f"import av {tmp_path / 'benk.qdpx'} til det nye prosjektet {tmp_path / 'p.kodeverk'} "
                            "(fra NVivo 14)")
        assert "    Intervju 1 (2)" in texts  # a name is shown as it is
        assert ("  UTELATT: kilden 'Intervju 1' (linje 38), utvalget [3, 999) på linje 59: utenfor kildens tekst "
                "(0–61); 2 kodinger utelatt") in texts
        assert "  UTELATT: nettverket 'Modell' (linje 142) med 1 node og 0 kanter; Kodeverk har ikke nettverksvisninger" \
            in texts
        assert ("  UTELATT: settet 'Gruppe X' (linje 135): 2 medlemmer som er koder eller notater (Kodeverk tar bare "
                "vare på sett av transkripter, som faser og grupper)") in texts
        assert ("  UTELATT: kilden 'Borte' (linje 84): tekstfila 'internal://borte.txt' finnes ikke i arkivet; "
                "1 kodet utvalg er utelatt") in texts
        assert "  advarsel: transkriptet 'Intervju 1' er i to faser i fila; den første er beholdt" in texts
        assert "  kodinger lagt til: 2 (Bjørn 1, Åse 1); duplikater hoppet over: 0" in texts
        left_out_brush = model.index(kinds.index("left out")).data(Qt.ItemDataRole.ForegroundRole)
        assert left_out_brush is not None and model.index(1).data(Qt.ItemDataRole.ForegroundRole) is None
    finally:
        set_language("en")
    model.retranslate()
    assert model.texts() == report.lines()


def _feature(window):
    return next(f for f in window.features if type(f).__name__ == "RefiFeature")


def test_the_import_dialog_lists_the_report_in_bokmal(qtbot, window, tmp_path: Path, bokmal) -> None:
    feature = _feature(window)
    feature.import_action.trigger()
    dialog = feature.dialog
    assert dialog.report_stack.currentWidget() is dialog.report_hint
    dialog.set_source(str(_kitchen_sink(tmp_path)))
    dialog.into_new.setChecked(True)
    dialog.target.setText(str(tmp_path / "fra benk 😀.kodeverk"))
    qtbot.mouseClick(dialog.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert dialog.report_stack.currentWidget() is dialog.report_view
    texts = dialog.report_model.texts()
    assert len(texts) == len(dialog.report.lines()) and texts[1] == "  transkripter lagt til: 4"
    left_out = len(dialog.report.left_out)
    assert sum(t.startswith("  UTELATT: ") for t in texts) == left_out > 10
    assert str(left_out) in dialog.note.text() and "UTELATT" in dialog.note.text()
    dialog.resize(900, 560)
    save_shot(dialog, "refi-import-report-nb")
    # Ctrl+C on the list copies the selected lines as shown (all of them when none is selected)
    view = dialog.report_view
    view.setFocus()
    view.selectionModel().clearSelection()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "\n".join(texts)
    view.setCurrentIndex(dialog.report_model.index(1))
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "  transkripter lagt til: 4"
    # a second import starts from the hint again, then shows its own report
    dialog.set_source(str(tmp_path / "finnes ikke.qdpx"))
    dialog.target.setText(str(tmp_path / "ny.kodeverk"))
    op = dialog.start_import()
    assert dialog.report_stack.currentWidget() is dialog.report_hint and dialog.report_model.rowCount() == 0
    qtbot.waitUntil(lambda: op.done, timeout=20000)
    assert "finnes ikke.qdpx" in dialog.note.text()
