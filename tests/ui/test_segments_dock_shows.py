"""The coded segments dock shows, cell by cell, what the core lists for a code or a transcript."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kodeverk.services.transcripts import list_transcripts
from tests.ui.conftest import save_shot
from ui import undo_commands as cmd
from ui.table_model import RowRole


def _shown(pv) -> list[tuple]:
    """Every cell as the user sees it: text, tooltip, and which cells carry a colour swatch."""
    model = pv.segments.model
    rows = []
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        rows.append((tuple(model.index(r, c).data() for c in range(model.columnCount())),
                     index.data(Qt.ItemDataRole.ToolTipRole),
                     tuple(model.index(r, c).data(Qt.ItemDataRole.DecorationRole) is not None
                           for c in range(model.columnCount()))))
    return rows


def _digest(rows: list[tuple]) -> str:
    return hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()


def _transcript_id(ws, name: str) -> int:
    return next(t.id for t in list_transcripts(ws.project) if t.name == name)


HEADERS = ["Code", "Coder", "Transcript", "Informant", "Phase", "Text"]
SWATCHES = (True, True, False, False, False, False)  # code and coder colours


def test_dock_shows_a_codes_segments_cell_by_cell(qtbot, window) -> None:
    pv, ws = window.pv, window.ws
    pv.codebook.select_code(ws.codebook.resolve("Mandatet").id)
    QApplication.processEvents()
    model = pv.segments.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == HEADERS
    assert pv.segments.caption.text() == "35 segment(s) coded with “Organisering/Mandatet” (with sub-codes)"
    shown = _shown(pv)
    cells, tip, swatches = shown[0]
    assert cells[:5] == ("Mandatet", "Ingrid", "Oppstart KUBU – departementsråd BFD", "K1-01", "Fase 1")
    assert cells[5].startswith("Ja, vi vedtok et mandat i juni i fjor.") and cells[5].endswith("Men det sier ikk…")
    assert len(cells[5]) == 301
    assert tip.startswith("Organisering/Mandatet\nIngrid · Oppstart KUBU – departementsråd BFD\n\nJa, vi vedtok")
    assert tip.endswith("for vi ville ikke låse oss for tidlig.") and swatches == SWATCHES
    assert [row[0][1] for row in shown[:2]] == ["Ingrid", "Jonas"]
    assert all(row[2] == SWATCHES for row in shown)
    assert len(shown) == 35 and _digest(shown) == "2033e426ad21b2c87af4ad15ab8de2d4c582990a3146735ff06f0cee18d3a02c"


def test_dock_shows_a_transcripts_segments_with_memos(qtbot, window) -> None:
    pv, ws = window.pv, window.ws
    pv.open_transcript(_transcript_id(ws, "Slutt Klima og VA – departementsråd KDD"))
    pv.segments.show_code(None)
    QApplication.processEvents()
    assert pv.segments.caption.text() == "60 segment(s) in this transcript; choose a code to see its segments"
    shown = _shown(pv)
    cells, tip, _ = shown[0]
    assert cells[:5] == ("Hvor gjenstridig er problemet?", "Ingrid", "Slutt Klima og VA – departementsråd KDD",
                         "K3-07", "Fase 3")
    assert tip.startswith("Kjennetegn ved problemet/Hvor gjenstridig er problemet?\n"
                          "Ingrid · Slutt Klima og VA – departementsråd KDD\n"
                          "Memo: Klima: gjenstridig pga. interessekonflikter\n\nJa, altså,")
    assert "Memo:" not in shown[1][1]
    assert len(shown) == 60 and _digest(shown) == "09b8842c35b832538a2041e1d2edc65c5f03b21002b0f376d7da73b5c104e5a4"
    save_shot(window, "segments_dock_transcript")


def test_a_new_coding_shows_as_a_reload_would_show_it(qtbot, window) -> None:
    """The row made for a new coding from its neighbours reads exactly like the core's row for it."""
    pv, ws = window.pv, window.ws
    view = pv.view
    pv.codebook.select_code(ws.codebook.resolve("Samordningstrappen").id)
    QApplication.processEvents()
    before = _shown(pv)
    child = ws.codebook.resolve("Trinn 3: Unngå å svekke hverandres måloppnåelse")
    text = view.text
    start = text.index(" ", len(text) // 2) + 1
    end = text.index(" ", start + 30)
    assert ws.execute(cmd.AddCoding(ws, view.transcript_id, child, ws.current_coder_id, start, end))
    added = _shown(pv)
    assert len(added) == len(before) + 1
    new = next(r for r in pv.segments.model.rows if (r.start, r.end, r.code_id) == (start, end, child.id))
    assert new.text == text[start:end]
    pv.segments.reload()
    assert _shown(pv) == added
    assert pv.segments.table.model().index(0, 0).data(RowRole) is pv.segments.model.rows[0]
    ws.undo_stack.undo()
    assert _shown(pv) == before
