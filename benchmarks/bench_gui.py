"""Desktop app timings, offscreen (not a test): show a big transcript, apply a coding, open a big project.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [CACHE_DIR]``
(with CACHE_DIR the generated projects are kept there and reused; the runs work on copies).
Every timing lasts until the window is painted: the transcript view and its stripes are
repainted and pending events (the docks' updates and paints) are processed.
Targets: show 15k words with 500 codings ≤ 150 ms; one coding applied until painted ≤ 50 ms;
a project of 75 transcripts and 30k codings to a usable window ≤ 1 s.
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextEdit  # noqa: E402

from kodeverk.codebook.service import get_codebook, load_codebook  # noqa: E402
from kodeverk.importing.service import import_files  # noqa: E402
from kodeverk.project import Project  # noqa: E402
from kodeverk.resources import resource_path  # noqa: E402
from kodeverk.services.coding import add_coding_in  # noqa: E402
from kodeverk.services.lookup import ensure_coder  # noqa: E402
from kodeverk.storage import transcripts as store  # noqa: E402


def build_project(path: Path, transcripts: int, words: int, codings_each: int) -> None:
    """A project of ``transcripts`` texts of about ``words`` words with ``codings_each`` codings each."""
    source = [p.read_text(encoding="utf-8") for p in sorted((resource_path("sample", "transcripts")).glob("*.txt"))]
    folder = path.parent / "texts"
    folder.mkdir()
    rng = random.Random(7)
    for number in range(transcripts):
        parts, count = [], 0
        while count < words:
            chunk = rng.choice(source)
            parts.append(chunk)
            count += len(chunk.split())
        (folder / f"t{number:03}.txt").write_text(f"Intervju {number}\n" + "\n".join(parts), encoding="utf-8")
    with Project.create(path) as project:
        import_files(project, [folder])
        with project.transaction() as session:
            codes = [n.id for n in load_codebook(session).walk()]
            coders = [ensure_coder(session, name).id for name in ("Ingrid", "Jonas")]
            for transcript in store.all_transcripts(session):
                length = transcript.char_count
                seen = set()
                for _ in range(codings_each):
                    start = rng.randrange(0, length - 400)
                    span = (start, start + rng.randrange(40, 400), rng.choice(codes), rng.choice(coders))
                    if span in seen:
                        continue
                    seen.add(span)
                    add_coding_in(session, transcript.id, span[2], span[3], span[0], span[1])


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def projects(folder: Path, cache: Path | None) -> tuple[Path, Path]:
    """The big project and the one-transcript project, built (or taken from ``cache``) and copied to ``folder``."""
    source = cache or folder / "built"
    big, one = source / "big" / "big.kodeverk", source / "one" / "one.kodeverk"
    if not big.exists():
        big.parent.mkdir(parents=True, exist_ok=True)
        print("building a project of 75 transcripts × 400 codings …", flush=True)
        build_project(big, 75, 3000, 400)
    if not one.exists():
        one.parent.mkdir(parents=True, exist_ok=True)
        build_project(one, 1, 15000, 500)
    copies = []
    for path in (big, one):
        copy = folder / path.name
        shutil.copyfile(path, copy)
        copies.append(copy)
    return copies[0], copies[1]


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.undo_commands import AddCoding

    cache = Path(sys.argv[1]) if len(sys.argv) > 1 else None
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        big, one = projects(Path(folder), cache)

        window = MainWindow(settings)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        started = time.perf_counter()
        window.open_project(str(big))
        window.repaint()
        app.processEvents()
        open_time = time.perf_counter() - started
        window.close_project()

        window.open_project(str(one))
        app.processEvents()
        pv = window.pv
        transcript_id = next(iter(pv.navigator.model.transcripts))
        shows = []
        for _ in range(5):
            pv.view.transcript_id = None    # as if another transcript were shown:
            pv.segments.show_transcript(None)  # the segments dock lists this one's anew
            app.processEvents()
            started = time.perf_counter()
            pv.open_transcript(transcript_id)
            pv.view.viewport().repaint()
            pv.view.stripes.repaint()
            app.processEvents()
            shows.append(time.perf_counter() - started)
        words = len(pv.view.text.split())
        count = len(pv.view.codings)
        floors = []  # the floor: a bare QTextEdit of the same size showing the same text, no codings, no docks
        bare = QTextEdit()
        bare.resize(pv.view.size())
        bare.show()
        for _ in range(5):
            bare.clear()
            app.processEvents()
            started = time.perf_counter()
            bare.setPlainText(pv.view.text)
            bare.viewport().repaint()
            app.processEvents()
            floors.append(time.perf_counter() - started)
        bare.close()

        book = get_codebook(window.ws.project)
        node = next(iter(book.walk()))
        times = []
        for attempt in range(10):
            start = 1000 + attempt * 700
            started = time.perf_counter()
            window.ws.execute(AddCoding(window.ws, transcript_id, node, window.ws.current_coder_id, start, start + 50))
            pv.view.viewport().repaint()
            pv.view.stripes.repaint()
            app.processEvents()
            times.append(time.perf_counter() - started)
        assert len(pv.view.codings) == count + 10
        window.close_project()
        window.close()

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    show, floor = statistics.median(shows), statistics.median(floors)
    print(f"show transcript ({words} words, {count} codings): first {ms(shows[0])}, "
          f"median of 5 {ms(show)}   (target ≤ 150 ms)")
    print(f"   floor, a bare QTextEdit showing the same text:  {ms(floor)}   → {show / floor:.1f} × the floor")
    print(f"apply one coding until painted (median of 10): {ms(statistics.median(times))}, "
          f"slowest {ms(max(times))}   (target ≤ 50 ms)")
    print(f"open 75 transcripts / ~30k codings to window:  {ms(open_time)}   (target ≤ 1000 ms)")
    print(f"peak memory: {rss:.0f} MB (target ≤ 400 MB)")


if __name__ == "__main__":
    main()
