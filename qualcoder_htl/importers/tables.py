"""Rows of a small table a researcher keeps in a spreadsheet: .csv/.tsv/.txt or .xlsx.

Swedish Excel saves CSV with ";" in cp1252, so the encoding and the delimiter are sniffed
rather than assumed. Used for attribute sheets, codebooks and lists of known identifiers.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.importers._files import read_bytes
from qualcoder_htl.importers.text_files import decode_text_bytes


def read_table(path: str | os.PathLike[str]) -> list[list[str]]:
    """Every row of the file (blank rows included, so row numbers are line numbers of a CSV),
    or an ``ImportFileError`` a researcher understands."""
    name = str(path)
    ext = Path(path).suffix.lower()
    if ext == ".xls":
        raise ImportFileError(
            name, "old Excel .xls files are not supported; save the sheet as .xlsx or .csv"
        )
    if ext not in (".xlsx", ".xlsm", ".csv", ".tsv", ".txt"):
        raise ImportFileError(
            name, f"tables must be .csv or .xlsx, not '{ext or 'no extension'}'"
        )
    data = read_bytes(path)
    return _xlsx_rows(data, name) if ext in (".xlsx", ".xlsm") else _csv_rows(data, name)


def _csv_rows(data: bytes, name: str) -> list[list[str]]:
    text, _encoding, _warnings = decode_text_bytes(data, name)
    text = text.lstrip("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max(";,\t", key=lambda d: (len(next(csv.reader([first], delimiter=d))), d == ";"))
    return [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def _xlsx_rows(data: bytes, name: str) -> list[list[str]]:
    from openpyxl import load_workbook  # only needed for .xlsx; keeps CSV use light

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for broken files
        raise ImportFileError(
            name, f"the Excel file could not be read (is it damaged?): {exc}"
        ) from None
    try:
        sheet = workbook.worksheets[0]
        return [[_cell(v) for v in row] for row in sheet.iter_rows(values_only=True)]
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
