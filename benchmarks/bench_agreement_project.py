"""Timing of agreement on a stored project: 2 coders × 75 transcripts × 30 codes, all methods.

Builds an in-memory project (75 transcripts of ~60 000 characters with speaker
turns of ~400 characters, 30 leaf codes under 6 parents, each coder applying
each code about 3 times per transcript, the second coder mostly near the
first), then times :func:`kodeverk.agreement.compute.project_agreement` with
every method on the 30 codes, from reading the database to the results,
and with the JSON the command line prints (best of three; the machine is shared). Target: at most 1 s. Because the
machine is shared, the same run also times a floor: reading the codings and
speaker turns the methods need from the project (no agreement computed), and
prints the ratio to it.
Run: ``.venv/bin/python benchmarks/bench_agreement_project.py``.
"""

from __future__ import annotations

import hashlib
import time

import numpy as np

from kodeverk.agreement.compute import project_agreement
from kodeverk.codebook.service import add_code_in, load_codebook
from kodeverk.project import Project
from kodeverk.services.lookup import ensure_coder
from kodeverk.storage.models import Coding, Transcript, Turn

N_SOURCES, N_PARENTS, N_CHILDREN, PER_CODE = 75, 6, 5, 3


def build(seed: int = 20240601) -> tuple[Project, list[str]]:
    rng = np.random.default_rng(seed)
    project = Project.in_memory(template="empty")
    with project.transaction() as session:
        leaves = []
        for p in range(N_PARENTS):
            parent = add_code_in(session, None, f"Kategori {p + 1}")
            leaves += [add_code_in(session, parent.id, f"Kode {p + 1}.{c + 1}").id for c in range(N_CHILDREN)]
        coders = [ensure_coder(session, name).id for name in ("Anne", "Bjørn")]
        for source in range(N_SOURCES):
            paragraphs = [("I: " if k % 2 == 0 else "R: ") + "x" * int(rng.integers(300, 500)) for k in range(150)]
            text = "\n".join(paragraphs)
            transcript = Transcript(name=f"T{source:02d}", text=text, char_count=len(text),
                                    sha256=hashlib.sha256(text.encode()).hexdigest())
            session.add(transcript)
            session.flush()
            position = 0
            for paragraph in paragraphs:
                session.add(Turn(transcript_id=transcript.id, start=position, end=position + len(paragraph),
                                 label_end=position + 3, speaker=paragraph[0], is_interviewer=paragraph[0] == "I"))
                position += len(paragraph) + 1
            rows = set()
            for code in leaves:
                for _ in range(PER_CODE):
                    start = int(rng.integers(0, len(text) - 2000))
                    end = start + int(rng.integers(100, 1500))
                    rows.add((code, coders[0], start, end))
                    if rng.random() < 0.8:
                        jitter = rng.integers(-60, 60, size=2)
                        s2 = max(0, start + int(jitter[0]))
                        rows.add((code, coders[1], s2, max(s2 + 1, end + int(jitter[1]))))
            session.add_all(Coding(transcript_id=transcript.id, code_id=c, coder_id=k, start=s, end=e)
                            for c, k, s, e in rows)
        book = load_codebook(session)
        paths = [book[i].path_string for i in leaves]
    return project, paths


def floor(project: Project) -> float:
    """Seconds to read the two coders' codings and the turns (best of three)."""
    from kodeverk.storage import teamwork as store

    best = float("inf")
    for _ in range(3):
        begin = time.perf_counter()
        with project.reading() as session:
            ids = [row.id for row in store.transcript_keys(session)]
            store.coding_tuples(session, transcript_ids=ids)
            store.turn_spans(session, ids)
        best = min(best, time.perf_counter() - begin)
    return best


def main() -> None:
    project, paths = build()
    base = floor(project)
    times, with_json = [], []
    for _ in range(3):
        begin = time.perf_counter()
        result = project_agreement(project, ["Anne", "Bjørn"], paths, methods=["all"], overlap=0.9, unit="turn")
        times.append(time.perf_counter() - begin)
        result.to_dict()  # what `kodeverk agreement --json` prints
        with_json.append(time.perf_counter() - begin)
    codings = sum(c.counts.total for c in result.segment.codes) if result.segment else 0
    print(f"{len(result.transcripts)} transcripts × {len(result.codes)} codes, {codings} segments, "
          f"{result.n_units} turns; methods {', '.join(result.methods)}")
    print(f"project_agreement, all methods: best {min(times):.3f} s (runs: "
          + ", ".join(f"{t:.3f}" for t in times) + "); target ≤ 1 s")
    print(f"with the JSON (to_dict, as `kodeverk agreement --json`): best {min(with_json):.3f} s")
    print(f"floor (reading codings and turns): {base:.3f} s; agreement = {min(times) / base:.1f} × the floor")


if __name__ == "__main__":
    main()
