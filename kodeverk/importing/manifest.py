"""Reading the metadata manifest: one row of informant and interview data per transcript file.

A manifest is a CSV file (``,``, ``;`` or tab, detected from the header line;
``"``-quoted fields; any encoding :func:`decode_text_bytes` accepts) or the
first sheet of an ``.xlsx`` workbook. Headers may be Norwegian or English, in
any case (see ``_COLUMNS``); unknown columns become free attributes. Values
are kept as written (trimmed): matching them to the canonical ministries,
groups, phases and roles is :mod:`kodeverk.importing.matching`'s job, done by
the importer against the project's own lists. Only dates and the manager flag
are parsed here.

What is fatal and what is a warning:

* :class:`ManifestError` (nothing is imported): the file is missing,
  unreadable, zero bytes, undecodable, a corrupt or password-protected
  workbook, or an old ``.xls``; it has no header row; no file column; the same
  column twice; a CSV row with more cells than the header has columns (a
  value with the delimiter lost its quotes, so every later cell would shift);
  a quote that is never closed; the same file listed twice. These make the
  whole manifest untrustworthy.
* Warnings (``Manifest.warnings``, the row is kept): a date that is not a
  valid date, a manager value that is not yes/no (the field is left empty), a
  text decoded as Windows-1252, values in a column without a header (ignored),
  two rows whose files share a name in different folders. A row with values
  but no file name is skipped with a warning; empty rows are skipped silently.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from kodeverk.errors import AmbiguousError, ManifestError, ReadError
from kodeverk.text.encoding import decode_text_bytes
from kodeverk.text.normalise import normalise_text
from kodeverk.messages import QT_TRANSLATE_NOOP, Message

_COLUMNS: dict[str, tuple[str, ...]] = {
    "file": ("fil", "file", "filnavn", "filename", "file name"),
    "title": ("tittel", "title"),
    "phase": ("fase", "phase"),
    "groups": ("kjernegruppe", "kjernegrupper", "gruppe", "grupper", "group", "groups", "core group", "core groups"),
    "informant": ("informant", "pseudonym"),
    "ministry": ("departement", "ministry"),
    "role": ("rolle", "role"),
    "date": ("dato", "date", "intervjudato", "interview date"),
    "real_name": ("ekte navn", "real name", "fullt navn", "full name"),
    "is_manager": ("leder med personalansvar", "manager", "personalansvar"),
}
_FIELD_OF = {alias: name for name, aliases in _COLUMNS.items() for alias in aliases}
_TRUE = {"ja", "j", "yes", "y", "true", "sant", "1", "x"}
_FALSE = {"nei", "n", "no", "false", "usant", "0"}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_DOTTED = re.compile(r"(\d{1,2})[.-](\d{1,2})[.-](\d{4}|\d{2})")
_SERIAL = re.compile(r"\d{5}(?:\.0+)?")
_EXTENSION = re.compile(r"\.[a-z][a-z0-9]{0,4}$")
_XLSX_SUFFIXES = {".xlsx", ".xlsm"}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_ZIP_MAGIC = b"PK\x03\x04"
_EXCEL_EPOCH = datetime.date(1899, 12, 30)


@dataclass(frozen=True)
class ManifestRow:
    """The metadata of one transcript file; ``line`` is its 1-based row number in the manifest."""

    line: int
    file: str
    title: str | None = None
    phase: str | None = None
    groups: tuple[str, ...] = ()
    informant: str | None = None
    ministry: str | None = None
    role: str | None = None
    date: datetime.date | None = None
    real_name: str | None = None
    is_manager: bool | None = None
    attributes: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Manifest:
    """A parsed manifest: its rows in file order and the warnings met on the way."""

    path: Path
    rows: tuple[ManifestRow, ...]
    warnings: tuple[str, ...] = ()

    def row_for(self, filename: str) -> ManifestRow | None:
        """The row describing ``filename``, or None.

        Tried in order, case-insensitively, the first step with hits wins: the
        same path; the same file name (the manifest or ``filename`` may hold
        folders); the same name with the extension left out on one side.
        Raises :class:`AmbiguousError` when a step finds several rows.
        """
        query = _path_key(filename)
        if not query:
            return None
        base = query.rsplit("/", 1)[-1]
        by_key, by_base, by_stem = self._index
        steps = (
            by_key.get(query, ()),
            by_base.get(base, ()),
            sorted(set(by_stem.get(base, ())) | set(by_base.get(_stem(base), ()))),
        )
        for positions in steps:
            hits = [self.rows[i] for i in positions]
            if len(hits) > 1:
                # folders may tell rows with the same file name apart
                hits = [r for r in hits if _path_key(r.file).endswith("/" + query)
                        or query.endswith("/" + _path_key(r.file))] or hits
            if len(hits) == 1:
                return hits[0]
            if hits:
                lines = ", ".join(str(row.line) for row in hits)
                raise AmbiguousError(Message(QT_TRANSLATE_NOOP("CoreMessages", "{file}: {name!r} matches rows {lines}"),
                                             file=self.path.name, name=filename, lines=lines))
        return None

    @cached_property
    def _index(self) -> tuple[dict[str, list[int]], dict[str, list[int]], dict[str, list[int]]]:
        """Row positions by path key, by base name and by base name without extension (built once)."""
        by_key: dict[str, list[int]] = {}
        by_base: dict[str, list[int]] = {}
        by_stem: dict[str, list[int]] = {}
        for position, row in enumerate(self.rows):
            key = _path_key(row.file)
            by_key.setdefault(key, []).append(position)
            by_base.setdefault(_base(key), []).append(position)
            by_stem.setdefault(_stem(_base(key)), []).append(position)
        return by_key, by_base, by_stem


def _path_key(name: str) -> str:
    return name.strip().replace("\\", "/").removeprefix("./").casefold()


def _base(key: str) -> str:
    return key.rsplit("/", 1)[-1]


def _stem(name: str) -> str:
    return _EXTENSION.sub("", name)


def read_manifest(path: Path) -> Manifest:
    """Read the manifest at ``path`` or raise :class:`ManifestError` (see the module docstring)."""
    path = Path(path)
    data = _read_bytes(path)
    warnings: list[str] = []
    if data.startswith(_OLE_MAGIC):
        raise ManifestError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "an old Excel .xls file or a password-protected workbook; save it as .xlsx without a password, or as CSV")))
    if path.suffix.casefold() in _XLSX_SUFFIXES or data.startswith(_ZIP_MAGIC):
        table, split_semicolon, headerless_fatal = _read_xlsx(path, data), True, False
    else:
        table, delimiter = _read_csv(path, data, warnings)
        split_semicolon, headerless_fatal = delimiter != ";", True
    rows = _parse(path, table, warnings, split_semicolon, headerless_fatal)
    return Manifest(path, tuple(rows), tuple(warnings))


def _read_bytes(path: Path) -> bytes:
    if path.is_dir():
        raise ManifestError(path, Message(QT_TRANSLATE_NOOP("CoreMessages", "is a folder, not a manifest file")))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ManifestError(path, Message(QT_TRANSLATE_NOOP("CoreMessages", "file not found"))) from None
    except OSError as exc:
        raise ManifestError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "cannot be read: {reason}"),
                                    reason=exc.strerror or exc)) from exc
    if not data:
        raise ManifestError(path, Message(QT_TRANSLATE_NOOP("CoreMessages", "the file is empty (0 bytes)")))
    return data


def _read_csv(path: Path, data: bytes, warnings: list[str]) -> tuple[list[tuple[int, list[object]]], str]:
    try:
        decoded = decode_text_bytes(data, str(path))
    except ReadError as exc:
        raise ManifestError(path, exc.problem) from exc
    if decoded.is_fallback:
        warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "read as Windows-1252, not UTF-8: check that æ, ø and å look right")))
    text = normalise_text(decoded.text)
    delimiter = _detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=True)
    table: list[tuple[int, list[object]]] = []
    previous = 0
    try:
        for cells in reader:
            table.append((previous + 1, list(cells)))
            previous = reader.line_num
    except csv.Error as exc:
        raise ManifestError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "row {line}: malformed CSV ({detail}); is a quote never closed?"),
                                    line=previous + 1, detail=exc)) from exc
    return table, delimiter


def _detect_delimiter(text: str) -> str:
    """The delimiter of the first non-blank line: the most frequent of tab, ``;``, ``,`` outside quotes."""
    line = next((line for line in text.split("\n") if line.strip()), "")
    unquoted = "".join(part for i, part in enumerate(line.split('"')) if i % 2 == 0)
    counts = {d: unquoted.count(d) for d in ("\t", ";", ",")}
    best = max(counts, key=lambda d: counts[d])  # ties: the first of tab, ';', ','
    return best if counts[best] else ","


def _read_xlsx(path: Path, data: bytes) -> list[tuple[int, list[object]]]:
    import openpyxl  # imported here: only workbooks need it

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            return [(number, list(row)) for number, row in enumerate(sheet.iter_rows(values_only=True), start=1)]
        finally:
            workbook.close()
    except Exception as exc:  # openpyxl signals a damaged workbook with many exception types
        raise ManifestError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "not a readable Excel workbook ({kind}: {detail})"),
                                    kind=type(exc).__name__, detail=exc)) from exc


def _text(value: object) -> str:
    """A cell as trimmed text (XLSX cells may be numbers, dates or booleans)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return normalise_text(str(value)).strip()


def _parse(path: Path, table: list[tuple[int, list[object]]], warnings: list[str],
           split_semicolon: bool, headerless_fatal: bool) -> list[ManifestRow]:
    content = [(line, [_text(c) for c in cells], cells) for line, cells in table if any(_text(c) for c in cells)]
    if not content:
        raise ManifestError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "no header row: the file holds only empty rows")))
    headers = content[0][1]
    fields = _map_headers(path, headers)
    manager_header = next((headers[i] for i, name in fields.items() if name == "is_manager"), "")
    rows: list[ManifestRow] = []
    seen: dict[str, int] = {}
    for line, texts, cells in content[1:]:
        headerless = ", ".join(str(i + 1) for i, t in enumerate(texts) if t and (i >= len(headers) or not headers[i]))
        if headerless_fatal and any(texts[len(headers):]):
            last = max(i for i, t in enumerate(texts) if t) + 1
            raise ManifestError(path,
                                Message(QT_TRANSLATE_NOOP("CoreMessages", "row {line} has {cells} cells but the header has {columns} columns; is a value holding the delimiter missing its quotes?"),
                                        line=line, cells=last, columns=len(headers)))
        if headerless:
            warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "row {line}: values in columns without a header are ignored (columns {columns})"),
                                    line=line, columns=headerless))
        values = {name: texts[i] if i < len(texts) else "" for i, name in fields.items()}
        cell_of = {name: cells[i] if i < len(cells) else None for i, name in fields.items()}
        attributes = {h: texts[i] for i, h in enumerate(headers) if h and i not in fields and i < len(texts) and texts[i]}
        file = values["file"]
        if not file:
            warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "row {line}: no file name; row skipped"),
                                    line=line))
            continue
        if (key := _path_key(file)) in seen:
            raise ManifestError(path,
                                Message(QT_TRANSLATE_NOOP("CoreMessages", "file {file!r} is listed twice (rows {first} and {line})"),
                                        file=file, first=seen[key], line=line))
        seen[key] = line
        rows.append(ManifestRow(
            line=line, file=file, title=values.get("title") or None, phase=values.get("phase") or None,
            groups=_split_groups(values.get("groups", ""), split_semicolon),
            informant=values.get("informant") or None, ministry=values.get("ministry") or None,
            role=values.get("role") or None, date=_date(cell_of.get("date"), values.get("date", ""), line, warnings),
            real_name=values.get("real_name") or None,
            is_manager=_flag(values.get("is_manager", ""), manager_header, line, warnings),
            attributes=attributes,
        ))
    by_name: dict[str, list[int]] = {}
    for row in rows:
        by_name.setdefault(_base(_path_key(row.file)), []).append(row.line)
    warnings.extend(Message(QT_TRANSLATE_NOOP("CoreMessages", "rows {lines}: files in different folders share the name {name!r}"),
                            lines=', '.join(map(str, lines)), name=name)
                    for name, lines in by_name.items() if len(lines) > 1)
    return rows


def _map_headers(path: Path, headers: list[str]) -> dict[int, str]:
    """Column index → known field name; fatal on a missing file column or a repeated column."""
    fields: dict[int, str] = {}
    first: dict[str, int] = {}
    for i, header in enumerate(headers):
        if not header:
            continue
        key = " ".join(header.split()).casefold()
        identity = _FIELD_OF.get(key, "attr:" + key)
        if identity in first:
            j = first[identity]
            raise ManifestError(path,
                                Message(QT_TRANSLATE_NOOP("CoreMessages", "columns {first} ({first_header!r}) and {second} ({second_header!r}) hold the same field; keep one"),
                                        first=j + 1, first_header=headers[j], second=i + 1, second_header=header))
        first[identity] = i
        if key in _FIELD_OF:
            fields[i] = _FIELD_OF[key]
    if "file" not in fields.values():
        found = ", ".join(h for h in headers if h) or Message(QT_TRANSLATE_NOOP("CoreMessages", "no headers"))
        raise ManifestError(path,
                            Message(QT_TRANSLATE_NOOP("CoreMessages", "missing column 'fil'/'file'; found: {found}"),
                                    found=found))
    return fields


def _split_groups(text: str, split_semicolon: bool) -> tuple[str, ...]:
    """The groups of one cell, split at ``|`` (and ``;`` unless it is the delimiter), without repeats."""
    unique: dict[str, str] = {}
    for part in re.split(r"[|;]" if split_semicolon else r"\|", text):
        if part.strip():
            unique.setdefault(part.strip().casefold(), part.strip())
    return tuple(unique.values())


def _date(cell: object, text: str, line: int, warnings: list[str]) -> datetime.date | None:
    """A date from a date cell, an Excel serial number or text (yyyy-mm-dd, dd.mm.yyyy, d.m.yy)."""
    if isinstance(cell, (datetime.datetime, datetime.date)):
        return cell.date() if isinstance(cell, datetime.datetime) else cell
    is_number = isinstance(cell, (int, float)) and not isinstance(cell, bool)
    if text and (is_number or _SERIAL.fullmatch(text)) and 10000 <= float(text) < 2958466:
        return _EXCEL_EPOCH + datetime.timedelta(days=int(float(text)))  # from 1927: 2023 is a year, not a serial
    iso, dotted = _ISO.fullmatch(text), _DOTTED.fullmatch(text)
    try:
        if iso:
            return datetime.date(*(int(g) for g in iso.groups()))
        if dotted:
            day, month, year = (int(g) for g in dotted.groups())
            return datetime.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "row {line}: date {text!r} is not a valid date; left empty"),
                                line=line, text=text))
        return None
    if text:
        warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "row {line}: date {text!r} is not a valid date (write yyyy-mm-dd or dd.mm.yyyy); left empty"),
                                line=line, text=text))
    return None


def _flag(text: str, header: str, line: int, warnings: list[str]) -> bool | None:
    """The manager flag: ja/nei, yes/no, true/false, 1/0, x; anything else is a warning."""
    key = text.casefold().strip(". ")
    if not key:
        return None
    if key in _TRUE or key in _FALSE:
        return key in _TRUE
    warnings.append(Message(QT_TRANSLATE_NOOP("CoreMessages", "row {line}: {header!r} value {text!r} is not ja/nei (yes/no); left empty"),
                            line=line, header=header, text=text))
    return None
