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
line exits 0 then and 1 when something was left out for review.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import fuzz, process
from sqlalchemy.orm import Session

from kodeverk.codebook.service import add_code_in, load_codebook
from kodeverk.codebook.tree import Codebook
from kodeverk.errors import KodeverkError, UsageError
from kodeverk.importing.similarity import similarity, text_prints
from kodeverk.project import Project
from kodeverk.revision.anchor import CHANGED, LOST, TextMap
from kodeverk.revision.anchor import reanchor as reanchor_span
from kodeverk.services.lookup import ensure_coder
from kodeverk.storage import teamwork as store

NAME_SCORE = 85.0
CONTENT_SCORE = 0.6
PASSAGE_GONE = "passage no longer in the changed text"


@dataclass(frozen=True)
class TranscriptMatch:
    """A transcript of the other file and what it was matched to (``how``: hash, fuzzy)."""

    other_name: str
    name: str | None
    how: str
    name_score: float = 100.0
    content_score: float = 1.0

    def as_json(self) -> dict:
        return {"other": self.other_name, "project": self.name, "how": self.how,
                "name_score": round(self.name_score, 1), "content_score": round(self.content_score, 3)}


@dataclass(frozen=True)
class CodeMatch:
    """A code of the other file: ``how`` is uuid, path, adopted, mapped (by choice) or left out (by choice).

    ``suggestions``: existing codes an adopted one may be a renamed twin of.
    """

    other_path: str
    path: str
    how: str
    suggestions: tuple[str, ...] = ()

    @property
    def renamed(self) -> bool:
        return self.how == "uuid" and self.other_path != self.path

    def as_json(self) -> dict:
        return {"other": self.other_path, "project": self.path, "how": self.how, "renamed": self.renamed,
                "suggestions": list(self.suggestions)}


@dataclass(frozen=True)
class Reanchored:
    """A coding of a transcript whose text differs between the files: where it went (``status`` exact,
    changed or lost; ``new_text`` None when lost)."""

    transcript: str
    code: str
    coder: str
    status: str
    old_start: int
    old_end: int
    old_text: str
    new_start: int | None = None
    new_end: int | None = None
    new_text: str | None = None

    def as_json(self) -> dict:
        return {"transcript": self.transcript, "code": self.code, "coder": self.coder, "status": self.status,
                "old": {"start": self.old_start, "end": self.old_end, "text": self.old_text},
                "new": None if self.new_start is None else
                {"start": self.new_start, "end": self.new_end, "text": self.new_text}}


def _short(text: str | None, limit: int = 80) -> str:
    flat = " ".join((text or "").split())
    return repr(flat if len(flat) <= limit else flat[:limit - 1] + "…")


@dataclass(frozen=True)
class MergeReport:
    """Exactly what one merge added, matched and left out."""

    other: str
    transcripts_matched: tuple[TranscriptMatch, ...]
    needs_confirmation: tuple[TranscriptMatch, ...]
    transcripts_left_out: tuple[TranscriptMatch, ...]
    codes: tuple[CodeMatch, ...]
    coders_added: tuple[str, ...]
    codings_added: dict[str, int] = field(default_factory=dict)
    codings_duplicate: int = 0
    codings_left_out: dict[str, int] = field(default_factory=dict)
    unrelated: bool = False
    """No transcript matched: nothing was changed (codes not adopted, coders not added)."""
    reanchored: tuple[Reanchored, ...] = ()
    """Every coding of an accepted transcript whose text differs, and where it went."""

    @property
    def codes_adopted(self) -> tuple[CodeMatch, ...]:
        return tuple(c for c in self.codes if c.how == "adopted")

    @property
    def added(self) -> int:
        return sum(self.codings_added.values())

    @property
    def left_out(self) -> int:
        return sum(self.codings_left_out.values())

    @property
    def complete(self) -> bool:
        """True when nothing was left out (needs confirmation counts as left out)."""
        return not (self.needs_confirmation or self.transcripts_left_out or self.codings_left_out)

    def as_json(self) -> dict:
        return {
            "other": self.other, "complete": self.complete, "unrelated": self.unrelated,
            "transcripts": {"matched": [t.as_json() for t in self.transcripts_matched],
                            "needs_confirmation": [t.as_json() for t in self.needs_confirmation],
                            "left_out": [t.as_json() for t in self.transcripts_left_out]},
            "codes": {"matched": [c.as_json() for c in self.codes if c.how not in ("adopted", "left out")],
                      "adopted": [c.as_json() for c in self.codes_adopted],
                      "left_out": [c.as_json() for c in self.codes if c.how == "left out"]},
            "coders_added": list(self.coders_added),
            "codings": {"added": self.added, "added_by_coder": dict(self.codings_added),
                        "duplicates_skipped": self.codings_duplicate, "left_out": self.left_out,
                        "left_out_by_reason": dict(self.codings_left_out)},
            "reanchored": [r.as_json() for r in self.reanchored],
        }

    def lines(self) -> list[str]:
        """The report in words, one fact per line."""
        out = [f"merge of {self.other}:"]
        if self.unrelated:
            out.append("  NOTHING MATCHED: no transcript of this file is in the project (another study?); "
                       "nothing was changed")
        out.append(f"  transcripts matched: {len(self.transcripts_matched)}"
                   + "".join(f"\n    {t.other_name} -> {t.name} (by {t.how})"
                             for t in self.transcripts_matched if t.how != "hash" or t.other_name != t.name))
        for t in self.needs_confirmation:
            out.append(f"  NEEDS CONFIRMATION: {t.other_name!r} looks like {t.name!r} (name {t.name_score:.0f}, "
                       f"content {t.content_score:.0%}); its codings were left out (use --accept-fuzzy)")
        for t in self.transcripts_left_out:
            out.append(f"  LEFT OUT transcript {t.other_name!r}: {t.how}")
        for c in self.codes:
            if c.renamed:
                out.append(f"  code {c.other_path!r} matched by UUID to {c.path!r}")
            elif c.how == "adopted":
                hint = f" (similar: {', '.join(c.suggestions)})" if c.suggestions else ""
                out.append(f"  code adopted: {c.path!r}{hint}")
            elif c.how == "mapped":
                out.append(f"  code {c.other_path!r} merged into {c.path!r} (as chosen)")
            elif c.how == "left out":
                out.append(f"  LEFT OUT code {c.other_path!r} (as chosen)")
        for name in self.coders_added:
            out.append(f"  coder added: {name}")
        by_coder = ", ".join(f"{k} {v}" for k, v in sorted(self.codings_added.items())) or "none"
        out.append(f"  codings added: {self.added} ({by_coder}); duplicates skipped: {self.codings_duplicate}")
        for reason, count in sorted(self.codings_left_out.items()):
            out.append(f"  LEFT OUT {count} coding(s): {reason}")
        exact = sum(1 for r in self.reanchored if r.status not in (CHANGED, LOST))
        if exact:
            out.append(f"  {exact} coding(s) of changed transcripts found their passage unchanged")
        for r in self.reanchored:
            if r.status == CHANGED:
                out.append(f"  coding moved with changes in {r.transcript!r}, {r.code} ({r.coder}): "
                           f"{_short(r.old_text)} -> {_short(r.new_text)}")
            elif r.status == LOST:
                out.append(f"  LEFT OUT coding in {r.transcript!r}, {r.code} ({r.coder}): its passage is gone: "
                           f"{_short(r.old_text)}")
        return out


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
        raise UsageError("cannot merge a project into itself")
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
    codes, code_map = _match_codes(other_book, target, choices.codes)
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


def match_codes(other: Codebook, target: Session) -> tuple[list[CodeMatch], dict[int, int]]:
    """Match every code of ``other`` to the codebook in the open session ``target`` (by UUID, else
    path), adopting the missing ones; returns the matches and other code id -> project code id.

    The same matching as a merge; public for the REFI-QDA and codebook imports. A code of
    ``other`` without a colour (``""``) gets a default one when adopted.
    """
    return _match_codes(other, target)


def _match_codes(other: Codebook, target: Session, wanted: Mapping[str, str | None] | None = None
                 ) -> tuple[list[CodeMatch], dict[int, int | None]]:
    """Match every code of ``other`` (parents first), adopting the missing ones unless ``wanted`` says otherwise.

    ``wanted``: other path -> an existing code's path to merge into, or None to leave it out.
    """
    wanted = wanted or {}
    book = load_codebook(target)
    by_uuid = {node.uuid: node for node in book.nodes.values()}
    by_path = {node.path_string.casefold(): node for node in book.nodes.values()}
    original_paths = {node.id: node.path_string for node in book.nodes.values()}
    mapping: dict[int, int | None] = {}
    used: set[int] = set()
    result = []
    for node in other.walk():
        mine = by_uuid.get(node.uuid)
        how = "uuid"
        if mine is None:
            mine, how = by_path.get(node.path_string.casefold()), "path"
        if mine is not None:
            mapping[node.id] = mine.id
            used.add(mine.id)
            result.append(CodeMatch(node.path_string, mine.path_string, how))
            continue
        parent_id = mapping[node.parent_id] if node.parent_id is not None else None
        chosen = wanted.get(node.path_string, "")
        if chosen is None or (node.parent_id is not None and parent_id is None):
            mapping[node.id] = None
            result.append(CodeMatch(node.path_string, "", "left out"))
            continue
        if chosen:
            try:
                into = book.resolve(chosen)
            except KodeverkError as exc:
                raise UsageError(f"cannot merge code {node.path_string!r} into {chosen!r}: {exc}") from exc
            mapping[node.id] = into.id
            used.add(into.id)
            result.append(CodeMatch(node.path_string, into.path_string, "mapped"))
            continue
        made = add_code_in(target, parent_id, node.name, colour=node.colour or None, description=node.description,
                           uuid=node.uuid)
        mapping[node.id] = made.id
        book = load_codebook(target)
        by_path[book[made.id].path_string.casefold()] = book[made.id]
        result.append(CodeMatch(node.path_string, book[made.id].path_string, "adopted"))
    # suggestions: existing codes that matched nothing of the other file may be renamed twins
    choices = {i: p for i, p in original_paths.items() if i not in used}
    for index, match in enumerate(result):
        if match.how == "adopted" and choices:
            found = process.extract(match.other_path, choices, scorer=fuzz.WRatio, limit=3, score_cutoff=70)
            result[index] = CodeMatch(match.other_path, match.path, "adopted", tuple(p for p, _s, _i in found))
    return result, mapping
