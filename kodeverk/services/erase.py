"""Erasing an informant (GDPR): everything about them, provably gone from the project file.

:func:`plan_erase` lists exactly what would go (nothing changes): the
informant and their attributes, their transcripts with codings and the review
list's lost codings, memos on those transcripts or naming the informant, and
their real name on the name list. A real name that still occurs in another
transcript stays on the list as an ordinary name, so that exports keep
masking it; the plan says so.

:func:`erase_informant` deletes it all in one transaction (with SQLite's
``secure_delete``), then ``VACUUM``s the file and empties the write-ahead log,
and scans the bytes of the project file and its log for the erased text
(:func:`scan_files`). It reports which backups in ``PROJECT.backups/`` still
hold the data; :func:`delete_backups` deletes them. Erasing cannot be undone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kodeverk.errors import UsageError
from kodeverk.project import Project
from kodeverk.services.lookup import find_informant
from kodeverk.storage import backup
from kodeverk.storage import erasure as store
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

_SNIPPET = 32         # characters of each probe taken from the erased text
_SNIPPETS_PER_TEXT = 400


@dataclass(frozen=True)
class ErasePlan:
    """What erasing informant ``pseudonym`` removes."""

    pseudonym: str
    real_name: str | None
    ministry: str | None
    role: str | None
    attributes: tuple[tuple[str, str], ...]
    transcripts: tuple[tuple[str, int, int], ...]  # name, characters, codings
    lost_codings: int
    memos: tuple[tuple[int, str], ...]              # id, title (or the start of its text)
    names: tuple[str, ...]                          # names taken off the name list
    names_kept: tuple[tuple[str, str], ...]         # name, a transcript it still occurs in
    probes: tuple[str, ...] = field(default=(), repr=False)

    @property
    def codings(self) -> int:
        return sum(t[2] for t in self.transcripts)

    def as_json(self) -> dict:
        return {"informant": self.pseudonym, "real_name": self.real_name, "ministry": self.ministry,
                "role": self.role, "attributes": dict(self.attributes),
                "transcripts": [{"name": n, "characters": c, "codings": k} for n, c, k in self.transcripts],
                "codings": self.codings, "lost_codings": self.lost_codings,
                "memos": [{"id": i, "title": t} for i, t in self.memos], "names_removed": list(self.names),
                "names_kept_listed": [{"name": n, "still_in": t} for n, t in self.names_kept]}

    def lines(self) -> list[str]:
        out = [f"informant {self.pseudonym}"
               + (f" ({self.real_name})" if self.real_name else "")
               + (f", {self.ministry}" if self.ministry else "") + (f", {self.role}" if self.role else "")]
        for key, value in self.attributes:
            out.append(f"  attribute {key}: {value}")
        for name, characters, codings in self.transcripts:
            out.append(f"  transcript {name!r}: {characters} characters, {codings} codings")
        if self.lost_codings:
            out.append(f"  {self.lost_codings} lost codings on the review list")
        for memo_id, title in self.memos:
            out.append(f"  memo #{memo_id}: {title}")
        for name in self.names:
            out.append(f"  name on the name list: {name}")
        for name, where in self.names_kept:
            out.append(f"  note: {name!r} still occurs in {where!r}; it stays on the name list so that exports "
                       "keep masking it")
        return out


@dataclass(frozen=True)
class ScanHit:
    file: str
    probe: str

    def as_json(self) -> dict:
        return {"file": self.file, "text": self.probe}


@dataclass(frozen=True)
class EraseResult:
    plan: ErasePlan
    compact_problem: str | None
    scanned: tuple[str, ...]
    hits: tuple[ScanHit, ...]
    backups: tuple[Path, ...]  # backups that still hold the data

    @property
    def clean(self) -> bool:
        return not self.hits

    def as_json(self) -> dict:
        return {**self.plan.as_json(), "erased": True, "vacuumed": True, "log_problem": self.compact_problem,
                "scanned": list(self.scanned), "clean": self.clean, "found": [h.as_json() for h in self.hits],
                "backups_holding_data": [str(p) for p in self.backups]}


def _probes(texts: list[str], words: list[str], others: list[tuple[str, str]]) -> tuple[str, ...]:
    """Pieces of the erased text to look for in the file's bytes, leaving out any that other data also has."""
    found: list[str] = [w for w in words if w and len(w) >= 3]
    for text in texts:
        lines = [line.strip() for line in text.split("\n") if len(line.strip()) >= _SNIPPET]
        step = max(1, len(lines) // _SNIPPETS_PER_TEXT)
        for line in lines[::step]:
            middle = max(0, len(line) // 2 - _SNIPPET // 2)
            found.append(line[middle:middle + _SNIPPET])
    other_text = "\n".join(t or "" for _n, t in others)
    return tuple(dict.fromkeys(p for p in found if p not in other_text))


def plan_erase(project: Project, pseudonym: str) -> ErasePlan:
    """Everything erasing ``pseudonym`` would remove; nothing changes."""
    with project.reading() as session:
        informant = find_informant(session, pseudonym)
        transcripts = store.transcripts_of(session, informant.id)
        ids = [t.id for t in transcripts]
        counts = store.coding_counts(session, ids)
        words = [w for w in (informant.pseudonym, informant.real_name) if w]
        memos = store.memos_about(session, ids, words)
        others = store.other_texts(session, ids)
        names, kept = [], []
        for entry in store.listed_names(session, informant.id, informant.real_name):
            names.append(entry.name)
        if informant.real_name and informant.real_name not in names:
            names.append(informant.real_name)
        for name in names:
            pattern = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
            where = next((n for n, t in others if t and pattern.search(t)), None)
            if where is not None:
                kept.append((name, where))
        texts = [t.text for t in transcripts]
        kept_names = {n for n, _w in kept}
        probes = _probes(texts, [informant.pseudonym] + [n for n in names if n not in kept_names], others)
        return ErasePlan(
            informant.pseudonym, informant.real_name, informant.ministry, informant.role,
            tuple((a.key, a.value) for a in store.attributes_of(session, informant.id)),
            tuple((t.name, t.char_count, counts.get(t.id, 0)) for t in transcripts),
            store.lost_count(session, ids),
            tuple((m.id, m.title or " ".join(m.text.split())[:60]) for m in memos), tuple(names), tuple(kept),
            probes)


def erase_informant(project: Project, pseudonym: str) -> EraseResult:
    """Erase the informant (see the module docstring). Cannot be undone."""
    plan = plan_erase(project, pseudonym)
    with project.transaction() as session:
        informant = find_informant(session, pseudonym)
        transcript_ids = [t.id for t in store.transcripts_of(session, informant.id)]
        name_rows = store.listed_names(session, informant.id, informant.real_name)
        store.erase_rows(session, informant.id, transcript_ids, [m[0] for m in plan.memos],
                         [row.id for row in name_rows])
        session.flush()
        for name, _where in plan.names_kept:
            store.keep_name_listed(session, name)
    problem = store.compact(project.engine)
    scanned, hits = [], []
    if project.path is not None:
        files = [project.path, project.path.with_name(project.path.name + "-wal")]
        scanned = [str(f) for f in files if f.exists()]
        hits = scan_files(files, plan.probes)
    return EraseResult(plan, problem, tuple(scanned), tuple(hits),
                       tuple(backups_holding(project.path, plan)) if project.path else ())


def scan_files(files: list[Path], probes: tuple[str, ...]) -> list[ScanHit]:
    """Every probe found in the raw bytes of ``files`` (UTF-8, as SQLite stores text)."""
    hits = []
    encoded = [(p, p.encode("utf-8")) for p in probes]
    for path in files:
        if not path.exists():
            continue
        data = path.read_bytes()
        hits += [ScanHit(str(path), probe) for probe, raw in encoded if raw in data]
    return hits


def backups_holding(project_path: Path, plan: ErasePlan) -> list[Path]:
    """The backups of the project that still hold the informant or any of the erased text."""
    holding = []
    for path in backup.list_backups(project_path):
        if scan_files([path], plan.probes) or store.backup_has_informant(path, plan.pseudonym):
            holding.append(path)
    return holding


def delete_backups(project_path: Path, paths: list[Path]) -> list[Path]:
    """Delete the given backups of ``project_path`` (only files inside its backup folder)."""
    folder = backup.backup_dir(project_path).resolve()
    deleted = []
    for path in paths:
        path = Path(path)
        if path.resolve().parent != folder:
            raise UsageError(Message(QT_TRANSLATE_NOOP("CoreMessages", "{path} is not a backup of {project}"),
                                     path=path, project=project_path.name))
        path.unlink(missing_ok=True)
        deleted.append(path)
    return deleted
