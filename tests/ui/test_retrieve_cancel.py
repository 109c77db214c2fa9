"""Cancel in the Retrieve panel: the progress shows while it searches, Cancel stops the work for real, and the
panel goes back to the results it had (or says it was cancelled).

Deterministic, not timed: the retrieval runs for real on the worker thread, but
holds at a chosen progress report until the cancel flag is set (by the user's
click, or by closing the project) and then carries on into its next check.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

import ui.retrieve_panel as panel_module
from kodeverk.errors import Cancelled
from tests.ui.conftest import save_shot
from tests.ui.test_retrieve_gui import _choose, _excerpt_rows, _open_panel, _retrieve


class Held:
    """Wraps the panel's ``overview``: holds at ``stage`` (once ``past`` items are through) until cancelled;
    records what the worker did."""

    def __init__(self, monkeypatch, stage: str, past: int = 0):
        self.real = panel_module.overview
        self.stage, self.past = stage, past
        self.stages: list[str] = []
        self.held = False
        self.at = -1
        self.outcome: list[str] = []
        monkeypatch.setattr(panel_module, "overview", self)

    def __call__(self, project, query, *, progress, cancelled, **options):
        def report(done: int, total: int, stage: str) -> None:
            progress(done, total, stage)
            self.stages.append(stage)
            if stage == self.stage and done >= self.past and not self.held:
                self.held, self.at = True, done
                deadline = time.monotonic() + 30
                while not cancelled() and time.monotonic() < deadline:  # the user reads the progress …
                    time.sleep(0.005)

        try:
            result = self.real(project, query, progress=report, cancelled=cancelled, **options)
        except Cancelled:
            self.outcome.append("cancelled")
            raise
        self.outcome.append("finished")
        return result


def test_cancel_mid_retrieval_keeps_the_previous_results(qtbot, window, monkeypatch):
    dock = _open_panel(window, qtbot)
    assert not dock.cancel_button.isVisible() and not dock.progress.isVisible()
    _retrieve(dock, qtbot)
    before = _excerpt_rows(dock.results)
    before_status = dock.status.text()
    assert before and str(len(before)) in before_status

    _choose(dock.form.groups, qtbot, "KUBU")  # a narrower query, so that its results would differ
    held = Held(monkeypatch, "excerpts")
    errors: list[str] = []
    window.ws.error.connect(errors.append)
    qtbot.mouseClick(dock.go, Qt.MouseButton.LeftButton)
    # searching: the progress and the Cancel button show; Retrieve waits
    qtbot.waitUntil(lambda: dock.status.text() == "Collecting the excerpts…", timeout=15000)
    assert dock.running and held.held
    assert dock.cancel_button.isVisible() and dock.cancel_button.isEnabled() and not dock.go.isEnabled()
    assert dock.progress.isVisible()
    save_shot(dock, "retrieve-cancel-searching")

    qtbot.mouseClick(dock.cancel_button, Qt.MouseButton.LeftButton)
    assert dock.status.text() == "Cancelling…" and not dock.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not dock.running, timeout=15000)
    # the work stopped at its next check: no later stage ran
    assert held.outcome == ["cancelled"]
    assert held.stages[-1] == "excerpts" and not {"cooccurrence", "matrices"} & set(held.stages)
    # back as it was, and said so
    assert _excerpt_rows(dock.results) == before
    assert dock.status.text() == "Retrieval cancelled; the results of the previous retrieval are shown."
    assert not dock.cancel_button.isVisible() and not dock.progress.isVisible() and dock.go.isEnabled()
    assert dock.export_button.isEnabled() and errors == []  # a cancel is not an error
    save_shot(dock, "retrieve-cancel-cancelled")

    # Retrieve again: it runs to the end, with the narrower query
    monkeypatch.setattr(panel_module, "overview", held.real)
    _retrieve(dock, qtbot)
    after = _excerpt_rows(dock.results)
    assert after and len(after) < len(before) and all("KUBU" in e.groups for e in after)


def test_cancel_of_the_first_retrieval_leaves_the_panel_empty(qtbot, window, monkeypatch):
    dock = _open_panel(window, qtbot)
    held = Held(monkeypatch, "reading")
    qtbot.mouseClick(dock.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: held.held and dock.status.text() == "Reading the codings…", timeout=15000)
    assert dock.progress.maximum() == 0  # how many codings there are is not known yet: a busy bar
    qtbot.mouseClick(dock.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dock.running, timeout=15000)
    assert held.outcome == ["cancelled"] and held.stages == ["reading"]
    assert dock.results.rowCount() == 0 and dock.view is None and not dock.export_button.isEnabled()
    assert dock.status.text() == "Retrieval cancelled."


def test_closing_the_project_cancels_a_running_retrieval(qtbot, window, monkeypatch):
    dock = _open_panel(window, qtbot)
    held = Held(monkeypatch, "excerpts")
    qtbot.mouseClick(dock.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: held.held, timeout=15000)
    window.close_project()  # the worker is told to stop, and the project waits for it before closing
    assert held.outcome == ["cancelled"]
    assert window.project is None


@pytest.mark.parametrize("stage", ["cooccurrence", "matrices"])
def test_cancel_in_a_late_stage(qtbot, window, monkeypatch, stage):
    dock = _open_panel(window, qtbot)
    held = Held(monkeypatch, stage)
    qtbot.mouseClick(dock.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: held.held, timeout=15000)
    qtbot.mouseClick(dock.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dock.running, timeout=15000)
    assert held.outcome == ["cancelled"] and held.stages[-1] == stage
    assert dock.status.text() == "Retrieval cancelled."


@pytest.fixture()
def big_window(qtbot, settings, tmp_path):
    """The main window on a project of 40,000 codings (many chunks of rows to read)."""
    import random

    from sqlalchemy import insert

    from kodeverk.codebook.service import get_codebook
    from kodeverk.project import Project
    from kodeverk.services.lookup import ensure_coder
    from kodeverk.storage.models import Coding, Transcript
    from ui.main_window import MainWindow

    rng = random.Random(3)
    path = tmp_path / "big.kodeverk"
    with Project.create(path) as project:
        codes = [n.id for n in get_codebook(project).walk() if n.parent_id is not None]
        with project.transaction() as session:
            coder = ensure_coder(session, "Ingrid").id
            ids = []
            for number in range(20):
                text = "\n".join(f"R: setning {i} om samordning og tiltak i departementet." for i in range(400))
                transcript = Transcript(name=f"T{number:02d}", text=text, sha256=f"{number:064d}",
                                        char_count=len(text))
                session.add(transcript)
                session.flush()
                ids.append((transcript.id, len(text)))
            rows = set()
            while len(rows) < 40_000:
                transcript_id, length = rng.choice(ids)
                start = rng.randrange(0, length - 200)
                rows.add((transcript_id, rng.choice(codes), coder, start, start + rng.randint(10, 150)))
            session.execute(insert(Coding), [dict(zip(("transcript_id", "code_id", "coder_id", "start", "end"), r))
                                             for r in rows])
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    assert win.open_project(str(path))
    yield win
    win.close_project()


def test_cancel_while_the_codings_are_being_read(qtbot, big_window, monkeypatch):
    dock = _open_panel(big_window, qtbot)
    held = Held(monkeypatch, "reading", past=5_000)  # hold once the first chunk of rows is in: mid-query
    qtbot.mouseClick(dock.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: held.held, timeout=30000)
    qtbot.waitUntil(lambda: dock.status.text() == "Reading the codings…", timeout=30000)
    qtbot.mouseClick(dock.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dock.running, timeout=30000)
    assert held.outcome == ["cancelled"] and 5_000 <= held.at < 40_000
    assert set(held.stages) == {"reading"}  # stopped between two chunks of rows, nothing built from them
    assert dock.status.text() == "Retrieval cancelled." and dock.results.rowCount() == 0

    # the project's connection is clean: the next retrieval reads everything
    monkeypatch.setattr(panel_module, "overview", held.real)
    qtbot.mouseClick(dock.go, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dock.running and dock.view is not None, timeout=120000)
    assert dock.results.rowCount() == 40_000
