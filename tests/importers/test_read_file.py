"""read_file: one entry point; every failure is an ImportFileError with a clear message."""
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.importers import readers
from qualcoder_htl.importers.readers import READERS, SUPPORTED_EXTENSIONS, read_file

SWEDISH = "Åsa och Örjan läste på café"


def test_supported_extensions():
    assert set(SUPPORTED_EXTENSIONS) == {".txt", ".docx", ".odt", ".rtf"}
    assert set(READERS) == set(SUPPORTED_EXTENSIONS)


def test_dispatch_by_extension_case_insensitive(tmp_path):
    txt = tmp_path / "A.TXT"
    txt.write_text(SWEDISH, encoding="cp1252")
    d = docx.Document()
    d.add_paragraph(SWEDISH)
    d.save(tmp_path / "b.Docx")
    assert read_file(txt).text == SWEDISH
    assert read_file(tmp_path / "b.Docx").text == SWEDISH
    assert read_file(str(txt)).encoding == "cp1252"


@pytest.mark.parametrize(
    ("name", "fragment"),
    [("x.pdf", "PDF files are not supported"), ("x.doc", "save it as .docx"),
     ("x.xyz", "'.xyz' cannot be imported"), ("README", "no extension")],
)
def test_unsupported_extension(tmp_path, name, fragment):
    path = tmp_path / name
    path.write_bytes(b"hej")
    with pytest.raises(ImportFileError) as info:
        read_file(path)
    assert fragment in info.value.reason
    assert ".docx" in info.value.reason  # lists what is supported


def test_missing_file(tmp_path):
    with pytest.raises(ImportFileError, match="does not exist"):
        read_file(tmp_path / "borta.docx")


def test_folder_named_like_a_file(tmp_path):
    (tmp_path / "mapp.txt").mkdir()
    with pytest.raises(ImportFileError, match="folder"):
        read_file(tmp_path / "mapp.txt")


@pytest.mark.parametrize("ext", SUPPORTED_EXTENSIONS)
def test_empty_file(tmp_path, ext):
    path = tmp_path / f"tom{ext}"
    path.write_bytes(b"")
    with pytest.raises(ImportFileError, match="empty"):
        read_file(path)


def test_random_bytes_docx_and_zip_without_document(tmp_path):
    path = tmp_path / "trasig.docx"
    path.write_bytes(b"\x13\x37" * 500)
    with pytest.raises(ImportFileError, match="not a valid .docx"):
        read_file(path)


def test_parser_exceptions_are_wrapped(tmp_path, monkeypatch):
    def explode(path):
        raise ValueError("unexpected tag at line 3")

    monkeypatch.setitem(READERS, ".txt", explode)
    path = tmp_path / "a.txt"
    path.write_text("hej", encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        read_file(path)
    assert "could not be read as TXT" in info.value.reason
    assert "unexpected tag" in info.value.reason
    assert info.value.path == str(path)


def test_damaged_odt_content_is_wrapped(tmp_path):
    import zipfile

    path = tmp_path / "trasig.odt"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content>oavslutad")
    with pytest.raises(ImportFileError, match="the file is damaged: content.xml is not valid XML"):
        read_file(path)


def test_document_without_text_gets_a_warning(tmp_path):
    d = docx.Document()
    d.add_paragraph("")
    d.save(tmp_path / "tom.docx")
    result = read_file(tmp_path / "tom.docx")
    assert result.text == ""
    assert "no text" in result.warnings[-1]


def test_importers_do_not_import_gui_or_store():
    code = (
        "import sys, qualcoder_htl.importers.readers, qualcoder_htl.importers.speakers, "
        "qualcoder_htl.importers.attribute_sheet\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy') "
        "or m.startswith(('qualcoder_htl.store', 'qualcoder_htl.services'))]\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    root = Path(readers.__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
