"""Walk-through, second round: the Word export's ladder table gives the step its room (checked in the file)."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.shared import Cm

from kodeverk.export import ExportOptions, export_word
from kodeverk.project import Project


def _ladder_tables(document) -> list:
    return [t for t in document.tables if t.rows[0].cells[0].text in ("Trinn", "Step")]


def test_ladder_table_columns_fit_the_step_names_and_the_page(sample_project_master: Path, tmp_path: Path) -> None:
    out = tmp_path / "rapport.docx"
    with Project.open(sample_project_master, read_only=True) as project:
        export_word(project, out, ExportOptions())
    document = docx.Document(str(out))
    section = document.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    tables = _ladder_tables(document)
    assert len(tables) == 5  # one per core group of the sample
    for table in tables:
        grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        step, codings, informants, quote = grid
        # a step's name ("Trinn 3: Unngå å svekke hverandres måloppnåelse") wraps on two lines, not three
        assert step >= Cm(5.0).twips
        # the counts' headers ("Kodinger", "Informanter") are not broken inside the word
        assert codings >= Cm(2.0).twips and informants >= Cm(2.5).twips
        assert quote > step  # the quote is still the widest
        assert abs(sum(grid) - Cm(16).twips) <= 5 and Cm(16) <= text_width  # within the page's text width
        # every cell says the same width as its column (Word reads the cells, LibreOffice the grid)
        for row in table.rows:
            assert [c.width.twips for c in row.cells] == grid
