"""Retrieval reports its progress stage by stage and stops for real when cancelled, also at scale.

The big project (300,000 codings) is built once per module straight through
the models, as the import would leave it. Every cancel here is deterministic:
the flag is set from a progress callback or after a counted number of checks,
never by timing.
"""

from __future__ import annotations

import hashlib
import random
from pathlib import Path

import pytest
from sqlalchemy import insert
from sqlalchemy.exc import DBAPIError

from kodeverk.codebook.service import get_codebook
from kodeverk.errors import Cancelled, KodeverkError, UsageError
from kodeverk.project import Project
from kodeverk.retrieval import RetrievalQuery, retrieve
from kodeverk.retrieval.overview import overview
from kodeverk.retrieval.watch import STAGES
from kodeverk.services.lookup import ensure_coder
from kodeverk.storage import people
from kodeverk.storage.models import Coding, Informant, Transcript, transcript_group

N_CODINGS = 300_000
WORDS = ("departementet", "kjernegruppen", "samordning", "vi", "har", "det", "er", "felles", "tiltak", "og")


@pytest.fixture(scope="module")
def big_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """75 transcripts of ~20,000 characters, 5 groups, 3 phases, 2 coders, 300,000 codings."""
    rng = random.Random(7)
    path = tmp_path_factory.mktemp("big") / "big.kodeverk"
    with Project.create(path) as project:
        codes = [n.id for n in get_codebook(project).walk() if n.parent_id is not None]
        with project.transaction() as session:
            coders = [ensure_coder(session, "Ingrid").id, ensure_coder(session, "Jonas").id]
            groups = [g.id for g in people.all_groups(session)[:5]]
            phases = [p.id for p in people.all_phases(session)]
            transcripts = []
            for number in range(75):
                text = "\n".join("R: " + " ".join(rng.choice(WORDS) for _ in range(40)) + "." for _ in range(70))
                informant = Informant(pseudonym=f"K{number:03d}", ministry="KDD", role="fagavdeling")
                session.add(informant)
                session.flush()
                transcript = Transcript(name=f"T{number:03d}", text=text, sha256=f"{number:064d}",
                                        char_count=len(text), phase_id=phases[number % 3], informant_id=informant.id)
                session.add(transcript)
                session.flush()
                session.execute(insert(transcript_group).values(transcript_id=transcript.id,
                                                                group_id=groups[number % 5]))
                transcripts.append((transcript.id, len(text)))
            rows, seen = [], set()
            while len(rows) < N_CODINGS:
                transcript_id, length = transcripts[len(rows) % len(transcripts)]
                start = rng.randrange(0, length - 300)
                key = (transcript_id, rng.choice(codes), rng.choice(coders), start, start + rng.randint(20, 250))
                if key not in seen:
                    seen.add(key)
                    rows.append(dict(zip(("transcript_id", "code_id", "coder_id", "start", "end"), key)))
            session.execute(insert(Coding), rows)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Recorder:
    """Collects progress; ``cancel_when(stage, done)`` says yes from the first report matching it on."""

    def __init__(self, stage: str | None = None, past: int = 0):
        self.calls: list[tuple[str, int, int]] = []
        self.stage, self.past = stage, past
        self.flag = False
        self.after_flag = 0  # progress reports that came after the flag was set

    def progress(self, done: int, total: int, stage: str) -> None:
        if self.flag:
            self.after_flag += 1
        self.calls.append((stage, done, total))
        if stage == self.stage and done > self.past:
            self.flag = True  # the user pressed Cancel while this stage was under way

    def cancelled(self) -> bool:
        return self.flag

    def stages(self) -> list[str]:
        return list(dict.fromkeys(s for s, _d, _t in self.calls))


def test_cancel_while_the_query_itself_runs_interrupts_sqlite(big_project: Path) -> None:
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= 2  # the first check is before the query; the second comes from inside SQLite

    calls: list[tuple[int, int, str]] = []
    before = _digest(big_project)
    with Project.open(big_project, read_only=True) as project:
        with pytest.raises(Cancelled) as caught:
            retrieve(project, RetrievalQuery(), progress=lambda *a: calls.append(a), cancelled=cancelled)
        assert isinstance(caught.value, KodeverkError)  # typed: shown as one line
        assert isinstance(caught.value.__cause__, DBAPIError)  # SQLite stopped the statement ("interrupted")
        assert calls == [(0, 0, "reading")]  # not one row fetched
        assert len(asked) == 2
        # the connection is clean afterwards: the next retrieval is not interrupted, and finds everything
        assert len(retrieve(project, RetrievalQuery(groups=["KUBU"]), cancelled=lambda: False)) == N_CODINGS // 5
    assert _digest(big_project) == before  # nothing written


@pytest.mark.parametrize("stage, past", [("reading", 100_000), ("excerpts", 50_000)])
def test_cancel_mid_stage_at_scale_stops_at_once(big_project: Path, stage: str, past: int) -> None:
    recorder = Recorder(stage, past)
    with Project.open(big_project, read_only=True) as project:
        with pytest.raises(Cancelled):
            retrieve(project, RetrievalQuery(), progress=recorder.progress, cancelled=recorder.cancelled)
    assert recorder.flag and recorder.after_flag == 0  # stopped at the very check after the flag
    last_stage, done, total = recorder.calls[-1]
    assert last_stage == stage and past < done < N_CODINGS
    assert recorder.stages() == list(STAGES[:STAGES.index(stage) + 1])
    if stage == "excerpts":  # the reading got through every row before
        assert ("reading", N_CODINGS, 0) in recorder.calls and total == N_CODINGS


def test_cancel_in_the_cooccurrence_at_scale(big_project: Path) -> None:
    recorder = Recorder("cooccurrence", 0)
    query = RetrievalQuery(groups=["KUBU"], coders=["Ingrid"])  # 30,000 codings: quick to read, many pairs
    with Project.open(big_project, read_only=True) as project:
        with pytest.raises(Cancelled):
            overview(project, query, progress=recorder.progress, cancelled=recorder.cancelled)
    assert recorder.after_flag == 0 and recorder.calls[-1][0] == "cooccurrence"
    assert 0 < recorder.calls[-1][1] < recorder.calls[-1][2]
    assert "matrices" not in recorder.stages()


def test_every_stage_reports_and_the_result_is_the_same(sample_project_file: Path) -> None:
    recorder = Recorder()
    query = RetrievalQuery(codes=["Samordningstrappen"], contains="vi")
    with Project.open(sample_project_file, read_only=True) as project:
        plain = overview(project, query, context="sentence")
        watched = overview(project, query, context="sentence", progress=recorder.progress,
                           cancelled=recorder.cancelled)
    assert (watched.excerpts, watched.contexts, watched.pairs) == (plain.excerpts, plain.contexts, plain.pairs)
    assert (watched.by_group, watched.by_phase, watched.cooccurring, watched.ladder) == \
        (plain.by_group, plain.by_phase, plain.cooccurring, plain.ladder)
    assert plain.excerpts
    assert recorder.stages() == list(STAGES)
    for stage in ("excerpts", "context", "cooccurrence", "matrices"):
        done, total = max((d, t) for s, d, t in recorder.calls if s == stage)
        assert done == total > 0, stage
    assert max(d for s, d, _t in recorder.calls if s == "context") == len(plain.excerpts)


@pytest.mark.parametrize("stage", ["text", "context", "matrices"])
def test_cancel_in_each_later_stage(sample_project_file: Path, stage: str) -> None:
    recorder = Recorder(stage, -1)  # at the stage's first report
    query = RetrievalQuery(contains="samarbeid", fuzzy=True)
    with Project.open(sample_project_file, read_only=True) as project:
        with pytest.raises(Cancelled):
            overview(project, query, context="turn", progress=recorder.progress, cancelled=recorder.cancelled)
        assert overview(project, query, context="turn", cancelled=lambda: False).excerpts  # and again, to the end
    assert recorder.after_flag == 0 and recorder.calls[-1][0] == stage
    assert recorder.stages()[-1] == stage


def test_cancelled_before_anything_and_bad_requests(sample_project_file: Path) -> None:
    calls: list[tuple] = []
    with Project.open(sample_project_file, read_only=True) as project:
        with pytest.raises(Cancelled):
            overview(project, RetrievalQuery(), progress=lambda *a: calls.append(a), cancelled=lambda: True)
        assert calls == [(0, 0, "reading")]
        calls.clear()
        with pytest.raises(UsageError):  # refused before any work
            retrieve(project, RetrievalQuery(combine="xor"), progress=lambda *a: calls.append(a))  # type: ignore[arg-type]
        assert calls == []
