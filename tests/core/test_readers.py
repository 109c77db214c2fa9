"""Tests of the transcript readers: every format, every refusal, fixtures built in tmp_path."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from kodeverk.errors import ReadError
from kodeverk.importing.readers import SUPPORTED_SUFFIXES, Paragraph, ReadDocument, _common, read_document

W_NS = nsdecls("w")


def texts(document: ReadDocument) -> list[str]:
    return [p.text for p in document.paragraphs if p.text.strip()]


def zip_bytes(files: dict[str, bytes | str], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as package:
        for name, content in files.items():
            package.writestr(name, content.encode("utf-8") if isinstance(content, str) else content)
    return buffer.getvalue()


def problem(path: Path, data: bytes | None = None) -> str:
    with pytest.raises(ReadError) as caught:
        read_document(path, data)
    assert str(caught.value).startswith(path.name + ": ")
    return caught.value.problem


def make_docx(path: Path, build) -> Path:
    document = docx.Document()
    build(document)
    document.save(str(path))
    return path


# --- refusals shared by every format ------------------------------------------------------------

@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_zero_byte_file_is_refused(tmp_path, suffix):
    path = tmp_path / f"tom{suffix}"
    path.write_bytes(b"")
    assert problem(path) == "the file is empty (0 bytes)"


def test_directory_missing_and_unreadable_files_are_named(tmp_path, monkeypatch):
    folder = tmp_path / "mappe.docx"
    folder.mkdir()
    assert "folder" in problem(folder)
    missing = tmp_path / "borte.docx"
    assert "does not exist" in problem(missing) and str(missing) in problem(missing)

    locked = tmp_path / "låst.txt"
    locked.write_text("hei")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert "permission denied" in problem(locked)


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "intervju.xyz"
    path.write_text("I: hei")
    assert problem(path) == "unsupported file type '.xyz' (Kodeverk reads .docx, .txt, .odt, .rtf, .md)"
    assert "no extension" in problem(tmp_path / "intervju", b"I: hei")


def test_data_given_means_the_file_is_not_read(tmp_path):
    document = read_document(tmp_path / "finnes-ikke.txt", "I: hei\nR: hallo".encode())
    assert texts(document) == ["I: hei", "R: hallo"]


def test_whitespace_only_document_has_no_text(tmp_path):
    assert problem(tmp_path / "blank.txt", b" \n\t\n") == "the document has no text"


# --- .txt and .md ---------------------------------------------------------------------------------

def test_txt_utf8_lines_and_line_ends(tmp_path):
    document = read_document(tmp_path / "a.txt", "I: Hva?\r\nR: Blåbær.\rSlutt\n".encode())
    assert texts(document) == ["I: Hva?", "R: Blåbær.", "Slutt"]
    assert document.source_format == "txt" and document.encoding == "utf-8" and document.warnings == []


def test_txt_utf8_bom(tmp_path):
    document = read_document(tmp_path / "a.txt", b"\xef\xbb\xbf" + "Ærlig talt".encode())
    assert texts(document) == ["Ærlig talt"] and document.encoding == "utf-8"


@pytest.mark.parametrize("encoding, expected", [("utf-16", "utf-16-le"), ("utf-16-le", "utf-16-le"),
                                                ("utf-16-be", "utf-16-be")])
def test_txt_utf16_with_and_without_bom(tmp_path, encoding, expected):
    document = read_document(tmp_path / "a.txt", "I: Hvordan går det?\nR: Bra, takk.".encode(encoding))
    assert texts(document) == ["I: Hvordan går det?", "R: Bra, takk."]
    assert document.encoding == expected


def test_txt_windows_1252_is_read_with_a_warning(tmp_path):
    document = read_document(tmp_path / "a.txt", "Sjøen ved Tromsø – «fint»".encode("cp1252"))
    assert texts(document) == ["Sjøen ved Tromsø – «fint»"]
    assert document.encoding == "windows-1252"
    assert any("read as Windows-1252 (not UTF-8)" in w for w in document.warnings)


def test_txt_with_nul_bytes_is_refused(tmp_path):
    assert "not a text file" in problem(tmp_path / "a.txt", b"I: hei\x00\x00\x01\x02 R: hallo du der")


@pytest.mark.parametrize("data", [zip_bytes({"word/document.xml": "<x/>"}), b"\xd0\xcf\x11\xe0" + b"\0" * 600,
                                  bytes(range(256)) * 4])
def test_binary_renamed_txt_is_refused(tmp_path, data):
    message = problem(tmp_path / "renamed.txt", data)
    assert "not a text file" in message or "binary file" in message


def test_md_light_markup(tmp_path):
    source = "# Intervju 4\n\n**I:** Hva *synes* du om __mandatet__?\n- punkt med snake_case_navn\n" \
             "> **Kari:** Vi \\*delte\\* [notatet](http://x.no).\n---\n"
    document = read_document(tmp_path / "a.md", source.encode())
    assert document.source_format == "md"
    assert texts(document) == ["Intervju 4", "I: Hva synes du om mandatet?", "punkt med snake_case_navn",
                               "Kari: Vi *delte* notatet."]
    bold = {p.text: p.bold_prefix for p in document.paragraphs}
    assert bold["I: Hva synes du om mandatet?"] == "I:"
    assert bold["Kari: Vi *delte* notatet."] == "Kari:"
    assert bold["Intervju 4"] == ""


# --- .docx ----------------------------------------------------------------------------------------

def build_rich(document) -> None:
    section = document.sections[0]
    section.header.paragraphs[0].text = "TOPPTEKST"
    section.footer.paragraphs[0].text = "BUNNTEKST"
    document.add_paragraph("Intervju med informant K3-07")
    paragraph = document.add_paragraph()
    paragraph.add_run("Intervjuer:").bold = True
    paragraph.add_run(" Hva gjør\tdere?")
    paragraph.add_run().add_break()
    paragraph.add_run("Ny linje.")
    paragraph = document.add_paragraph()
    label = paragraph.add_run("Informant:")
    label.style = "Strong"
    paragraph.add_run(" Vi samordner.")
    not_bold = document.add_paragraph()
    not_bold.add_run("Avsnitt:").bold = False
    not_bold.add_run(" uten fet skrift")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "A1"
    table.cell(0, 1).text = "B1"
    table.cell(1, 0).text = "A2"
    table.cell(1, 1).add_table(rows=1, cols=1).cell(0, 0).text = "nestet"
    changed = document.add_paragraph("Før ")
    changed._p.append(parse_xml(f'<w:del {W_NS} w:id="1" w:author="x"><w:r><w:delText>slettet </w:delText>'
                                f'<w:tab/></w:r></w:del>'))
    changed._p.append(parse_xml(f'<w:ins {W_NS} w:id="2" w:author="x"><w:r><w:t>innsatt</w:t></w:r></w:ins>'))
    field = document.add_paragraph("Side ")
    for xml in ('<w:r {ns}><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r {ns}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                '<w:r {ns}><w:fldChar w:fldCharType="separate"/></w:r>', '<w:r {ns}><w:t>3</w:t></w:r>',
                '<w:r {ns}><w:fldChar w:fldCharType="end"/></w:r>',
                '<w:r {ns}><w:sym w:font="Wingdings" w:char="F04A"/></w:r>',
                '<w:hyperlink {ns} r:id="rId99"><w:r><w:t xml:space="preserve"> lenke</w:t></w:r></w:hyperlink>'):
        field._p.append(parse_xml(xml.format(ns=nsdecls("w", "r"))))
    document.element.body.sectPr.addprevious(parse_xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="felt"/></w:sdtPr><w:sdtContent><w:p><w:r>'
        f'<w:t>i innholdskontroll</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    commented = document.add_paragraph()
    run = commented.add_run("Kommentert tekst")
    document.add_comment(run, text="KOMMENTAR", author="x")
    document.add_paragraph("Slutt")


def test_docx_body_tables_and_exclusions(tmp_path):
    document = read_document(make_docx(tmp_path / "rik.docx", build_rich))
    assert document.source_format == "docx" and document.encoding is None
    assert texts(document) == [
        "Intervju med informant K3-07",
        "Intervjuer: Hva gjør\tdere?\nNy linje.",
        "Informant: Vi samordner.",
        "Avsnitt: uten fet skrift",
        "A1", "B1", "A2", "nestet",
        "Før innsatt",
        "Side 3 lenke",
        "i innholdskontroll",
        "Kommentert tekst",
        "Slutt",
    ]
    everything = "\n".join(p.text for p in document.paragraphs)
    for absent in ("TOPPTEKST", "BUNNTEKST", "slettet", "PAGE", "KOMMENTAR"):
        assert absent not in everything
    assert any("tracked changes" in w for w in document.warnings)


def test_docx_bold_prefixes(tmp_path):
    document = read_document(make_docx(tmp_path / "rik.docx", build_rich))
    bold = {p.text.split(":")[0]: p.bold_prefix for p in document.paragraphs}
    assert bold["Intervjuer"] == "Intervjuer:"
    assert bold["Informant"] == "Informant:"  # character style "Strong"
    assert bold["Avsnitt"] == ""  # w:b w:val="0"


def test_docx_whole_bold_paragraph_and_split_label_runs(tmp_path):
    def build(document):
        paragraph = document.add_paragraph()
        paragraph.add_run("Kari ").bold = True
        paragraph.add_run("Nordmann").bold = True
        paragraph.add_run(": Hei.")
        document.add_paragraph().add_run("Alt er fett").bold = True

    paragraphs = read_document(make_docx(tmp_path / "b.docx", build)).paragraphs
    assert paragraphs[0] == Paragraph("Kari Nordmann: Hei.", "Kari Nordmann")
    assert paragraphs[1] == Paragraph("Alt er fett", "Alt er fett")


def test_docx_content_with_a_fallback_is_read_once(tmp_path):
    """mc:AlternateContent holds the same content twice, as a Choice and a Fallback: only the Choice counts."""
    both = "<w:p><w:r><w:t>Intervjuer: Hei</w:t></w:r></w:p>"
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    data = zip_bytes({"word/document.xml": f"<w:document {W_NS} {mc}><w:body><mc:AlternateContent>"
                                           f"<mc:Choice>{both}</mc:Choice><mc:Fallback>{both}</mc:Fallback>"
                                           f"</mc:AlternateContent></w:body></w:document>"})
    assert [p.text for p in read_document(tmp_path / "x.docx", data).paragraphs] == ["Intervjuer: Hei"]


def test_docx_without_text(tmp_path):
    assert problem(make_docx(tmp_path / "tom.docx", lambda d: d.add_paragraph(""))) == "the document has no text"


def test_docx_that_is_not_a_zip(tmp_path):
    assert problem(tmp_path / "x.docx", b"Dette er bare tekst") == "not a Word .docx file (not a zip archive)"
    assert problem(tmp_path / "x.docx", bytes(range(256))) == "not a Word .docx file (not a zip archive)"


def test_docx_old_doc_and_encrypted(tmp_path):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000
    assert problem(tmp_path / "gammel.docx", ole) == \
        "this is an old Word 97–2003 .doc file, not .docx; save it as .docx"
    encrypted = ole + "EncryptionInfo".encode("utf-16-le") + b"\0" * 100
    assert problem(tmp_path / "hemmelig.docx", encrypted) == \
        "the document is password-protected; save it without a password and import again"


def test_docx_corrupt_zip(tmp_path):
    good = make_docx(tmp_path / "god.docx", lambda d: d.add_paragraph("Hei")).read_bytes()
    assert problem(tmp_path / "avkuttet.docx", good[: len(good) // 2]) == \
        "the .docx file is damaged (corrupt zip archive)"
    stored = zip_bytes({"word/document.xml": f"<w:document {W_NS}><w:body><w:p><w:r><w:t>Hei hei</w:t>"
                        "</w:r></w:p></w:body></w:document>"}, zipfile.ZIP_STORED)
    bad_crc = stored.replace(b"Hei hei", b"Hei hai", 1)
    assert problem(tmp_path / "crc.docx", bad_crc) == "the .docx file is damaged (corrupt zip archive)"
    central = stored.index(b"PK\x01\x02")
    future = stored[:central + 6] + b"\xbd\x00" + stored[central + 8:]  # "needs zip version 18.9"
    assert problem(tmp_path / "version.docx", future) == "the .docx file is damaged (corrupt zip archive)"


def test_docx_without_document_xml(tmp_path):
    data = zip_bytes({"[Content_Types].xml": "<Types/>", "word/styles.xml": "<x/>"})
    assert problem(tmp_path / "x.docx", data) == "not a Word document (no word/document.xml inside)"


def test_docx_malformed_xml(tmp_path):
    data = zip_bytes({"word/document.xml": f"<w:document {W_NS}><w:body><w:p></w:body>"})
    message = problem(tmp_path / "x.docx", data)
    assert message.startswith("the .docx file is damaged (word/document.xml is not well-formed XML: ")
    assert "mismatch" in message


def test_docx_zip_bomb_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(_common, "MAX_PART_BYTES", 10_000)
    body = "<w:p><w:r><w:t>bla bla bla</w:t></w:r></w:p>" * 1000
    data = zip_bytes({"word/document.xml": f"<w:document {W_NS}><w:body>{body}</w:body></w:document>"})
    assert "uncompressed" in problem(tmp_path / "bombe.docx", data)


def test_docx_named_part_found_through_relationships(tmp_path):
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="word/document2.xml" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument"/></Relationships>')
    doc = f"<w:document {W_NS}><w:body><w:p><w:r><w:t>Annet navn</w:t></w:r></w:p></w:body></w:document>"
    data = zip_bytes({"_rels/.rels": rels, "word/document2.xml": doc})
    assert texts(read_document(tmp_path / "x.docx", data)) == ["Annet navn"]


def test_docx_that_is_really_rtf(tmp_path):
    document = read_document(tmp_path / "x.docx", rb"{\rtf1\ansi Hei p\'e5 deg\par}")
    assert texts(document) == ["Hei på deg"] and document.source_format == "rtf"
    assert document.warnings


# --- .odt -----------------------------------------------------------------------------------------

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"')


def odt_bytes(body: str, automatic_styles: str = "", manifest: str | None = None) -> bytes:
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
               f'<office:automatic-styles>{automatic_styles}</office:automatic-styles>'
               f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')
    manifest = manifest or ('<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                            '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                            '"application/vnd.oasis.opendocument.text"/></manifest:manifest>')
    return zip_bytes({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content,
                      "styles.xml": f'<office:document-styles {ODT_NS}><office:styles><style:style '
                                    'style:name="Strong_20_Emphasis" style:family="text"><style:text-properties '
                                    'fo:font-weight="bold"/></style:style></office:styles></office:document-styles>',
                      "META-INF/manifest.xml": manifest})


def test_odt_text_spaces_tabs_tables_lists_and_exclusions(tmp_path):
    body = ('<text:h text:outline-level="1">Intervju 2</text:h>'
            '<text:p><text:span text:style-name="T1">I:</text:span> Hva<text:s text:c="3"/>nå?<text:tab/>'
            'Ja<text:line-break/>ny linje<text:note text:note-class="footnote"><text:note-citation>1'
            '</text:note-citation><text:note-body><text:p>FOTNOTE</text:p></text:note-body></text:note>.</text:p>'
            '<text:p><text:span text:style-name="T2">R:</text:span> Svar<office:annotation><text:p>KOMMENTAR'
            '</text:p></office:annotation> her<text:s/>og <text:a xlink:href="x" '
            'xmlns:xlink="http://www.w3.org/1999/xlink">lenke</text:a></text:p>'
            '<text:tracked-changes><text:changed-region><text:deletion><text:p>SLETTET</text:p></text:deletion>'
            '</text:changed-region></text:tracked-changes>'
            '<table:table><table:table-row><table:table-cell><text:p>Celle 1</text:p></table:table-cell>'
            '<table:table-cell><text:p>Celle 2</text:p></table:table-cell></table:table-row></table:table>'
            '<text:list><text:list-item><text:p>Punkt</text:p></text:list-item></text:list>'
            '<text:p><text:span text:style-name="T3">Ikke fet:</text:span> tekst</text:p>')
    styles = ('<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/>'
              '</style:style><style:style style:name="T2" style:family="text" '
              'style:parent-style-name="Strong_20_Emphasis"/>'
              '<style:style style:name="T3" style:family="text"><style:text-properties fo:font-style="italic"/>'
              '</style:style>')
    document = read_document(tmp_path / "a.odt", odt_bytes(body, styles))
    assert document.source_format == "odt"
    assert texts(document) == ["Intervju 2", "I: Hva   nå?\tJa\nny linje.", "R: Svar her og lenke",
                               "Celle 1", "Celle 2", "Punkt", "Ikke fet: tekst"]
    bold = [p.bold_prefix for p in document.paragraphs]
    assert bold == ["", "I:", "R:", "", "", "", ""]


def test_odt_refusals(tmp_path):
    encrypted = odt_bytes("<text:p>x</text:p>", manifest=(
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        '<manifest:encryption-data manifest:checksum-type="SHA1"/></manifest:file-entry></manifest:manifest>'))
    assert problem(tmp_path / "a.odt", encrypted).startswith("the document is password-protected")
    assert problem(tmp_path / "a.odt", b"tekst") == "not an OpenDocument .odt file (not a zip archive)"
    assert problem(tmp_path / "a.odt", odt_bytes("<text:p>x</text:p>")[:200]) == \
        "the .odt file is damaged (corrupt zip archive)"
    assert problem(tmp_path / "a.odt", zip_bytes({"mimetype": "x"})) == \
        "not an OpenDocument text document (no content.xml inside)"
    broken = zip_bytes({"content.xml": f"<office:document-content {ODT_NS}><office:body>"})
    assert problem(tmp_path / "a.odt", broken).startswith(
        "the .odt file is damaged (content.xml is not well-formed XML: ")
    assert problem(tmp_path / "a.odt", odt_bytes("<text:p> </text:p>")) == "the document has no text"


# --- .rtf -----------------------------------------------------------------------------------------

def signed(code_unit: int) -> int:
    return code_unit - 65536 if code_unit > 32767 else code_unit


def test_rtf_text_escapes_and_bold(tmp_path):
    high, low = signed(0xD83D), signed(0xDE00)  # U+1F600 as a surrogate pair
    source = (r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman Times;}}{\colortbl;\red0\green0\blue0;}"
              r"{\*\generator Foo;}{\info{\title HEMMELIG}}{\header TOPPTEKST\par}"
              "\n" r"{\pard\b I:\b0  Hva tenker du om samordning p\'e5 tvers?\par}"
              "\n" r"{\pard{\b R:} Det er \u8220?viktig\u8221? \uc2\u8212\'97\'97 ja \u" f"{high}" r"\'3f\'3f\u"
              f"{low}" r"\'3f\'3f\par}"
              r"{\pard linje\line to\tab tab\~nbsp\-hyph\_en\par}"
              r"{\field{\*\fldinst HYPERLINK x}{\fldrslt lenke}}{\footnote FOTNOTE}\par"
              r"{\pard\plain Sl\'f8yfe {\deleted BORTE}\{ok\}\par}}")
    document = read_document(tmp_path / "a.rtf", source.encode("ascii"))
    assert document.source_format == "rtf"
    assert texts(document) == ["I: Hva tenker du om samordning på tvers?",
                               "R: Det er \u201cviktig\u201d \u2014 ja 😀",
                               "linje\nto\ttab\u00a0nbsphyph-en",
                               "lenke",
                               "Sløyfe {ok}"]
    bold = {p.text[:2]: p.bold_prefix for p in document.paragraphs if p.text}
    assert bold["I:"] == "I:" and bold["R:"] == "R:" and bold["li"] == ""


def test_rtf_out_of_range_unicode_and_binary_data(tmp_path):
    source = b"{\\rtf1\\ansi A\\u-70000?B{\\*\\blipuid x}{\\pict\\bin4 }}{}}C\\par}"  # 4 bytes of "binary"
    assert len(texts(read_document(tmp_path / "a.rtf", source))[0]) == 4


def test_rtf_other_code_page(tmp_path):
    document = read_document(tmp_path / "a.rtf", rb"{\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2\par}")
    assert texts(document) == ["Привет"]


def test_rtf_refusals(tmp_path):
    assert problem(tmp_path / "a.rtf", b"Hei, ikke rtf") == "not an RTF file (it does not start with {\\rtf)"
    assert problem(tmp_path / "a.rtf", rb"{\rtf1\ansi {\b Hei\par") == "the RTF file is damaged (unbalanced braces)"
    assert texts(read_document(tmp_path / "a.rtf", rb"{\rtf1\ansi Hei}trailing junk}")) == ["Hei"]
    assert problem(tmp_path / "a.rtf", rb"{\rtf1\ansi {\*\generator x;}}") == "the document has no text"
