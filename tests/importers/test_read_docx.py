"""read_docx: body in reading order (tables included), breaks and tabs kept, extras reported."""
import io
import zipfile

import docx
import pytest
from docx.oxml import parse_xml

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.importers.docx_reader import read_docx

SWEDISH = "Åsa och Örjan läste på café"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _transcript(path, header=True, comment=True):
    d = docx.Document()
    d.add_heading("Intervju 3, Tjärnaskolan", level=1)
    if header:
        d.sections[0].header.paragraphs[0].text = "Konfidentiellt – utkast"
    p = d.add_paragraph("J: Vem var med?")
    first = d.add_paragraph()
    run = first.add_run(f"IP: {SWEDISH}.")
    run.add_break()  # soft line break (Shift+Enter)
    first.add_run("Sen\tgick vi hem.")
    d.add_paragraph("")  # an empty paragraph is kept as an empty line
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Tid"
    table.cell(0, 1).text = "Vad"
    table.cell(1, 0).text = "12:45"
    table.cell(1, 1).text = "Örjan kom"
    table.cell(1, 1).add_paragraph("och gick")
    d.add_paragraph("J: Tack.")
    if comment:
        d.add_comment(p.runs, text="Kolla namnet", author="JL", initials="JL")
    d.save(path)


def test_body_text_in_order_with_table_break_and_tab(tmp_path):
    path = tmp_path / "intervju.docx"
    _transcript(path)
    result = read_docx(path)
    assert result.text == (
        "Intervju 3, Tjärnaskolan\n"
        "J: Vem var med?\n"
        f"IP: {SWEDISH}.\nSen\tgick vi hem.\n"
        "\n"
        "Tid\tVad\n"
        "12:45\tÖrjan kom och gick\n"
        "J: Tack."
    )
    assert result.original_format == "docx"
    assert result.original_bytes == path.read_bytes()


def test_header_and_comment_are_reported_not_imported(tmp_path):
    path = tmp_path / "intervju.docx"
    _transcript(path)
    result = read_docx(path)
    assert "Konfidentiellt" not in result.text and "Kolla namnet" not in result.text
    assert len(result.warnings) == 1
    assert "headers" in result.warnings[0] and "comments" in result.warnings[0]


def test_no_warnings_without_extras(tmp_path):
    path = tmp_path / "intervju.docx"
    _transcript(path, header=False, comment=False)
    assert read_docx(path).warnings == []


def test_merged_cells_are_not_repeated(tmp_path):
    d = docx.Document()
    table = d.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "IP"
    table.cell(0, 2).text = "svar"
    path = tmp_path / "t.docx"
    d.save(path)
    assert read_docx(path).text == "IP\tsvar"


def test_tracked_changes_read_as_accepted(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("IP: Vi ")
    p._p.append(parse_xml(
        f'<w:ins {W_NS} w:id="1" w:author="JL"><w:r><w:t>ville</w:t></w:r></w:ins>'
    ))
    p._p.append(parse_xml(
        f'<w:del {W_NS} w:id="2" w:author="JL"><w:r><w:delText>skulle</w:delText></w:r></w:del>'
    ))
    p.add_run(" det.")
    path = tmp_path / "t.docx"
    d.save(path)
    result = read_docx(path)
    assert result.text == "IP: Vi ville det."
    assert any("tracked changes" in w for w in result.warnings)


def test_page_break_paragraph_is_an_empty_line(tmp_path):
    d = docx.Document()
    d.add_paragraph("ett")
    d.add_page_break()
    d.add_paragraph("två")
    path = tmp_path / "t.docx"
    d.save(path)
    assert read_docx(path).text == "ett\n\ntvå"


def test_random_bytes_are_not_a_docx(tmp_path):
    path = tmp_path / "trasig.docx"
    path.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(ImportFileError, match="not a zip archive"):
        read_docx(path)


def test_zip_without_document_xml(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/styles.xml", "<styles/>")
    path = tmp_path / "tom.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ImportFileError, match="document.xml is missing") as info:
        read_docx(path)
    assert info.value.path == str(path)


def test_old_word_doc_renamed_to_docx(tmp_path):
    path = tmp_path / "gammal.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(ImportFileError, match=r"\.doc file"):
        read_docx(path)
