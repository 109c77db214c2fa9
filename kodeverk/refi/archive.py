"""The .qdpx archive: finding its project XML, and the files its sources name, as tools write them.

A .qdpx is a zip with ``project.qde`` at the root and the sources' files in
``sources/``. Tolerated, with a warning where it matters: the XML named
``<anything>.qde``; paths with or without ``internal://`` (or another
scheme), in any case, relative to ``sources/`` or to the root, and
non-GUID file names; plain text in UTF-8 (with or without a BOM), UTF-16
with a BOM, or Windows-1252.
"""

from __future__ import annotations

import codecs
import zipfile
from pathlib import Path, PurePosixPath

from kodeverk.errors import FileProblem
from kodeverk.text.encoding import decode_text_bytes
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

MAX_MEMBER = 2**31 - 1


class RefiFileError(FileProblem):
    """A .qdpx or .qdc file cannot be read at all (the message names the file and the problem)."""


def find_qde(path: Path, archive: zipfile.ZipFile, warnings: list[str]) -> str:
    names = [n for n in archive.namelist() if n.lower().endswith(".qde") and not n.endswith("/")]
    if not names:
        raise RefiFileError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "the archive holds no project XML (no project.qde, no .qde file at all)")))
    exact = [n for n in names if n.lower() == "project.qde"]
    if exact:
        return exact[0]
    at_root = [n for n in names if "/" not in n.strip("/")] or names
    chosen = sorted(at_root)[0]
    warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "the project XML is named {name!r}, not project.qde (read anyway)"),
                            name=chosen))
    if len(at_root) > 1:
        warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "the archive holds {count} .qde files; only {name!r} was read"),
                                count=len(at_root), name=chosen))
    return chosen


def read_member(path: Path, archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MAX_MEMBER:
        raise RefiFileError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "{name} is larger than the format allows (2 GB)"),
                                    name=name))
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as exc:
        raise RefiFileError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "{name} in the archive is damaged ({detail})"),
                                    name=name, detail=exc)) from exc


class ArchiveFiles:
    """Finds files in the archive by the path forms tools write (module docstring)."""

    def __init__(self, path: Path, archive: zipfile.ZipFile):
        self.path = path
        self.archive = archive
        self.by_lower = {n.lower(): n for n in archive.namelist() if not n.endswith("/")}
        self.by_base: dict[str, list[str]] = {}
        for name in self.by_lower.values():
            self.by_base.setdefault(PurePosixPath(name).name.lower(), []).append(name)

    def find(self, reference: str) -> str | None:
        ref = reference.strip().replace("\\", "/")
        lowered = ref.lower()
        for scheme in ("internal://", "relative://", "absolute://", "file://"):
            if lowered.startswith(scheme):
                ref = ref[len(scheme):]
                break
        ref = ref.lstrip("/")
        for candidate in (f"sources/{ref}", ref):
            found = self.by_lower.get(candidate.lower())
            if found:
                return found
        same_base = self.by_base.get(PurePosixPath(ref).name.lower(), [])
        return same_base[0] if len(same_base) == 1 else None

    def read(self, name: str) -> bytes:
        return read_member(self.path, self.archive, name)


def decode_plain(data: bytes) -> tuple[str, list[str]]:
    """The text of a plain-text source exactly as stored (a BOM stays a character: positions count it)."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return "\ufeff" + data[len(bom):].decode(codec), []
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    decoded = decode_text_bytes(data, "source")
    notes = ["read as Windows-1252 (not UTF-8); check letters like æ, ø and å"] if decoded.is_fallback else []
    return decoded.text, notes
