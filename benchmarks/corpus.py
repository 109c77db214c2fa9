"""A deterministic corpus of interview transcripts (.docx with speaker turns) and a manifest.

Used by the import benchmark: N transcripts of about W words each, Norwegian
words, alternating interviewer/informant turns with bold labels, some
timestamps, and a semicolon manifest with phase, groups, informant, ministry
and role for every file.
"""

from __future__ import annotations

import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

WORDS = ("samordning kjernegruppe departement sekretariatet mandatet forankring problemet løsning felles "
         "informasjon tiltak resultater prosess kultur møte departementsråd etatene direktoratet kunnskap "
         "barn unge klima vann avløp kompetanse strategi ledelse ansvar sektor kommune stat tillit dialog "
         "altså på en måte ikke sant vi har det var jo egentlig veldig viktig for oss at både og når "
         "hvordan hva hvorfor synes du tror jeg kanskje litt mer mindre bedre dårlig godt gjennom").split()
PHASES = ("Fase 1", "Fase 2", "Fase 3")
GROUPS = ("KUBU", "Kunnskap i kriser", "Klima", "VA", "Kompetanse")
MINISTRIES = ("BFD", "Barne- og familiedepartementet", "KD", "KLD", "Helse og omsorgsdep.", "KDD", "AID", "JD")
ROLES = ("departementsråd", "sekretariatsleder", "sekretariatsmedlem", "fagavdeling")

_DOCUMENT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{}'
             '<w:sectPr/></w:body></w:document>')
_CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                  'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                  'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
                  '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
                  'document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
         'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def _paragraph(label: str, text: str) -> str:
    return (f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{escape(label)}</w:t></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p>')


def transcript_paragraphs(rng: random.Random, words: int) -> list[tuple[str, str]]:
    """(label, text) turns adding up to about ``words`` words."""
    turns, total, minute = [], 0, 0
    while total < words:
        asking = len(turns) % 2 == 0
        length = rng.randint(8, 25) if asking else rng.randint(60, 220)
        text = " ".join(rng.choice(WORDS) for _ in range(length)).capitalize() + ("?" if asking else ".")
        label = "Intervjuer:" if asking else "Informant:"
        if rng.random() < 0.1:
            minute += rng.randint(1, 3)
            label = f"[00:{minute % 60:02d}:{rng.randint(0, 59):02d}] {label}"
        turns.append((label, text))
        total += length + 1
    return turns


def write_corpus(folder: Path, count: int, words: int, seed: int = 1) -> Path:
    """Write ``count`` .docx transcripts of about ``words`` words and ``manifest.csv``; returns the manifest."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    rows = ["fil;fase;kjernegruppe;informant;departement;rolle;dato"]
    for index in range(count):
        name = f"intervju-{index:04d}.docx"
        body = "".join(_paragraph(label, text) for label, text in transcript_paragraphs(rng, words))
        with zipfile.ZipFile(folder / name, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
            archive.writestr("_rels/.rels", _RELS)
            archive.writestr("word/document.xml", _DOCUMENT.format(body))
        groups = "|".join(rng.sample(GROUPS, rng.choice((1, 1, 2))))
        rows.append(f"{name};{PHASES[index % 3]};{groups};P-{index:04d};{rng.choice(MINISTRIES)};"
                    f"{rng.choice(ROLES)};2023-0{1 + index % 9}-1{index % 10}")
    manifest = folder / "manifest.csv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return manifest
