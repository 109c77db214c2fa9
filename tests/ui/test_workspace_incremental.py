"""A coding added or removed changes only its own highlight, stripe, counts and segment row — and all of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication

from kodeverk.retrieval import RetrievalQuery, retrieve
from kodeverk.services.codebook_view import codebook_with_counts
from kodeverk.services.transcripts import list_transcripts
from ui import undo_commands as cmd
from ui.tree_model import IdRole

Mode = QAbstractItemModelTester.FailureReportingMode


def _uncoded_passage(view, length: int = 40) -> tuple[int, int]:
    """A stretch of words no coding touches."""
    covered = [False] * len(view.text)
    for c in view.codings:
        covered[c.start:c.end] = [True] * (c.end - c.start)
    for start in range(0, len(view.text) - length):
        if view.text[start].isalpha() and (start == 0 or view.text[start - 1] == " ") \
                and not any(covered[start:start + length]) and "\n" not in view.text[start:start + length]:
            end = view.text.rindex(" ", start, start + length)
            return start, end
    raise AssertionError("no uncoded passage")


def _counts(ws, transcript_id):
    """The counts the core gives: {code id: (here, total)} and {transcript id: codings}."""
    here, total = {}, {}

    def collect(items, into):
        for item in items:
            into[item["id"]] = item["total"]
            collect(item["children"], into)

    collect(codebook_with_counts(ws.project, transcript_id), here)
    collect(codebook_with_counts(ws.project), total)
    return {k: (here.get(k, 0), total[k]) for k in total}, {t.id: t.codings for t in list_transcripts(ws.project)}


def _shown_counts(pv):
    model = pv.codebook.model
    codes = {}
    stack = list(model.root.children)
    while stack:
        node = stack.pop()
        codes[node.id] = (node.values["here"], node.values["total"])
        stack.extend(node.children)
    navigator = {}
    for transcript_id in pv.navigator.model.transcripts:
        nodes = pv.navigator.model.nodes("transcript", transcript_id)
        assert len({n.values["codings"] for n in nodes}) == 1  # the same under each of its groups
        navigator[transcript_id] = nodes[0].values["codings"]
    return codes, navigator


def _phase_sums_agree(pv):
    for phase in pv.navigator.model.root.children:
        transcripts = {n.id: n.values["codings"] for g in phase.children for n in g.children}
        assert phase.values["codings"] == sum(transcripts.values())
        for group in phase.children:
            assert group.values["codings"] == sum(n.values["codings"] for n in group.children)


@pytest.fixture()
def watched(window):
    """The live models under the model tester; counts of model resets (there should be none)."""
    pv = window.pv
    testers = [QAbstractItemModelTester(m, Mode.Fatal, window)
               for m in (pv.codebook.model, pv.navigator.model, pv.navigator.proxy, pv.segments.model)]
    resets = {"n": 0}
    for model in (pv.codebook.model, pv.navigator.model, pv.segments.model):
        model.modelReset.connect(lambda: resets.__setitem__("n", resets["n"] + 1))
    yield resets
    del testers


def test_coding_changes_only_its_own_rows_and_counts(qtbot, window, watched):
    pv, ws = window.pv, window.ws
    view = pv.view
    transcript_id = view.transcript_id
    start, end = _uncoded_passage(view)
    code = ws.codebook.resolve("Trinn 2: Utvikle felles problemforståelse")
    rows_before = [r.coding_id for r in pv.segments.model.rows]
    view.select_span(start, end)
    pv.codebook.select_code(code.id)
    pv.segments.show_code(None)  # the transcript's segments
    watched["n"] = 0
    pv.coding.actions["code_current"].trigger()
    new = next(c for c in view.codings if (c.start, c.end, c.code_id) == (start, end, code.id))
    QApplication.processEvents()
    assert watched["n"] == 0, "a coding must not reload whole models"
    # the highlight and the stripe lane of the new coding
    assert view.highlights_at(start + 1)
    assert view.lanes.get(new.id, -1) >= 0
    assert all(view.lanes[new.id] != view.lanes[c.id] for c in view.codings
               if c.id != new.id and c.start < new.end and new.start < c.end)
    # the counts are what the core says, up the code tree and the navigator
    assert _shown_counts(pv) == _counts(ws, transcript_id)
    _phase_sums_agree(pv)
    # one row more in the segments table, in the core's order
    rows = [r.coding_id for r in pv.segments.model.rows]
    assert len(rows) == len(rows_before) + 1 and new.id in rows
    assert rows == [s.coding_id for s in retrieve(ws.project, RetrievalQuery(transcript_ids=[transcript_id]))]
    assert pv.segments.model.rows[rows.index(new.id)].text == view.text[start:end]

    ws.undo_stack.undo()
    assert new.id not in view.by_id and not view.highlights_at(start + 1)
    assert [r.coding_id for r in pv.segments.model.rows] == rows_before
    assert _shown_counts(pv) == _counts(ws, transcript_id)
    ws.undo_stack.redo()
    assert new.id in view.by_id and view.highlights_at(start + 1)
    assert _shown_counts(pv) == _counts(ws, transcript_id)
    _phase_sums_agree(pv)
    assert watched["n"] == 0


def test_segments_of_a_code_get_the_new_row_in_place(qtbot, window, watched):
    pv, ws = window.pv, window.ws
    view = pv.view
    parent = ws.codebook.resolve("Samordningstrappen")
    child = ws.codebook.resolve("Trinn 3: Unngå å svekke hverandres måloppnåelse")
    pv.codebook.select_code(parent.id)
    assert pv.segments.code_id == parent.id
    watched["n"] = 0
    start, end = _uncoded_passage(view)
    assert ws.execute(cmd.AddCoding(ws, view.transcript_id, child, ws.current_coder_id, start, end))
    expected = [s.coding_id for s in retrieve(ws.project, RetrievalQuery(code_ids=[parent.id]))]
    assert [r.coding_id for r in pv.segments.model.rows] == expected
    assert str(len(expected)) in pv.segments.caption.text()
    # a coding in another transcript, with a code outside the selection: no row here
    other = next(t for t in pv.navigator.model.transcripts if t != view.transcript_id)
    outside = ws.codebook.resolve("Mandatet")
    assert ws.execute(cmd.AddCoding(ws, other, outside, ws.current_coder_id, 0, 5))
    assert [r.coding_id for r in pv.segments.model.rows] == expected
    assert _shown_counts(pv) == _counts(ws, view.transcript_id)
    ws.undo_stack.undo()
    ws.undo_stack.undo()
    assert _shown_counts(pv) == _counts(ws, view.transcript_id)
    assert watched["n"] == 0


def test_hidden_coders_codings_stay_hidden_but_count(qtbot, window):
    pv, ws = window.pv, window.ws
    view = pv.view
    other = next(c for c in ws.coders if c.id != ws.current_coder_id)
    window.acts["show_others"].trigger()  # hide the other coders
    assert not ws.show_other_coders
    assert all(c.coder_id == ws.current_coder_id for c in view.codings)
    start, end = _uncoded_passage(view)
    code = ws.codebook.resolve("Mandatet")
    add = cmd.AddCoding(ws, view.transcript_id, code, other.id, start, end)
    assert ws.execute(add)
    assert add.info.id not in view.by_id
    assert _shown_counts(pv) == _counts(ws, view.transcript_id)
    window.acts["show_others"].trigger()
    assert add.info.id in view.by_id


def test_highlights_follow_the_scrolling(qtbot, window):
    view = window.pv.view
    last = max(view.codings, key=lambda c: c.start)
    first = min(view.codings, key=lambda c: c.start)
    view.select_span(first.start, first.start)
    QApplication.processEvents()
    assert view.highlights_at(first.start)
    assert not view.highlights_at(last.start) or last.start - first.start < 5000
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    QApplication.processEvents()
    assert view.highlights_at(last.start)
    # the stripes show the codings in view
    view.stripes.repaint()
    assert last.id in {b.coding_id for b in view.stripes.bars}
    low, high = view.visible_range()
    assert low <= last.start <= high or last.end >= low


def test_codebook_change_still_reloads(qtbot, window):
    pv, ws = window.pv, window.ws
    code = ws.codebook.resolve("Mandatet")
    assert ws.execute(cmd.RecolourCode(ws, code.id, "#102030"))
    index = pv.codebook.model.find("code", code.id)
    assert index.data(IdRole) == code.id
    assert pv.codebook.model.node(index).values["colour"] == "#102030"
    shown = [c for c in pv.view.codings if c.code_id == code.id]
    if shown:
        pv.view.select_span(shown[0].start, shown[0].start)
        QApplication.processEvents()
        background = pv.view.highlights_at(shown[0].start)[0].format.background().color()
        assert background != Qt.GlobalColor.white
