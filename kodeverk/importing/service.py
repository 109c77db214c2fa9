"""Importing a batch of transcript files, each in its own transaction.

A batch never stops at a bad file. Each file ends as imported, imported with
warnings (near-duplicate of another transcript, unmatched metadata), skipped
(identical text already in the project; nothing is replaced) or failed (why).
A failed file leaves the project exactly as it was.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kodeverk.errors import KodeverkError
from kodeverk.messages import Message, joined
from kodeverk.importing.manifest import Manifest, read_manifest
from kodeverk.importing.metadata import Defaults, MetadataApplier
from kodeverk.importing.report import (IDENTICAL, NAME_TAKEN, NEAR_DUPLICATE, NOT_IN_MANIFEST, FileOutcome,
                                       ImportReport, Status)
from kodeverk.importing.readers import SUPPORTED_SUFFIXES
from kodeverk.importing.prepare import PreparedFile, prepared_files
from kodeverk.importing.similarity import Fingerprints
from kodeverk.project import Project
from kodeverk.storage import import_rows, transcripts as store

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class ImportOptions:
    """How to import a batch."""

    manifest: Path | None = None
    phase: str | None = None
    groups: Sequence[str] = ()
    keep_original: bool = True


def collect_files(paths: Iterable[Path | str]) -> list[Path]:
    """The files to import: named files as given, folders searched (recursively) for supported types.

    Hidden files and Word's lock files (``~$name.docx``) inside folders are passed over.
    """
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (child.is_file() and child.suffix.lower() in SUPPORTED_SUFFIXES
                        and not child.name.startswith((".", "~$"))):
                    found.append(child)
        else:
            found.append(path)
    unique: dict[Path, None] = {}
    for path in found:
        unique.setdefault(path.absolute(), None)
    return list(unique)


def _unique_name(wanted: str, taken: set[str]) -> str:
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted} ({number})" in taken:
        number += 1
    return f"{wanted} ({number})"


def import_files(project: Project, paths: Iterable[Path | str], options: ImportOptions = ImportOptions(), *,
                 progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                 workers: int | None = None) -> ImportReport:
    """Import every file under ``paths``; see the module docstring. Raises only for a bad manifest or defaults.

    Files are read and parsed in ``workers`` processes (default, for large batches: one fewer than
    the cores, this process lending a hand) and stored in this process, in order, one transaction each.
    """
    files = collect_files(paths)
    manifest: Manifest | None = read_manifest(options.manifest) if options.manifest else None
    report = ImportReport(manifest_warnings=list(manifest.warnings) if manifest else [])
    defaults = Defaults(options.phase, tuple(options.groups))
    with project.reading() as session:
        applier = MetadataApplier(session)
        problems = applier.check_defaults(defaults)
        if problems:
            raise KodeverkError(joined("; ", problems))
    # The workers start on the first files now, while this process fingerprints the project's texts.
    with _older_objects_left_alone(), prepared_files(files, workers) as results:
        with project.reading() as session:
            taken = set(store.transcript_names(session))
            fingerprints = Fingerprints()
            for _transcript_id, name, text in store.texts_for_similarity(session):
                fingerprints.add(name, text)
        for index, prepared in enumerate(results):
            if cancelled is not None and cancelled():
                report.cancelled = True
                report.outcomes.extend(FileOutcome(str(p), Status.CANCELLED) for p in files[index:])
                break
            if progress is not None:
                progress(index, len(files), prepared.path.name)
            report.outcomes.append(_store(project, prepared, manifest, defaults, applier, taken, fingerprints,
                                          options))
    with project.reading() as session:
        import_rows.checkpoint(session)
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), "")
    return report


@contextmanager
def _older_objects_left_alone() -> Iterator[None]:
    """Keep the garbage collector's full passes off the objects alive before the import.

    A program that has loaded SQLAlchemy (and perhaps Qt) holds some 100 000 objects; each full
    collection walks them all (about 40 ms), and storing files makes enough garbage for one every
    hundred files or so. Frozen, they are skipped until the import ends; nothing else changes.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _store(project: Project, prepared: PreparedFile, manifest: Manifest | None, defaults: Defaults,
           applier: MetadataApplier, taken: set[str], fingerprints: Fingerprints,
           options: ImportOptions) -> FileOutcome:
    path = prepared.path
    if prepared.error is not None:
        return FileOutcome(str(path), Status.FAILED, message=prepared.error)
    warnings = list(prepared.warnings)
    row = manifest.row_for(path.name) if manifest else None
    if manifest is not None and row is None:
        warnings.append(Message(NOT_IN_MANIFEST, manifest=manifest.path.name))
    wanted = (row.title if row and row.title else path.stem).strip() or path.stem
    name = _unique_name(wanted, taken)
    if name != wanted:
        warnings.append(Message(NAME_TAKEN, name=name))
    try:
        with project.transaction() as session:
            same = import_rows.transcript_name_with_sha256(session, prepared.sha256)
            if same is not None:
                return FileOutcome(str(path), Status.SKIPPED, transcript=same,
                                   message=Message(IDENTICAL, name=same))
            metadata, more, group_ids = applier.apply(session, row, defaults)
            warnings += more
            transcript_id = import_rows.insert_transcript(session, {
                "name": name, "original_filename": path.name,
                "original_bytes": prepared.data if options.keep_original else None,
                "source_format": prepared.source_format, "text": prepared.utf8, "sha256": prepared.sha256,
                "char_count": prepared.chars, "word_count": prepared.words, **metadata})
            import_rows.insert_turns(session, transcript_id, prepared.turns)
            import_rows.link_groups(session, transcript_id, group_ids)
    except KodeverkError as exc:
        return FileOutcome(str(path), Status.FAILED, transcript=name, message=exc.message)
    near = fingerprints.nearest(prints=prepared.prints)
    if near is not None:
        warnings.append(Message(NEAR_DUPLICATE, name=near[0], share=near[1]))
    fingerprints.add(name, prints=prepared.prints)
    taken.add(name)
    return FileOutcome(str(path), Status.WARNING if warnings else Status.IMPORTED, transcript=name,
                       warnings=warnings)
