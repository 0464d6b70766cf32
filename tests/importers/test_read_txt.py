"""read_txt: encodings Swedish transcripts arrive in, without mangling å ä ö."""
import pytest

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.importers.text_files import decode_text_bytes, read_txt

SWEDISH = "Åsa och Örjan läste på café"
TEXT = f"J: Vem var där?\r\nIP: {SWEDISH}.\r\n"
EXPECTED = f"J: Vem var där?\nIP: {SWEDISH}."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("utf-8-sig"), "utf-8-sig"),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1252"],
)
def test_encodings_are_detected(tmp_path, data, encoding):
    path = tmp_path / "intervju.txt"
    path.write_bytes(data)
    result = read_txt(path)
    assert result.text == EXPECTED
    assert result.encoding == encoding
    assert result.original_format == "txt"
    assert result.warnings == []


def test_ascii_only_utf16_without_bom_is_not_taken_for_utf8(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("J: Hej\nIP: Hej hej".encode("utf-16-le"))
    result = read_txt(path)
    assert result.text == "J: Hej\nIP: Hej hej"
    assert result.encoding == "utf-16-le"


def test_cp1252_typographic_quotes_and_dashes(tmp_path):
    text = f"IP: ”{SWEDISH}” – sa hon… 5 €"
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("cp1252"))
    result = read_txt(path)
    assert result.text == text
    assert result.encoding == "cp1252"


def test_dos_cp850_file_is_recognised_with_warning(tmp_path):
    path = tmp_path / "dos.txt"
    path.write_bytes(f"IP: {SWEDISH}. Äntligen!".encode("cp850"))
    result = read_txt(path)
    assert result.text == f"IP: {SWEDISH}. Äntligen!"
    assert result.encoding == "cp850"
    assert result.warnings and "å" in result.warnings[0]


def test_old_mac_roman_file_is_recognised(tmp_path):
    path = tmp_path / "mac.txt"
    path.write_bytes(f"IP: {SWEDISH}. Älvbacka.".encode("mac_roman"))
    result = read_txt(path)
    assert result.text == f"IP: {SWEDISH}. Älvbacka."
    assert result.encoding == "mac_roman"


def test_byte_undefined_in_cp1252_falls_back_to_latin1_with_warning(tmp_path):
    path = tmp_path / "odd.txt"
    path.write_bytes(SWEDISH.encode("cp1252") + b" \x81")
    result = read_txt(path)
    assert result.text.startswith(SWEDISH)
    assert result.encoding == "latin-1"
    assert "0x81" in result.warnings[0]


def test_double_encoded_utf8_gets_a_warning():
    text, encoding, warnings = decode_text_bytes(SWEDISH.encode("utf-8").decode("cp1252").encode())
    assert encoding == "utf-8"
    assert "Ã" in text
    assert warnings and "twice" in warnings[0]


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"PK\x03\x04rest-of-a-zip", "zip"),
        (b"%PDF-1.7\n", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc"),
        (b"{\\rtf1\\ansi hej}", "RTF"),
    ],
)
def test_other_formats_renamed_to_txt_are_refused(tmp_path, data, fragment):
    path = tmp_path / "x.txt"
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match=fragment):
        read_txt(path)


def test_binary_garbage_is_refused(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(bytes(range(1, 32)) * 20)
    with pytest.raises(ImportFileError, match="does not look like a text file"):
        read_txt(path)


def test_bom_with_invalid_body_is_an_error(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Åsa".encode("cp1252"))
    with pytest.raises(ImportFileError, match="utf-8"):
        read_txt(path)


def test_dos_end_of_file_marker_is_dropped(tmp_path):
    path = tmp_path / "dos.txt"
    path.write_bytes(SWEDISH.encode("cp1252") + b"\r\n\x1a")
    assert read_txt(path).text == SWEDISH
