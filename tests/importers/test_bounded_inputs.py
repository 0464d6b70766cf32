"""Malformed and hostile inputs: each gives one clear line, leaves the project unchanged, and
the importing process stays under 500 MB (measured: peak RSS of a fresh process)."""
import sqlite3
import zipfile

import pytest

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.core.messages import set_language
from qualcoder_htl.importers.docx_reader import read_docx
from qualcoder_htl.importers.readers import read_file
from qualcoder_htl.importers.text_files import read_txt
from qualcoder_htl.services import Project

from .. import bombs

LIMIT_MB = 500
W = bombs.W_NS


@pytest.fixture(scope="module")
def empty_project(tmp_path_factory):
    path = tmp_path_factory.mktemp("bombs") / "p.qhtl"
    Project.create(path, coder="test").close()
    return path


def sources_in(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM sources").fetchone()[0]
    finally:
        con.close()


def refused(project, *args, expect):
    result = bombs.import_in_child(project, *map(str, args))
    lines = [line for line in (result["out"] + result["err"]).splitlines()
             if "error" in line and "errors" not in line]
    assert result["code"] == 1, result
    assert len(lines) == 1 and expect in lines[0], result
    assert "Traceback" not in result["err"]
    assert result["peak_mb"] < LIMIT_MB, f"{result['peak_mb']:.0f} MB"
    assert sources_in(project) == 0
    return result


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["docx", "lying_docx", "stored_docx", "one_paragraph_docx",
                                  "odt", "qdpx_source",
                                  "qdpx_project", "qdpx_elements", "sparse_txt", "long_txt"])
def test_a_bomb_is_refused_with_bounded_memory(tmp_path, empty_project, kind):
    make, name, expect = {
        "docx": (bombs.docx_bomb, "bomb.docx", "word/document.xml unpacks to 200 MB"),
        "lying_docx": (bombs.lying_docx, "lying.docx", "the file is damaged"),
        "stored_docx": (lambda p: bombs.docx_bomb(p, 60 * bombs.MiB, zipfile.ZIP_STORED),
                        "stored.docx", "the text is too long to import"),
        "one_paragraph_docx": (bombs.one_paragraph_docx, "one.docx",
                               "one paragraph or table in word/document.xml has more than"),
        "odt": (bombs.odt_bomb, "bomb.odt", "content.xml unpacks to"),
        "qdpx_source": (bombs.qdpx_bomb, "bomb.qdpx", "sources/a.txt unpacks to"),
        "qdpx_project": (lambda p: bombs.qdpx_bomb(p, 300 * bombs.MiB, where="qde"),
                         "qde.qdpx", "project.qde unpacks to"),
        "qdpx_elements": (bombs.many_elements_qdpx, "many.qdpx",
                          "project.qde has more than 2"),
        "sparse_txt": (bombs.sparse_txt, "huge.txt", "the file is too large to import (100 MB"),
        "long_txt": (bombs.long_txt, "long.txt", "the text is too long to import"),
    }[kind]
    path = make(tmp_path / name)
    refused(empty_project, path, expect=expect)


@pytest.mark.slow
def test_an_attribute_sheet_bomb_is_refused(tmp_path, empty_project):
    sheet = bombs.xlsx_bomb(tmp_path / "attribut.xlsx")
    transcript = tmp_path / "vh_01.txt"
    transcript.write_text("J: Hej\nIP: Hej.", encoding="utf-8")
    refused(empty_project, transcript, "--sheet", sheet,
            expect="xl/worksheets/sheet1.xml unpacks to")


def test_limits_are_said_in_swedish(tmp_path):
    path = bombs.sparse_txt(tmp_path / "stor.txt")
    set_language("sv")
    try:
        with pytest.raises(ImportFileError) as caught:
            read_file(path)
        assert "filen är för stor för att importeras (100 MB; .txt-filer får vara högst 20 MB)" \
            in str(caught.value)
    finally:
        set_language("en")


def _docx(path, body: str, doctype: str = ""):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?>{doctype}'
                                        f'<w:document xmlns:w="{W}"><w:body>{body}'
                                        f"</w:body></w:document>")
    return path


def test_entity_references_and_symbols_in_runs_keep_all_text(tmp_path):
    path = _docx(
        tmp_path / "e.docx",
        '<w:p><w:r><w:t xml:space="preserve">IP: Jag &amp; &namn; gick &lt;hem&gt; sen, '
        "&#229;t &#x2013; middag.</w:t></w:r>"
        '<w:r><w:t xml:space="preserve"> Vi</w:t><w:softHyphen/><w:t>sa </w:t>'
        '<w:sym w:font="Symbol" w:char="F061"/><w:t xml:space="preserve"> och </w:t>'
        '<w:sym w:font="Wingdings" w:char="F0E0"/><w:tab/><w:t>slut</w:t>'
        '<w:noBreakHyphen/><w:t>kläm</w:t><w:br/><w:t>ny rad</w:t></w:r></w:p>',
        doctype='<!DOCTYPE w:document [<!ENTITY namn "Åsa">]>')
    assert read_docx(path).text == ("IP: Jag & Åsa gick <hem> sen, åt – middag. Visa α och →"
                                    "\tslut-kläm\nny rad")


def test_an_undeclared_entity_is_a_damaged_file_not_lost_text(tmp_path):
    path = _docx(tmp_path / "nbsp.docx", "<w:p><w:r><w:t>a&nbsp;b</w:t></w:r></w:p>")
    with pytest.raises(ImportFileError, match=r"the file is damaged: word/document.xml is not "
                                              r"valid XML \(line 1: Entity 'nbsp' not defined"):
        read_file(path)


def test_an_entity_expansion_bomb_is_not_expanded(tmp_path):
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 9))
    path = _docx(tmp_path / "lol.docx", "<w:p><w:r><w:t>&l8;</w:t></w:r></w:p>",
                 doctype=f'<!DOCTYPE w:document [<!ENTITY l0 "lol">{lol}]>')
    try:
        text = read_docx(path).text
    except ImportFileError as e:  # libxml2 refuses the amplification itself: fine too
        assert "the file is damaged" in str(e)
    else:
        assert len(text) < 1000  # one level at most, never 10^8 copies


@pytest.mark.parametrize(("name", "data", "expect"), [
    ("trasig.odt", None, "the file is damaged: content.xml has no text body"),
    ("kort.odt", "cut", "the file is damaged: content.xml is not valid XML"),
    ("trasig.docx", "cut", "the file is damaged: word/document.xml is not valid XML"),
    ("trasig.rtf", r"{\rtf1\ansi {\b IP: Hej", "the file is damaged: the RTF groups"),
])
def test_broken_documents_say_damaged(tmp_path, name, data, expect):
    path = tmp_path / name
    if name.endswith(".odt"):
        office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
        content = (f'<office:document-content xmlns:office="{office}"><office:body>'
                   f"<office:spreadsheet/></office:body></office:document-content>")
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
            z.writestr("content.xml", content if data is None else content[:60])
    elif name.endswith(".docx"):
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body><w:p><w:r>')
    else:
        path.write_text(data, encoding="ascii")
    with pytest.raises(ImportFileError) as caught:
        read_file(path)
    message = str(caught.value)
    assert expect in message and "\n" not in message and "NoneType" not in message
    set_language("sv")
    try:
        assert "filen är skadad" in str(caught.value)
    finally:
        set_language("en")


SHIFT_JIS = ("J: インタビューを始めます。\nIP: 私は学校で十年間働いています。"
             "子供たちはとても元気です。\n") * 3


def test_a_shift_jis_file_is_named_and_read_in_its_encoding(tmp_path):
    path = tmp_path / "japansk.txt"
    path.write_bytes(SHIFT_JIS.encode("shift_jis"))
    result = read_txt(path)
    assert result.text == SHIFT_JIS.strip()
    assert result.encoding == "cp932"
    [note] = result.warnings
    assert "not Swedish text" in note and "Japanese" in note and "Shift-JIS" in note
    set_language("sv")
    try:
        again = read_txt(path)
        assert "japansk text" in again.warnings[0]
    finally:
        set_language("en")


def test_cyrillic_and_chinese_files_are_named_too(tmp_path):
    for text, encoding, script in (
            ("J: Начнём интервью.\nIP: Я работаю в школе десять лет.\n" * 3, "cp1251",
             "Cyrillic"),
            ("J: 我们开始采访。\nIP: 我在学校工作了十年。孩子们很健康。\n" * 3, "gbk", "Chinese")):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        result = read_txt(path)
        assert result.text == text.strip() and script in result.warnings[0]


def test_swedish_cp1252_gets_no_foreign_note(tmp_path):
    text = "J: Hur länge har du varit med?\nIP: Sedan hösten, sa Åsa och Örjan på café.\n" * 20
    path = tmp_path / "sv.txt"
    path.write_bytes(text.encode("cp1252"))
    result = read_txt(path)
    assert result.encoding == "cp1252" and result.warnings == []
