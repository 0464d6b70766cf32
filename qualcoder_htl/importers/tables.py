"""Rows of a small table a researcher keeps in a spreadsheet: .csv/.tsv/.txt or .xlsx.

Swedish Excel saves CSV with ";" in cp1252, so the encoding and the delimiter are sniffed
rather than assumed. Used for attribute sheets, codebooks and lists of known identifiers.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
import zipfile
import zlib
from pathlib import Path

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.core.messages import catalogue, msg
from qualcoder_htl.importers._files import damaged, read_bytes
from qualcoder_htl.importers.limits import (
    MAX_CONTAINER_BYTES,
    MAX_TEXT_FILE_BYTES,
    check_archive,
    check_file_size,
)
from qualcoder_htl.importers.text_files import decode_text_bytes

MAX_ROWS = 200_000  # far above any codebook, attribute sheet or list of names
MAX_COLUMNS = 1_000

catalogue({
    "table.xls": ("old Excel .xls files are not supported; save the sheet as .xlsx or .csv",
                  "gamla Excel .xls-filer stöds inte; spara bladet som .xlsx eller .csv"),
    "table.kind": ("tables must be .csv or .xlsx, not '{ext}'",
                   "tabeller måste vara .csv eller .xlsx, inte '{ext}'"),
    "table.no_extension": ("no extension", "ingen filändelse"),
    "table.excel_damaged": ("the Excel file could not be read ({reason})",
                            "Excel-filen kunde inte läsas ({reason})"),
    "table.too_many_rows": ("the sheet has more than {limit} rows; is it the right file?",
                            "bladet har fler än {limit} rader; är det rätt fil?"),
})


def read_table(path: str | os.PathLike[str]) -> list[list[str]]:
    """Every row of the file (blank rows included, so row numbers are line numbers of a CSV),
    or an ``ImportFileError`` a researcher understands."""
    name = str(path)
    ext = Path(path).suffix.lower()
    if ext == ".xls":
        raise ImportFileError(name, msg("table.xls"))
    if ext not in (".xlsx", ".xlsm", ".csv", ".tsv", ".txt"):
        raise ImportFileError(name, msg("table.kind", ext=ext or msg("table.no_extension")))
    excel = ext in (".xlsx", ".xlsm")
    check_file_size(path, MAX_CONTAINER_BYTES if excel else MAX_TEXT_FILE_BYTES,
                    "Excel (.xlsx)" if excel else "CSV")
    data = read_bytes(path)
    return _xlsx_rows(data, name) if excel else _csv_rows(data, name)


def _csv_rows(data: bytes, name: str) -> list[list[str]]:
    text, _encoding, _warnings = decode_text_bytes(data, name)
    text = text.lstrip("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(";,\t", key=lambda d: (len(next(csv.reader([first], delimiter=d))), d == ";"))
    rows = []
    for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
        rows.append(row[:MAX_COLUMNS])
        if len(rows) > MAX_ROWS:
            raise ImportFileError(name, msg("table.too_many_rows", limit=MAX_ROWS))
    return rows


def _xlsx_rows(data: bytes, name: str) -> list[list[str]]:
    from openpyxl import load_workbook  # only needed for .xlsx; keeps CSV use light

    try:  # sizes and packing ratios of the XML parts, before openpyxl unpacks any
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            check_archive(package, name, lambda part: part.endswith((".xml", ".rels")))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise ImportFileError(name, msg("import.not_zip", kind="Excel (.xlsx)")) from None
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for broken files
        raise damaged(name, msg("table.excel_damaged", reason=type(exc).__name__)) from None
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
            rows.append([_cell(v) for v in row])
            if len(rows) > MAX_ROWS:
                raise ImportFileError(name, msg("table.too_many_rows", limit=MAX_ROWS))
        return rows
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error, KeyError, ValueError) as exc:
        raise damaged(name, msg("table.excel_damaged", reason=type(exc).__name__)) from None
    finally:
        workbook.close()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
