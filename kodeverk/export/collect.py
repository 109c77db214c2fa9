"""Gathering what an export needs: the filtered excerpts, the codebook, sections and the name masker."""

from __future__ import annotations

from dataclasses import dataclass

from kodeverk.codebook.service import get_codebook
from kodeverk.codebook.tree import Codebook
from kodeverk.export.options import ExportOptions
from kodeverk.project import Project
from kodeverk.retrieval.query import Excerpt, RetrievalQuery, retrieve
from kodeverk.retrieval.quotes import Quote, merge_coders
from kodeverk.services import lookup
from kodeverk.services.groups import list_groups, list_phases
from kodeverk.services.names import NameMasker, masker_for
from kodeverk.services.transcripts import TranscriptInfo, list_transcripts
from kodeverk.storage import people


@dataclass(frozen=True)
class SectionKey:
    """One top-level section of a by-group/phase/informant export."""

    key: str
    title: str
    subtitle: str = ""


@dataclass(frozen=True)
class ExportData:
    """Everything the outline is built from (already filtered)."""

    project_name: str
    book: Codebook
    excerpts: tuple[Excerpt, ...]
    quotes: tuple[Quote, ...]
    sections: tuple[SectionKey, ...]
    selected: frozenset[int]
    visible: frozenset[int]
    coders: tuple[str, ...]
    masker: NameMasker
    listed_names: int


def _sections(options: ExportOptions, transcripts: list[TranscriptInfo], project: Project,
              groups: set[str]) -> list[SectionKey]:
    if options.by == "group":
        used = {g for t in transcripts for g in t.groups}
        return [SectionKey(g.name, g.name, g.full_name) for g in list_groups(project)
                if (g.name in groups if groups else g.name in used)]
    if options.by == "phase":
        used = {t.phase for t in transcripts}
        return [SectionKey(p, p) for p in list_phases(project) if p in used]
    if options.by == "informant":
        phase_order = {p: i for i, p in enumerate(list_phases(project))}
        seen: dict[str, str | None] = {}
        for t in transcripts:
            if t.informant:
                seen.setdefault(t.informant, t.phase)
        ordered = sorted(seen, key=lambda p: (phase_order.get(seen[p] or "", 99), p))
        return [SectionKey(p, p, seen[p] or "") for p in ordered]
    return []


def collect(project: Project, options: ExportOptions) -> ExportData:
    """Run the query the options describe and gather the rest (raises on unknown names)."""
    options = options.checked()
    query = RetrievalQuery(codes=options.codes, groups=options.groups, phases=options.phases, coders=options.coders)
    excerpts = retrieve(project, query)
    book = get_codebook(project)
    selected: set[int] = set()
    for path in options.codes:
        selected.update(book.descendants(book.resolve(path).id))
    if not options.codes:
        selected = set(book.nodes)
    visible = set(selected)
    for code_id in selected:
        parent = book[code_id].parent_id
        while parent is not None:
            visible.add(parent)
            parent = book[parent].parent_id
    transcripts = list_transcripts(project)
    with project.reading() as session:
        name = people.project_info(session).name
        phases = {lookup.find_phase(session, p).name for p in options.phases}
        groups = {lookup.find_group(session, g).name for g in options.groups}
    if phases:
        transcripts = [t for t in transcripts if t.phase in phases]
    if groups:
        transcripts = [t for t in transcripts if groups & set(t.groups)]
    masker = masker_for(project, replacement=options.replacement)
    coders = tuple(sorted({e.coder for e in excerpts}))
    return ExportData(project_name=name, book=book, excerpts=tuple(excerpts), quotes=tuple(merge_coders(excerpts)),
                      sections=tuple(_sections(options, transcripts, project, groups)), selected=frozenset(selected),
                      visible=frozenset(visible), coders=coders, masker=masker, listed_names=len(masker.names))
