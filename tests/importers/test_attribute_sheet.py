"""Attribute sheets (CSV from Swedish Excel, XLSX) and attributes from file names."""
import datetime as dt
import unicodedata

import openpyxl
import pytest

from qualcoder_htl.core.errors import ImportFileError, UserError
from qualcoder_htl.importers.attribute_sheet import (
    attributes_for_file,
    attributes_from_filename,
    read_attribute_sheet,
)


def test_csv_semicolon_cp1252(tmp_path):
    path = tmp_path / "attribut.csv"
    path.write_bytes(
        "Fil;Respondentgrupp;Omgång;Skola\r\n"
        "vh_01;Vårdnadshavare;1;Tjärnaskolan\r\n"
        "VH_02.docx;Vårdnadshavare;;Lingbackeskolan\r\n"
        ";;;\r\n".encode("cp1252")
    )
    sheet = read_attribute_sheet(path)
    assert sheet == {
        "vh_01": {"Respondentgrupp": "Vårdnadshavare", "Omgång": "1", "Skola": "Tjärnaskolan"},
        "VH_02.docx": {"Respondentgrupp": "Vårdnadshavare", "Skola": "Lingbackeskolan"},
    }
    assert attributes_for_file(sheet, "vh_01.docx")["Omgång"] == "1"
    assert attributes_for_file(sheet, "/data/intervjuer/vh_02.DOCX")["Skola"] == "Lingbackeskolan"
    assert attributes_for_file(sheet, "vh_03.docx") == {}


def test_csv_comma_utf8_bom_with_named_file_column(tmp_path):
    path = tmp_path / "attribut.csv"
    path.write_text(
        'Grupp,Filnamn,Kommentar\nledning,ledning_o1_01.txt,"Intervju, del 1"\n',
        encoding="utf-8-sig",
    )
    sheet = read_attribute_sheet(path)
    assert sheet == {"ledning_o1_01.txt": {"Grupp": "ledning", "Kommentar": "Intervju, del 1"}}


def test_sheet_names_match_decomposed_file_names(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("fil;grupp\nÅström_01;rektor\n", encoding="utf-8")
    sheet = read_attribute_sheet(path)
    mac_name = unicodedata.normalize("NFD", "åström_01.odt")  # macOS file names are NFD
    assert attributes_for_file(sheet, mac_name) == {"grupp": "rektor"}


def test_xlsx_first_sheet_with_dates_and_numbers(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Attribut"
    ws.append(["Källa", "Datum", "Omgång", "Längd", "Skola", "Klockslag"])
    ws.append(["vh_01.docx", dt.datetime(2021, 3, 10), 1, 42.5, "Tjärnaskolan",
               dt.datetime(2021, 3, 10, 14, 30)])
    ws.append(["vh_02.docx", dt.date(2021, 4, 2), 2.0, None, None, None])
    other = wb.create_sheet("Annat")
    other.append(["fil", "x"])
    wb.active = 1  # the first sheet is read even when another one is active
    path = tmp_path / "attribut.xlsx"
    wb.save(path)
    sheet = read_attribute_sheet(path)
    assert sheet == {
        "vh_01.docx": {"Datum": "2021-03-10", "Omgång": "1", "Längd": "42.5",
                       "Skola": "Tjärnaskolan", "Klockslag": "2021-03-10 14:30"},
        "vh_02.docx": {"Datum": "2021-04-02", "Omgång": "2"},
    }


def test_duplicate_rows_are_an_error(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("fil;grupp\nvh_01;a\nVH_01;b\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="listed twice"):
        read_attribute_sheet(path)


def test_unnamed_column_with_values_is_an_error_but_empty_ones_are_ignored(tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("fil;grupp;;\nvh_01;a;;\n", encoding="utf-8")
    assert read_attribute_sheet(path) == {"vh_01": {"grupp": "a"}}
    path.write_text("fil;grupp;\nvh_01;a;x\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="column 3"):
        read_attribute_sheet(path)


@pytest.mark.parametrize(
    ("name", "data", "fragment"),
    [("a.xls", b"\xd0\xcf\x11\xe0", ".xls"), ("a.xlsx", b"not a zip" * 10, "Excel"),
     ("a.json", b"{}", "must be .csv or .xlsx"), ("a.csv", b"", "empty")],
)
def test_bad_sheets(tmp_path, name, data, fragment):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match=fragment):
        read_attribute_sheet(path)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ledning_o1_01.docx", {"grupp": "ledning", "omgång": "1", "nr": "01"}),
        ("skola_a_o2_03.txt", {"grupp": "skola_a", "omgång": "2", "nr": "03"}),
        ("UTV_O1_05", {"grupp": "UTV", "omgång": "1", "nr": "05"}),
        ("vh_01.docx", {}),
        ("ledning_o1_.docx", {}),
    ],
)
def test_attributes_from_filename(name, expected):
    assert attributes_from_filename(name, "{grupp}_o{omgång}_{nr}") == expected


def test_pattern_with_extension_and_literal_prefix():
    assert attributes_from_filename("intervju-12.rtf", "intervju-{nr}.rtf") == {"nr": "12"}
    assert attributes_from_filename("Intervju-12.rtf", "intervju-{nr}") == {"nr": "12"}


@pytest.mark.parametrize("pattern", ["{grupp_{nr}", "{}_{nr}", "{nr}_{nr}", "grupp}_x"])
def test_bad_patterns(pattern):
    with pytest.raises(UserError, match="pattern"):
        attributes_from_filename("a_b", pattern)
