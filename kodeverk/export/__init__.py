"""Exports of coded excerpts: Word (.docx) and tables (.xlsx/.csv). Qt-free.

Entry points for the command line and the desktop app's Export dialog:
:func:`export_word`, :func:`export_table`, :func:`preview_outline`; options in
:class:`ExportOptions`, result in :class:`ExportResult`.
"""

from __future__ import annotations

from kodeverk.export.options import (
    ATTRIBUTION_FIELDS,
    ExportCancelled,
    ExportFileError,
    ExportOptions,
    ExportResult,
    ExportWarning,
    attribution_warnings,
    parse_attribution,
)
from kodeverk.export.outline import Outline, build_outline, preview_outline
from kodeverk.export.table import export_table
from kodeverk.export.word import export_word

__all__ = [
    "ATTRIBUTION_FIELDS", "ExportCancelled", "ExportFileError", "ExportOptions", "ExportResult", "ExportWarning",
    "Outline", "attribution_warnings", "build_outline", "export_table", "export_word", "parse_attribution",
    "preview_outline",
]
