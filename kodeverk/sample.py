"""The sample project: invented transcripts from ``resources/sample`` coded by two coders.

The transcripts and the manifest are imported like a user's own; the codings
(``resources/sample/codings/<transcript file stem>.json``) name their passages
by exact text, so they stay right whatever the offsets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from kodeverk.codebook.service import load_codebook
from kodeverk.errors import KodeverkError
from kodeverk.importing.service import ImportOptions, import_files
from kodeverk.project import Project
from kodeverk.resources import resource_path
from kodeverk.services.coding import add_coding_in, locate_passage
from kodeverk.services.lookup import ensure_coder
from kodeverk.services.names import add_names
from kodeverk.storage import transcripts as transcript_store
from kodeverk.messages import QT_TRANSLATE_NOOP, Message, joined

SAMPLE_DIR = resource_path("sample")
SAMPLE_CODERS = {"Ingrid": "#1F77B4", "Jonas": "#D62728"}


@dataclass(frozen=True)
class SampleResult:
    transcripts: int
    codings: int
    coders: tuple[str, ...]


def build_sample(path: Path | str) -> SampleResult:
    """Create the sample project at ``path`` (which must not exist)."""
    path = Path(path)
    with Project.create(path, name="Eksempelprosjekt: kjernegruppene") as project:
        report = import_files(project, [SAMPLE_DIR / "transcripts"],
                              ImportOptions(manifest=SAMPLE_DIR / "manifest.csv"))
        if report.failed:
            problems = joined("; ", [o.message for o in report.outcomes if o.message])
            raise KodeverkError(Message(QT_TRANSLATE_NOOP("CoreMessages", "the sample transcripts did not import: {problems}"),
                                        problems=problems))
        count = 0
        with project.transaction() as session:
            book = load_codebook(session)
            coders = {name: ensure_coder(session, name, colour) for name, colour in SAMPLE_CODERS.items()}
            by_file = {t.original_filename: t for t in transcript_store.all_transcripts(session)}
            for codings_file in sorted((SAMPLE_DIR / "codings").glob("*.json")):
                transcript = by_file[codings_file.stem + ".txt"]
                text = transcript_store.transcript_text(session, transcript.id) or ""
                for entry in json.loads(codings_file.read_text(encoding="utf-8")):
                    start, end = locate_passage(text, entry["text"], entry.get("occurrence", 1),
                                                transcript=transcript.name)
                    coder = coders.get(entry["coder"]) or ensure_coder(session, entry["coder"])
                    add_coding_in(session, transcript.id, book.resolve(entry["code"]).id, coder.id, start, end,
                                  entry.get("memo", ""))
                    count += 1
        add_names(project, _mentioned_names())
        return SampleResult(transcripts=len(by_file), codings=count, coders=tuple(SAMPLE_CODERS))


def _mentioned_names() -> list[str]:
    """Other persons the sample interviews mention (``names.txt``), for the name list."""
    lines = (SAMPLE_DIR / "names.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]
