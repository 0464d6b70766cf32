"""read_odt and read_rtf: same contract as .docx, Swedish letters intact."""
import io
import zipfile

import pytest
from odf import teletype
from odf.office import Annotation
from odf.opendocument import OpenDocumentText
from odf.style import Footer, Header, MasterPage, PageLayout
from odf.table import Table, TableCell, TableColumn, TableRow
from odf.text import H, List, ListItem, Note, NoteBody, NoteCitation, P, Span

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.importers.odt_reader import read_odt
from qualcoder_htl.importers.rtf_reader import read_rtf

SWEDISH = "Åsa och Örjan läste på café"


def _para(text):
    p = P()
    teletype.addTextToElement(p, text)  # writes text:s, text:tab, text:line-break
    return p


def _odt(path, extras=True):
    doc = OpenDocumentText()
    if extras:
        layout = PageLayout(name="pm1")
        doc.automaticstyles.addElement(layout)
        page = MasterPage(name="Standard", pagelayoutname=layout)
        header = Header()
        header.addElement(P(text="Konfidentiellt"))
        page.addElement(header)
        page.addElement(Footer())  # empty footer: no warning for it
        doc.masterstyles.addElement(page)
    doc.text.addElement(H(outlinelevel=1, text="Intervju 3"))
    doc.text.addElement(_para(f"IP: {SWEDISH}.\nSen\tgick  vi hem."))
    doc.text.addElement(P())
    table = Table(name="T")
    table.addElement(TableColumn(numbercolumnsrepeated=2))
    for left, right in (("Tid", "Vad"), ("12:45", "Örjan kom")):
        row = TableRow()
        for value in (left, right):
            cell = TableCell()
            cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    doc.text.addElement(table)
    items = List()
    item = ListItem()
    item.addElement(P(text="punkt ett"))
    items.addElement(item)
    doc.text.addElement(items)
    last = P(text="J: Tack")
    if extras:
        note = Note(noteclass="footnote")
        note.addElement(NoteCitation(text="1"))
        body = NoteBody()
        body.addElement(P(text="En fotnot"))
        note.addElement(body)
        last.addElement(note)
        comment = Annotation()
        comment.addElement(P(text="Kolla detta"))
        last.addElement(comment)
    last.addElement(Span(text="."))
    doc.text.addElement(last)
    doc.save(str(path))


def test_odt_text_in_order(tmp_path):
    path = tmp_path / "intervju.odt"
    _odt(path)
    result = read_odt(path)
    assert result.text == (
        "Intervju 3\n"
        f"IP: {SWEDISH}.\nSen\tgick  vi hem.\n"
        "\n"
        "Tid\tVad\n"
        "12:45\tÖrjan kom\n"
        "punkt ett\n"
        "J: Tack."
    )
    assert result.original_format == "odt"


def test_odt_header_footnote_and_comment_reported(tmp_path):
    path = tmp_path / "intervju.odt"
    _odt(path)
    [warning] = read_odt(path).warnings
    assert "headers" in warning and "footnotes" in warning and "comments" in warning
    assert "footers" not in warning


def test_odt_without_extras_has_no_warnings(tmp_path):
    path = tmp_path / "intervju.odt"
    _odt(path, extras=False)
    assert read_odt(path).warnings == []


def test_odt_collapses_source_whitespace_like_writer(tmp_path):
    path = tmp_path / "ws.odt"
    doc = OpenDocumentText()
    doc.text.addElement(P(text="  IP:   ja\n   visst  "))  # raw white space, not text:s
    doc.save(str(path))
    assert read_odt(path).text == "IP: ja visst"


def test_odt_broken_files(tmp_path):
    path = tmp_path / "trasig.odt"
    path.write_bytes(b"inte en zip" * 20)
    with pytest.raises(ImportFileError, match="not a zip"):
        read_odt(path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ImportFileError, match="content.xml is missing"):
        read_odt(path)


RTF = (
    r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Calibri;}}"
    r"{\colortbl;\red0\green0\blue0;}"
    r"{\*\generator Riched20 10.0}"
    r"{\header\pard Konfidentiellt\par}"
    r"{\info{\title Intervju}{\author JL}}"
    "\r\n"
    r"\pard\f0 J: Vem var med?\par" "\r\n"
    r"IP: \'c5sa och \u214?rjan l\'e4ste p\u229? caf\'e9.\line Sen\tab gick vi hem.\par" "\r\n"
    r"\par" "\r\n"
    r"\trowd\cellx2000\cellx4000\pard\intbl Tid\cell Vad\cell\row" "\r\n"
    r"\trowd\cellx2000\cellx4000\pard\intbl 12:45\cell \u214?rjan kom\par och gick\cell\row" "\r\n"
    r'\pard {\field{\*\fldinst{HYPERLINK "https://example.se"}}{\fldrslt{l\'e4nk}}}'
    r" och fotnot{\super\chftn{\footnote\pard\plain\chftn Fotnotstext}}\par" "\r\n"
    r"\uc2 Tankstreck \u8211\'96\'96 och{\uc1  emoji \u-10179?\u-8704?}.\par" "\r\n"
    r"{\*\annotation{\*\atnid JL}Kommentar}\{klammer\} \\ slut\par" "\r\n"
    "}"
)


def test_rtf_swedish_escapes_tables_and_fields(tmp_path):
    path = tmp_path / "intervju.rtf"
    path.write_bytes(RTF.encode("ascii"))
    result = read_rtf(path)
    assert result.text == (
        "J: Vem var med?\n"
        f"IP: {SWEDISH}.\nSen\tgick vi hem.\n"
        "\n"
        "Tid\tVad\n"
        "12:45\tÖrjan kom och gick\n"
        "länk och fotnot\n"
        "Tankstreck – och emoji \U0001F600.\n"
        "{klammer} \\ slut"
    )
    assert result.original_format == "rtf"


def test_rtf_header_footnote_and_comment_reported(tmp_path):
    path = tmp_path / "intervju.rtf"
    path.write_bytes(RTF.encode("ascii"))
    [warning] = read_rtf(path).warnings
    assert "headers" in warning and "footnotes" in warning and "comments" in warning


def test_rtf_code_page_from_ansicpg(tmp_path):
    path = tmp_path / "cz.rtf"
    path.write_bytes(rb"{\rtf1\ansi\ansicpg1250 \'8ao\'9eka}")  # cp1250: Š, ž
    assert read_rtf(path).text == "Šožka"


def test_not_rtf(tmp_path):
    path = tmp_path / "x.rtf"
    path.write_text("bara text", encoding="utf-8")
    with pytest.raises(ImportFileError, match="not a valid RTF"):
        read_rtf(path)


def test_rtf_font_charset_overrides_code_page(tmp_path):
    path = tmp_path / "f.rtf"
    path.write_bytes(
        rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}{\f1\fcharset204 Arial Cyr;}}"
        rb"\f0 p\'e5 {\f1 \'c4\'e0}}"
    )
    assert read_rtf(path).text == "på Да"


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8"])
def test_rtf_unescaped_8bit_text(tmp_path, encoding):
    path = tmp_path / "raw.rtf"
    path.write_bytes(b"{\\rtf1\\ansi IP: " + SWEDISH.encode(encoding) + b" \\'96 slut\\par}")
    assert read_rtf(path).text == f"IP: {SWEDISH} – slut"
