"""One retrieval with everything the Retrieve panel shows: excerpts, contexts, matrices, co-occurrence.

:func:`overview` runs a :class:`~kodeverk.retrieval.query.RetrievalQuery` and
builds, from the same excerpts, the code × group and code × phase matrices,
the co-occurrence pairs and table, and the ladder matrix (when the codebook
has a ``Samordningstrappen``). :func:`filter_choices` lists the values each
filter can take. Both are Qt-free; the app runs them off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kodeverk.codebook.service import get_codebook
from kodeverk.codebook.tree import Codebook
from kodeverk.errors import UsageError
from kodeverk.project import Project
from kodeverk.retrieval.context import Context, widen_many
from kodeverk.retrieval.cooccurrence import CodeTable, Mode, Pair, code_table, cooccurrences
from kodeverk.retrieval.matrices import LadderMatrix, Matrix, code_by_group, code_by_phase, has_ladder, ladder_matrix
from kodeverk.retrieval.query import Excerpt, RetrievalQuery, retrieve_watched
from kodeverk.retrieval.watch import Progress, Watch
from kodeverk.services.coders import list_coders
from kodeverk.services.groups import list_groups, list_phases
from kodeverk.services.transcripts import list_transcripts
from kodeverk.storage import retrieval as store
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

CONTEXTS = ("coding", "sentence", "turn")


@dataclass(frozen=True)
class FilterChoices:
    """The values each retrieval filter can take, in display order."""

    groups: tuple[str, ...]
    phases: tuple[str, ...]
    ministries: tuple[str, ...]
    roles: tuple[str, ...]
    coders: tuple[str, ...]
    transcripts: tuple[tuple[int, str], ...]


def filter_choices(project: Project) -> FilterChoices:
    """Groups (list order), phases (in order), ministries and roles (sorted), coders, transcripts."""
    with project.reading() as session:
        ministries, roles = store.informant_values(session)
    return FilterChoices(groups=tuple(g.name for g in list_groups(project)), phases=tuple(list_phases(project)),
                         ministries=tuple(ministries), roles=tuple(roles),
                         coders=tuple(c.name for c in list_coders(project)),
                         transcripts=tuple((t.id, t.name) for t in list_transcripts(project)))


@dataclass(frozen=True)
class Overview:
    """The excerpts of one query and the tables built from them.

    The matrices have a column for each group and phase the excerpts have (in
    the project's order), and a row for every code.
    ``contexts`` maps a coding id to its widened context (empty when the
    context is ``"coding"``). ``cooccurring`` is the code × code table over
    the codes present, in codebook order.
    """

    query: RetrievalQuery
    book: Codebook
    excerpts: tuple[Excerpt, ...]
    contexts: dict[int, Context]
    by_group: Matrix
    by_phase: Matrix
    pairs: tuple[Pair, ...]
    cooccurring: CodeTable
    ladder: LadderMatrix | None

    def excerpts_of(self, coding_ids: Sequence[int]) -> list[Excerpt]:
        """The excerpts with the given coding ids, in listing order."""
        wanted = set(coding_ids)
        return [e for e in self.excerpts if e.coding_id in wanted]

    def pair_excerpts(self, a: int, b: int) -> list[Excerpt]:
        """The excerpts of codes ``a`` and ``b`` that co-occur with each other, in listing order."""
        low, high = min(a, b), max(a, b)
        ids = {e.coding_id for p in self.pairs if (p.first.code_id, p.second.code_id) == (low, high)
               for e in (p.first, p.second)}
        return self.excerpts_of(sorted(ids))


def overview(project: Project, query: RetrievalQuery, *, context: str = "coding", rollup: bool = True,
             mode: Mode = "overlap", distance: int = 0, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> Overview:
    """Retrieve ``query`` and build its matrices (see the module docstring).

    ``context`` widens each excerpt to its ``"sentence"`` or ``"turn"``;
    ``rollup`` counts sub-codes in their parents' matrix rows; ``mode`` and
    ``distance`` choose the co-occurrence (:mod:`kodeverk.retrieval.cooccurrence`).
    ``progress(done, total, stage)`` follows the stages of
    :data:`kodeverk.retrieval.watch.STAGES`; once ``cancelled()`` says yes the work
    stops with :class:`~kodeverk.errors.Cancelled` (nothing to undo: it only reads).
    """
    if context not in CONTEXTS:
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "context must be one of {choices}, not {value!r}"),
                                 choices=', '.join(CONTEXTS), value=context))
    watch = Watch(progress, cancelled)
    excerpts = retrieve_watched(project, query, watch)
    book = get_codebook(project)
    contexts: dict[int, Context] = {}
    if context != "coding" and excerpts:
        widened = widen_many(project, [(e.transcript_id, e.start, e.end) for e in excerpts], context,  # type: ignore[arg-type]
                             watch)
        contexts = {e.coding_id: c for e, c in zip(excerpts, widened)}
    used_groups = {g for e in excerpts for g in e.groups}
    used_phases = {e.phase for e in excerpts}
    groups = [g.name for g in list_groups(project) if g.name in used_groups]
    phases = [p for p in list_phases(project) if p in used_phases]
    present = {e.code_id for e in excerpts}
    codes = [n.id for n in book.walk() if n.id in present]
    pairs = tuple(cooccurrences(project, excerpts, mode, distance, watch=watch))
    watch.report("matrices", 0, 4)
    cooccurring = code_table(pairs, codes, watch=watch)
    watch.report("matrices", 1, 4)
    by_group = code_by_group(book, excerpts, groups, rollup=rollup, watch=watch)
    watch.report("matrices", 2, 4)
    by_phase = code_by_phase(book, excerpts, phases, rollup=rollup, watch=watch)
    watch.report("matrices", 3, 4)
    ladder = ladder_matrix(book, excerpts, groups, watch=watch) if has_ladder(book) else None
    watch.report("matrices", 4, 4)
    return Overview(query=query, book=book, excerpts=tuple(excerpts), contexts=contexts, by_group=by_group,
                    by_phase=by_phase, pairs=pairs, cooccurring=cooccurring, ladder=ladder)
