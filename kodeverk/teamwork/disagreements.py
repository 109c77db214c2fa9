"""Where two coders differ in a transcript: the disagreements the comparison view steps through.

For the chosen codes (each path with its sub-codes; each code compared with
itself), each coder's codings of a code are merged into disjoint spans. Per
code, the union of both coders' spans splits into passages (connected
stretches). A passage where

* both coded the code with the very same spans is an agreement (not listed);
* both coded it with different spans is **boundaries** (same code, different
  boundaries);
* only A coded it is **only_a**, only B **only_b** — unless the other coder
  put a *different* chosen code on an overlapping passage there (and not this
  one): then the two are paired into one **different_codes** disagreement.

Every disagreement has a stable ``key`` (kind, codes and spans), the extent
``[start, end)`` of its passage, and each side's spans with their text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kodeverk.codebook.service import load_codebook
from kodeverk.errors import UsageError
from kodeverk.project import Project
from kodeverk.services import lookup
from kodeverk.storage import teamwork as store
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

KINDS = ("only_a", "only_b", "boundaries", "different_codes")


@dataclass(frozen=True)
class SideSpan:
    """One side's span of a disagreement: a code on ``[start, end)`` and its text."""

    code_id: int
    code_path: str
    start: int
    end: int
    text: str

    def as_json(self) -> dict:
        return {"code_id": self.code_id, "code": self.code_path, "start": self.start, "end": self.end,
                "text": self.text}


@dataclass(frozen=True)
class Disagreement:
    """One disagreement between coder A and coder B in one transcript."""

    key: str
    transcript_id: int
    transcript: str
    kind: str
    start: int
    end: int
    a: tuple[SideSpan, ...]
    b: tuple[SideSpan, ...]

    @property
    def code_ids(self) -> tuple[int, ...]:
        """The codes involved, A's first."""
        return tuple(dict.fromkeys(s.code_id for s in self.a + self.b))

    def as_json(self) -> dict:
        return {"key": self.key, "transcript": self.transcript, "kind": self.kind, "start": self.start,
                "end": self.end, "a": [s.as_json() for s in self.a], "b": [s.as_json() for s in self.b]}


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> int:
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))


def compare_spans(a: dict[int, list[tuple[int, int]]], b: dict[int, list[tuple[int, int]]]
                  ) -> list[tuple[str, int, int, list[tuple[int, int, int]], list[tuple[int, int, int]]]]:
    """The disagreements between A's and B's spans per code id (pure; module docstring).

    Returns (kind, start, end, A's (code, start, end), B's (code, start, end)), ordered by position.
    """
    found = []
    lonely: dict[str, list[tuple[int, tuple[int, int], list[tuple[int, int]]]]] = {"a": [], "b": []}
    for code in sorted(set(a) | set(b)):
        sa, sb = _merge(a.get(code, [])), _merge(b.get(code, []))
        tagged = [(s, e, "a") for s, e in sa] + [(s, e, "b") for s, e in sb]
        tagged.sort()
        groups: list[list[tuple[int, int, str]]] = []
        reach = -1
        for s, e, side in tagged:
            if groups and s < reach:
                groups[-1].append((s, e, side))
                reach = max(reach, e)
            else:
                groups.append([(s, e, side)])
                reach = e
        for group in groups:
            mine = [(s, e) for s, e, side in group if side == "a"]
            theirs = [(s, e) for s, e, side in group if side == "b"]
            extent = (min(s for s, _e, _ in group), max(e for _s, e, _ in group))
            if mine and theirs:
                if mine != theirs:
                    found.append(("boundaries", *extent, [(code, s, e) for s, e in mine],
                                  [(code, s, e) for s, e in theirs]))
            else:
                lonely["a" if mine else "b"].append((code, extent, mine or theirs))
    used_b: set[int] = set()
    for code, extent, spans in lonely["a"]:
        best, best_overlap = None, 0
        for index, (other_code, other_extent, _spans) in enumerate(lonely["b"]):
            size = _overlap(extent, other_extent)
            if other_code != code and index not in used_b and size > best_overlap:
                best, best_overlap = index, size
        if best is None:
            found.append(("only_a", *extent, [(code, s, e) for s, e in spans], []))
        else:
            used_b.add(best)
            other_code, other_extent, other_spans = lonely["b"][best]
            found.append(("different_codes", min(extent[0], other_extent[0]), max(extent[1], other_extent[1]),
                          [(code, s, e) for s, e in spans], [(other_code, s, e) for s, e in other_spans]))
    for index, (code, extent, spans) in enumerate(lonely["b"]):
        if index not in used_b:
            found.append(("only_b", *extent, [], [(code, s, e) for s, e in spans]))
    found.sort(key=lambda d: (d[1], d[2], d[0]))
    return found


def _key(kind: str, tid: int, a: list[tuple[int, int, int]], b: list[tuple[int, int, int]]) -> str:
    def part(spans: list[tuple[int, int, int]]) -> str:
        return ",".join(f"{c}@{s}-{e}" for c, s, e in spans) or "-"
    return f"{kind}:{tid}:{part(a)}|{part(b)}"


def list_disagreements(project: Project, transcript: str | int, coder_a: str, coder_b: str,
                       codes: Sequence[str] = ()) -> list[Disagreement]:
    """Every disagreement of ``coder_a`` and ``coder_b`` in one transcript (name or id).

    ``codes``: code paths, each with its sub-codes (default: the whole codebook).
    """
    if coder_a.strip() == coder_b.strip():
        raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "compare two different coders")))
    with project.reading() as session:
        if isinstance(transcript, int):
            tid = transcript
            name = {r.id: r.name for r in store.transcript_keys(session)}.get(tid)
            if name is None:
                raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "no transcript #{id}"), id=tid))
        else:
            found = lookup.find_transcript(session, transcript)
            tid, name = found.id, found.name
        first_id, second_id = lookup.find_coder(session, coder_a).id, lookup.find_coder(session, coder_b).id
        book = load_codebook(session)
        ids = ({i for p in codes for i in book.descendants(book.resolve(p).id)} if codes else set(book.nodes))
        rows = store.coding_tuples(session, transcript_ids=[tid], coder_ids=[first_id, second_id], code_ids=ids)
        text = store.transcript_texts(session, [tid])[tid]
    a: dict[int, list[tuple[int, int]]] = {}
    b: dict[int, list[tuple[int, int]]] = {}
    for row in rows:
        (a if row.coder_id == first_id else b).setdefault(row.code_id, []).append((row.start, row.end))

    def side(spans: list[tuple[int, int, int]]) -> tuple[SideSpan, ...]:
        return tuple(SideSpan(c, book[c].path_string, s, e, text[s:e]) for c, s, e in spans)

    return [Disagreement(_key(kind, tid, sa, sb), tid, name, kind, start, end, side(sa), side(sb))
            for kind, start, end, sa, sb in compare_spans(a, b)]
