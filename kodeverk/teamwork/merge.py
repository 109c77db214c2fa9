"""Merging a coder's copy (or any other project) back into a project, with an exact report.

Matching, in this order:

* **Transcripts** by the SHA-256 of their normalised text: same text, same
  offsets, so codings carry over unchanged. A transcript of the other file
  with no such twin is compared with the project's unmatched transcripts by
  name (rapidfuzz) and content (shingle Jaccard similarity): a same-named
  transcript whose text differs, or a similar name with similar content, is
  reported as *needs confirmation* and its codings are left out. Only with
  ``accept_fuzzy=True`` (``--accept-fuzzy``) are they merged, and then each
  coding is re-anchored onto the project's text as a revision does
  (:mod:`kodeverk.revision.anchor`: a diff of the two texts, then the
  passage verbatim, then fuzzy alignment): *exactly* when its passage is
  unchanged, *with changes* when it was edited (the report shows old and new
  passage), and left out when its passage is gone. A coding is never placed
  by its old offsets on a different text.
  Transcripts with no candidate at all are left out (import them first).
* **Codes** by UUID (a code renamed or moved in either file still matches),
  else by full path; codes found in neither way are *adopted*: created under
  their matched parent with the same UUID, colour and description, and
  reported with rapidfuzz suggestions of existing codes they may be a
  renamed twin of.
* **Coders** by name; new ones are created with their colour.

**Choosing** (the app's merge dialog): :func:`preview_merge` runs the merge
and throws it away, so the report can be shown first. ``accept`` names the
other file's transcripts whose fuzzy match is confirmed (as ``accept_fuzzy``
does for all); ``code_choices`` maps the path (in the other file) of a code
that would be adopted to an existing code's path to merge it into instead
(a renamed twin), or to None to leave it out: its codings, and those of its
sub-codes that match nothing, are then left out ("code not adopted").

Codings are added under their own coder; an exact duplicate (same
transcript, code, coder, start, end) is skipped, so merging the same copy
twice adds nothing. One merge is one transaction.

The report's ``complete`` is True when nothing was left out; the command
line exits 0 then and 1 when something was left out for review. The
report's types are in :mod:`kodeverk.teamwork.merge_report`; matching
codes (also used by the REFI-QDA and codebook imports) is
:mod:`kodeverk.teamwork.code_match`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz
from sqlalchemy.orm import Session

from kodeverk.codebook.service import load_codebook
from kodeverk.errors import UsageError
from kodeverk.importing.similarity import similarity, text_prints
from kodeverk.project import Project
from kodeverk.revision.anchor import LOST, TextMap
from kodeverk.revision.anchor import reanchor as reanchor_span
from kodeverk.services.lookup import ensure_coder
from kodeverk.storage import teamwork as store
from kodeverk.teamwork.code_match import match_codes_choosing
from kodeverk.teamwork.merge_report import MergeReport, Reanchored, TranscriptMatch
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

NAME_SCORE = 85.0
CONTENT_SCORE = 0.6
PASSAGE_GONE = "passage no longer in the changed text"


def merge_project(project: Project, other_path: Path | str, *, accept_fuzzy: bool = False,
                  accept: Collection[str] = (), code_choices: Mapping[str, str | None] | None = None
                  ) -> MergeReport:
    """Merge the project file ``other_path`` into ``project`` (module docstring)."""
    choices = _Choices(accept_fuzzy, frozenset(accept), dict(code_choices or {}))
    with _opened(project, other_path) as (other, label):
        with other.reading() as source, project.transaction() as target:
            return _merge(source, target, label, choices)


def preview_merge(project: Project, other_path: Path | str, *, accept_fuzzy: bool = False,
                  accept: Collection[str] = (), code_choices: Mapping[str, str | None] | None = None
                  ) -> MergeReport:
    """What :func:`merge_project` would do (the same report), without changing anything.

    The merge is tried in a session that is rolled back, so ``project`` must be open for writing.
    """
    choices = _Choices(accept_fuzzy, frozenset(accept), dict(code_choices or {}))
    with _opened(project, other_path) as (other, label):
        with other.reading() as source, project.reading() as target:
            return _merge(source, target, label, choices)  # reading() throws the changes away


@dataclass(frozen=True)
class _Choices:
    accept_fuzzy: bool
    accept: frozenset[str]
    codes: dict[str, str | None]


@contextmanager
def _opened(project: Project, other_path: Path | str) -> Iterator[tuple[Project, str]]:
    other_path = Path(other_path)
    if project.path is not None and other_path.resolve() == project.path.resolve():
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "cannot merge a project into itself")))
    with Project.open(other_path, read_only=True) as other:
        yield other, str(other_path)


def _merge(source: Session, target: Session, label: str, choices: _Choices) -> MergeReport:
    matched, confirm, left, transcript_map, reanchor = _match_transcripts(source, target, choices)
    if not transcript_map and (left or confirm):
        # nothing in common (a file of another study?): change nothing, not even the codebook
        left_codings = {"transcript not merged": len(store.coding_tuples(source))}
        return MergeReport(label, (), tuple(confirm), tuple(left), (), (), {}, 0,
                           {k: v for k, v in left_codings.items() if v}, unrelated=True)
    other_book = load_codebook(source)
    codes, code_map = match_codes_choosing(other_book, target, choices.codes)
    coder_map: dict[int, int] = {}
    coder_names: dict[int, str] = {}
    added_coders = []
    for coder in store.coder_rows(source):
        existing = {c.name for c in store.coder_rows(target)}
        made = ensure_coder(target, coder.name, coder.colour)
        if coder.name not in existing:
            made.initials = coder.initials or made.initials
            added_coders.append(coder.name)
        coder_map[coder.id] = made.id
        coder_names[coder.id] = coder.name
    added: Counter[str] = Counter()
    left_out: Counter[str] = Counter()
    duplicates = 0
    unmatched_ids = {t.id for t in store.transcript_keys(source)} - set(transcript_map)
    existing_keys = store.coding_keys(target, set(transcript_map.values()))
    other_texts = store.transcript_texts(source, reanchor) if reanchor else {}
    target_texts = store.transcript_texts(target, {transcript_map[i] for i in reanchor}) if reanchor else {}
    text_maps = {i: TextMap(other_texts[i], target_texts[transcript_map[i]]) for i in reanchor}
    other_names = {t.id: t.name for t in store.transcript_keys(source)} if reanchor else {}
    moved: list[Reanchored] = []
    lengths = store.transcript_lengths(target, set(transcript_map.values()))
    new_rows = []
    for row in store.coding_tuples(source):
        if row.transcript_id in unmatched_ids:
            left_out["transcript not merged"] += 1
            continue
        tid = transcript_map[row.transcript_id]
        if code_map[row.code_id] is None:
            left_out["code not adopted"] += 1
            continue
        start, end = row.start, row.end
        if row.transcript_id in reanchor:
            text_map = text_maps[row.transcript_id]
            place = reanchor_span(text_map, start, end)
            placed = place.status != LOST
            moved.append(Reanchored(
                other_names[row.transcript_id], other_book[row.code_id].path_string,
                coder_names[row.coder_id], place.status, start, end, text_map.old[start:end],
                place.start, place.end, text_map.new[place.start:place.end] if placed else None))  # type: ignore[misc]
            if not placed:
                left_out[PASSAGE_GONE] += 1
                continue
            start, end = place.start, place.end  # type: ignore[assignment]
        if end > lengths[tid]:
            left_out["span beyond the end of the text"] += 1
            continue
        key = (tid, code_map[row.code_id], coder_map[row.coder_id], start, end)
        if key in existing_keys:
            duplicates += 1
            continue
        existing_keys.add(key)
        new_rows.append({"transcript_id": key[0], "code_id": key[1], "coder_id": key[2], "start": start,
                         "end": end, "memo": row.memo})
        added[coder_names[row.coder_id]] += 1
    store.add_codings(target, new_rows)
    return MergeReport(label, tuple(matched), tuple(confirm), tuple(left), tuple(codes), tuple(added_coders),
                       dict(added), duplicates, dict(left_out), reanchored=tuple(moved))


def _match_transcripts(source: Session, target: Session, choices: _Choices):  # type: ignore[no-untyped-def]
    """(matched, needs confirmation, left out, other id -> project id, other ids to re-anchor)."""
    mine = store.transcript_keys(target)
    by_hash: dict[str, list] = {}
    for row in mine:
        by_hash.setdefault(row.sha256, []).append(row)
    taken: set[int] = set()
    mapping: dict[int, int] = {}
    matched, confirm, left = [], [], []
    pending = []
    for row in store.transcript_keys(source):
        twins = [t for t in by_hash.get(row.sha256, []) if t.id not in taken]
        if twins:
            twin = next((t for t in twins if t.uuid == row.uuid or t.name == row.name), twins[0])
            taken.add(twin.id)
            mapping[row.id] = twin.id
            matched.append(TranscriptMatch(row.name, twin.name, "hash"))
        else:
            pending.append(row)
    reanchor: set[int] = set()
    if not pending:
        return matched, confirm, left, mapping, reanchor
    free = [t for t in mine if t.id not in taken]
    free_texts = store.transcript_texts(target, [t.id for t in free])
    prints = {t.id: text_prints(free_texts[t.id])[1] for t in free}
    other_texts = store.transcript_texts(source, [r.id for r in pending])
    for row in pending:
        mine_print = text_prints(other_texts[row.id])[1]
        best = None
        for cand in free:
            if cand.id in taken:
                continue
            name_score = 100.0 if cand.name == row.name else fuzz.WRatio(row.name, cand.name)
            content = similarity(mine_print, prints[cand.id])
            if cand.name == row.name or (name_score >= NAME_SCORE and content >= CONTENT_SCORE):
                if best is None or (name_score, content) > (best[1], best[2]):
                    best = (cand, name_score, content)
        if best is None:
            left.append(TranscriptMatch(row.name, None, "not in the project (import it first)", 0.0, 0.0))
            continue
        cand, name_score, content = best
        how = "text differs" if cand.name == row.name else "fuzzy"
        match = TranscriptMatch(row.name, cand.name, how, name_score, content)
        if choices.accept_fuzzy or row.name in choices.accept:
            taken.add(cand.id)
            mapping[row.id] = cand.id
            reanchor.add(row.id)
            matched.append(TranscriptMatch(row.name, cand.name, f"{how}, accepted", name_score, content))
        else:
            confirm.append(match)
    return matched, confirm, left, mapping, reanchor
