"""Every export of a project with originals planted in its text, title, attribute values and
choices, code names and definitions, memos and file names writes its file, and no original is
in any byte of it (a real key, real files, the real guard). Only the key export carries them:
it IS the key."""
import csv
import sqlite3

import pytest

from qualcoder_htl.core import messages
from qualcoder_htl.pseudonymise.guard import ExportRefused
from qualcoder_htl.pseudonymise.suggestions import PERSON
from qualcoder_htl.services.codebook_csv import export_codebook
from qualcoder_htl.services.export_guard import guard_file
from qualcoder_htl.services.refi_export import export_qdc, export_qdpx

from .planted import ORIGINALS, SCHOOL_A, TOWN, leaks, planted_project


@pytest.fixture
def planted(tmp_path):
    p = planted_project(tmp_path / "project")
    yield p
    p.close()


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _only_file(folder):
    files = list(folder.iterdir())
    assert len(files) == 1, files
    return files[0]


def test_theme_report_of_a_project_named_after_its_town(planted, out):
    path = planted.analysis.export_report(out / f"rapport {TOWN}.docx", by="Pilotskola")
    assert path.exists() and path == _only_file(out)
    assert TOWN not in path.name
    assert leaks(path) == []
    assert path.metadata_replaced >= 3  # title, the school value, the code, the file name


def test_word_matrix_quotes_csv_xlsx_json(planted, out):
    a = planted.analysis
    matrix = a.matrix(columns="Pilotskola")
    assert any(c.label == SCHOOL_A for c in matrix.columns)  # the researcher's own view
    code = planted.codebook.codes()[0].id
    written = [a.export_matrix(matrix, out / f"matris {SCHOOL_A}.{fmt}")
               for fmt in ("docx", "csv", "xlsx", "json")]
    written.append(a.export_quotes(a.quotes(code, by="Pilotskola"), out / "citat.docx"))
    for path in written:
        assert path.exists() and leaks(path) == [], path
        assert path.metadata_replaced >= 1
    assert len(list(out.iterdir())) == 5


def test_qdpx_qdc_and_codebook_csv(planted, out):
    report = export_qdpx(planted, out / f"{TOWN}.qdpx")
    assert report.shared and report.metadata_replaced > 0
    qdc = export_qdc(planted, out / "kodbok.qdc")
    n = export_codebook(planted, out / "kodbok.csv")
    assert n == 1 and qdc.metadata_replaced >= 1
    for path in out.iterdir():
        assert leaks(path) == [], path


def test_shared_sqlite_copy(planted, out):
    report = planted.pseudonymisation.export_copy(out / f"{TOWN}-kopia.qhtl")
    path = _only_file(out)
    assert str(path) == report.path and leaks(path) == []
    assert report.metadata_replaced > 0
    con = sqlite3.connect(path)
    choices = con.execute("SELECT choices FROM attribute_defs WHERE name = 'Pilotskola'").fetchone()
    con.close()
    assert choices[0] == "[skolan]"


def test_copy_for_a_coder_without_the_key(planted, out):
    from qualcoder_htl.services.coder_copy import copy_for_coder

    report = copy_for_coder(planted, out / f"{TOWN}-bo.qhtl", "bo", allow_open=True)
    path = _only_file(out)
    assert str(path) == report.path and report.pseudonymised and leaks(path) == []


def test_key_export_is_the_exception(planted, out):
    n = planted.pseudonymisation.export_key(out / "nyckel.csv")
    with open(out / "nyckel.csv", encoding="utf-8-sig") as f:
        originals = {row["original"] for row in csv.DictReader(f)}
    assert n >= 4 and {TOWN, SCHOOL_A} <= originals


def test_what_cannot_be_replaced_is_refused_in_the_interface_language(planted, out):
    # a known participant not (yet) in the key: nothing to replace it with, so it is refused
    planted.pseudonymisation.add_known("Lisa Berg", PERSON)
    planted.memos.add("Ring Lisa Berg om nästa intervju.")
    with pytest.raises(ExportRefused) as refused:
        export_qdpx(planted, out / "delning.qdpx")
    assert list(out.iterdir()) == []
    assert "Lisa" in str(refused.value) and "mark" in str(refused.value)
    messages.set_language("sv")
    try:
        assert "stoppades" in str(refused.value) and "markera" in str(refused.value)
    finally:
        messages.set_language("en")
    with pytest.raises(ExportRefused):
        planted.pseudonymisation.export_copy(out / "kopia.qhtl")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("part", ["docProps/core.xml", "word/comments.xml",
                                  "word/footnotes.xml", "word/header2.xml"])
def test_the_guard_reads_every_part_of_a_word_file(planted, tmp_path, part):
    """Parts python-docx's paragraphs never show: properties, comments, footnotes, a
    first-page header; the guard reads them all, and the file name."""
    import zipfile

    import docx
    doc = docx.Document()
    doc.add_paragraph("Inget namn här.")
    clean = tmp_path / "ren.docx"
    doc.save(clean)
    identifiers = planted.pseudonymisation.guard_identifiers()
    guard_file(clean, identifiers)
    dirty = tmp_path / "smutsig.docx"
    with zipfile.ZipFile(clean) as src, zipfile.ZipFile(dirty, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == part:
                data = data.replace(b"</", f"<x>{TOWN}</x></".encode(), 1)
            dst.writestr(item, data)
        if part not in src.namelist():
            dst.writestr(part, f"<w:p xmlns:w='w'><w:r><w:t>{TOWN[:3]}</w:t></w:r>"
                               f"<w:r><w:t>{TOWN[3:]}</w:t></w:r></w:p>")
    with pytest.raises(ExportRefused, match=part.split("/")[-1]):
        guard_file(dirty, identifiers)
    with pytest.raises(ExportRefused):
        guard_file(clean, identifiers, name=f"rapport {SCHOOL_A}.docx")


def test_guard_reads_nested_tables(planted, tmp_path):
    import docx
    doc = docx.Document()
    outer = doc.add_table(rows=1, cols=1)
    inner = outer.cell(0, 0).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = f"på {SCHOOL_A}"
    path = tmp_path / "n.docx"
    doc.save(path)
    with pytest.raises(ExportRefused):
        guard_file(path, planted.pseudonymisation.guard_identifiers())


def test_originals_are_really_planted(planted, out):
    """The check can fail: without a key the same exports carry the originals."""
    assert all(o for o in ORIGINALS)
    export_qdpx(planted, out / "arkiv.qdpx", shared=False)
    assert leaks(out / "arkiv.qdpx") != []


def test_guard_reads_every_column_and_the_free_pages_of_a_sqlite_file(planted, tmp_path):
    identifiers = planted.pseudonymisation.guard_identifiers()
    path = tmp_path / "kopia.qhtl"
    con = sqlite3.connect(path)
    con.execute("PRAGMA secure_delete = OFF")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b BLOB)")
    con.execute("INSERT INTO t (a, b) VALUES ('ren text', ?)", (b"\x00\x01" * 3,))
    con.commit()
    guard_file(path, identifiers)
    con.execute("INSERT INTO t (a, b) VALUES ('x', ?)", (f"hos {TOWN}".encode(),))
    con.commit()
    with pytest.raises(ExportRefused, match="column b"):
        guard_file(path, identifiers)
    # deleted, but still in the file's free pages: the raw bytes are read too
    con.execute("DELETE FROM t WHERE a = 'x'")
    con.commit()
    con.close()
    assert TOWN.encode() in path.read_bytes()
    with pytest.raises(ExportRefused, match="bytes"):
        guard_file(path, identifiers)


def test_names_that_become_the_same_stay_apart_in_the_shared_copy(planted, out):
    from .planted import SCHOOL_B
    planted.codebook.create(f"Stödet på {SCHOOL_B}")  # both read "Stödet på [skolan]" now
    planted.attributes.create_case(f"Familjen på {SCHOOL_A}")
    planted.attributes.create_case(f"Familjen på {SCHOOL_B}")
    report = planted.pseudonymisation.export_copy(out / "kopia.qhtl")
    con = sqlite3.connect(report.path)
    codes = [r[0] for r in con.execute("SELECT name FROM codes")]
    cases = [r[0] for r in con.execute("SELECT name FROM cases")]
    con.close()
    assert len(set(codes)) == len(codes) == 2 and len(set(cases)) == len(cases) == 3
    assert leaks(out / "kopia.qhtl") == []
