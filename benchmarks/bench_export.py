"""Timing of the Word export (5,000 quotes) and of a filtered query over 300,000 codings.

Builds, in a temporary folder, a project file of 75 seeded random
transcripts (~60,000 characters each, 5 groups, 3 phases, 2 coders) and
300,000 codings, then times:

- ``retrieve`` with code + group + phase + coder filters (target ≤ 100 ms),
  beside its floor: the bare SQL count of the same codings;
- ``export_word`` of 5,000 quotes (target ≤ 5 s), beside a reference: python-docx's
  own ``add_paragraph`` writing the same 10,000 paragraphs with no logic (the
  export appends paragraph XML directly, which is why it beats that).

Each timing is the best of three (the machine is shared).
Run: ``.venv/bin/python benchmarks/bench_export.py``.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import docx
from sqlalchemy import insert, select, func

from kodeverk.codebook.service import get_codebook
from kodeverk.export import ExportOptions, export_word
from kodeverk.project import Project
from kodeverk.retrieval import RetrievalQuery, retrieve
from kodeverk.services.lookup import ensure_coder
from kodeverk.storage import people
from kodeverk.storage.models import Coding, Informant, Transcript, transcript_group

N_TRANSCRIPTS, LENGTH, N_CODINGS = 75, 60_000, 300_000
WORDS = ("departementet", "kjernegruppen", "sekretariatet", "samordning", "vi", "har", "det", "er", "jo",
         "altså", "felles", "problemforståelse", "tiltak", "og", "som", "mandatet", "forankring", "ikke")


def best_of(function: Callable[[], object], runs: int = 3) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(runs):
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    return best, result


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 18))]
    return words[0].capitalize() + " " + " ".join(words[1:]) + "."


def build(path: Path, codings: int, seed: int = 4) -> None:
    rng = random.Random(seed)
    with Project.create(path) as project:
        with project.transaction() as session:
            coders = [ensure_coder(session, "Ingrid").id, ensure_coder(session, "Jonas").id]
            groups = [g.id for g in people.all_groups(session)[:5]]
            phases = [p.id for p in people.all_phases(session)]
            codes = [n.id for n in get_codebook(project).walk() if n.parent_id is not None]
            transcripts = []
            for number in range(N_TRANSCRIPTS):
                text = ""
                while len(text) < LENGTH:
                    text += ("I: " if rng.random() < 0.3 else "R: ") + " ".join(
                        sentence(rng) for _ in range(rng.randint(1, 6))) + "\n"
                informant = Informant(pseudonym=f"K{number:03d}", ministry=rng.choice(["KDD", "BFD", "HOD"]),
                                      role=rng.choice(["departementsråd", "fagavdeling"]))
                session.add(informant)
                session.flush()
                transcript = Transcript(name=f"T{number:03d}", text=text, sha256=f"{number:064d}",
                                        char_count=len(text), phase_id=phases[number % 3],
                                        informant_id=informant.id)
                session.add(transcript)
                session.flush()
                session.execute(insert(transcript_group).values(transcript_id=transcript.id,
                                                                group_id=groups[number % 5]))
                transcripts.append((transcript.id, len(text)))
            rows = []
            seen = set()
            while len(rows) < codings:
                transcript_id, length = rng.choice(transcripts)
                start = rng.randrange(0, length - 400)
                key = (transcript_id, rng.choice(codes), rng.choice(coders), start, start + rng.randint(40, 300))
                if key not in seen:
                    seen.add(key)
                    rows.append(dict(zip(("transcript_id", "code_id", "coder_id", "start", "end"), key)))
            session.execute(insert(Coding), rows)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big.kodeverk"
        started = time.perf_counter()
        build(big, N_CODINGS)
        print(f"built {N_CODINGS:,} codings over {N_TRANSCRIPTS} transcripts in {time.perf_counter() - started:.1f} s")
        with Project.open(big, read_only=True) as project:
            query = RetrievalQuery(codes=["Organisering/Sekretariatet"], groups=["KUBU"], phases=["Fase 1"],
                                   coders=["Ingrid"])
            seconds, found = best_of(lambda: retrieve(project, query))
            book = get_codebook(project)
            code_id = book.resolve("Organisering/Sekretariatet").id

            def floor() -> int:
                with project.reading() as session:
                    return session.scalar(select(func.count()).select_from(Coding).where(Coding.code_id == code_id))

            floor_seconds, _ = best_of(floor)
            print(f"filtered query over {N_CODINGS:,} codings: {seconds * 1000:.1f} ms for {len(found)} excerpts "
                  f"(floor, SQL count by code: {floor_seconds * 1000:.1f} ms; target ≤ 100 ms)")

        small = Path(folder) / "export.kodeverk"
        build(small, 5_000, seed=5)
        with Project.open(small, read_only=True) as project:
            out = Path(folder) / "out.docx"
            seconds, result = best_of(lambda: export_word(project, out, ExportOptions(by="code")))
            quotes = result.quotes  # type: ignore[attr-defined]

            def docx_floor() -> None:
                document = docx.Document()
                style = document.styles["Quote"]
                for number in range(quotes):
                    document.add_paragraph("Sitat " * 30, style=style)
                    document.add_paragraph(f"(K{number}, fase 1, departementsråd)")
                document.save(str(Path(folder) / "floor.docx"))

            floor_seconds, _ = best_of(docx_floor)
            print(f"Word export of {quotes:,} quotes: {seconds:.2f} s, scan included "
                  f"(reference, python-docx add_paragraph alone: {floor_seconds:.2f} s; target ≤ 5 s)")


if __name__ == "__main__":
    main()
