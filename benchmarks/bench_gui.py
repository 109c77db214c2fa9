"""Desktop app timings, offscreen (not a test): show a big transcript, apply a coding, open a big project.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py``
Targets: show 15k words with 500 codings ≤ 150 ms; one coding applied until painted ≤ 50 ms;
a project of 75 transcripts and 30k codings to a usable window ≤ 1 s.
"""

from __future__ import annotations

import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

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


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.undo_commands import AddCoding

    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        big = Path(folder) / "big" / "big.kodeverk"
        big.parent.mkdir()
        print("building a project of 75 transcripts × 400 codings …", flush=True)
        build_project(big, 75, 3000, 400)
        one = Path(folder) / "one" / "one.kodeverk"
        one.parent.mkdir()
        build_project(one, 1, 15000, 500)

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
        pv = window.pv
        transcript_id = next(iter(pv.navigator.model.transcripts))
        pv.view.transcript_id = None
        started = time.perf_counter()
        pv.open_transcript(transcript_id)
        pv.view.viewport().repaint()
        app.processEvents()
        show_time = time.perf_counter() - started
        words = len(pv.view.text.split())
        count = len(pv.view.codings)

        book = get_codebook(window.ws.project)
        node = next(iter(book.walk()))
        times = []
        for attempt in range(10):
            start = 1000 + attempt * 700
            started = time.perf_counter()
            window.ws.execute(AddCoding(window.ws, transcript_id, node, window.ws.current_coder_id, start, start + 50))
            pv.view.viewport().repaint()
            pv.view.stripes.repaint()
            times.append(time.perf_counter() - started)
        times.sort()
        window.close_project()
        window.close()

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"show transcript ({words} words, {count} codings):   {ms(show_time)}   (target ≤ 150 ms)")
    print(f"apply one coding until painted (median of 10): {ms(times[len(times) // 2])}   (target ≤ 50 ms)")
    print(f"open 75 transcripts / ~30k codings to window:  {ms(open_time)}   (target ≤ 1000 ms)")
    print(f"peak memory: {rss:.0f} MB (target ≤ 400 MB)")


if __name__ == "__main__":
    main()
