"""Attributes per transcript from a spreadsheet or from the file names themselves.

Researchers keep a sheet with one row per interview (group, round, date, school...)
and often encode the same in file names ("vh_o1_03.docx"). Reading both saves typing
attributes for fifty files by hand. Swedish Excel saves CSV with ";" in cp1252, so we
sniff the delimiter and the encoding rather than assume UTF-8 and ",".
"""
from __future__ import annotations

import os
import re
import unicodedata
from pathlib import PurePath

from qualcoder_htl.core.errors import ImportFileError, UserError
from qualcoder_htl.importers.tables import read_table

FILE_COLUMN_NAMES = ("fil", "file", "filnamn", "filename", "file name", "källa", "source")


def read_attribute_sheet(path: str | os.PathLike[str]) -> dict[str, dict[str, str]]:
    """Return {file name as written in the sheet: {attribute: value}} from .csv/.tsv/.txt/.xlsx."""
    return _table(read_table(path), str(path))


def attributes_for_file(sheet: dict[str, dict[str, str]], file_name: str) -> dict[str, str]:
    """The sheet row for ``file_name``: exact name first, then by stem; case-insensitive.

    So a sheet row "VH_01" (or "vh_01.txt") matches the imported file "vh_01.docx".
    Returns {} when no row matches.
    """
    target = _key(PurePath(file_name.replace("\\", "/")).name)
    target_stem = _key(PurePath(target).stem)
    by_name = {_key(k): v for k, v in sheet.items()}
    if target in by_name:
        return dict(by_name[target])
    for key, attrs in by_name.items():
        if key == target_stem or PurePath(key).stem == target_stem:
            return dict(attrs)
    return {}


def attributes_from_filename(name: str, pattern: str) -> dict[str, str]:
    """Fields of ``pattern`` (e.g. ``{grupp}_o{omgång}_{nr}``) found in a file name, or {}.

    Literal text must match (case-insensitively); each field takes the shortest text up
    to the next literal, the last field runs to the end. The pattern is matched against
    the name without its extension, unless the pattern itself ends in one ("{nr}.rtf").
    """
    regex, fields = _compile_pattern(pattern)
    base = unicodedata.normalize("NFC", PurePath(name.replace("\\", "/")).name)
    suffix = PurePath(pattern).suffix
    with_extension = bool(suffix) and "{" not in suffix and "}" not in suffix
    m = regex.fullmatch(base if with_extension else PurePath(base).stem)
    return {field: m.group(f"f{i}") for i, field in enumerate(fields)} if m else {}


def _compile_pattern(pattern: str) -> tuple[re.Pattern[str], list[str]]:
    parts = re.split(r"(\{[^{}]*\})", unicodedata.normalize("NFC", pattern))
    regex, fields = "", []
    for part in parts:
        if part.startswith("{") and part.endswith("}"):
            field = part[1:-1].strip()
            if not field:
                raise UserError(f"File name pattern {pattern!r}: a field has no name ({{}}).")
            if field in fields:
                raise UserError(
                    f"File name pattern {pattern!r}: the field {{{field}}} is used twice."
                )
            regex += f"(?P<f{len(fields)}>.+?)"
            fields.append(field)
        elif "{" in part or "}" in part:
            raise UserError(f"File name pattern {pattern!r}: unmatched '{{' or '}}'.")
        else:
            regex += re.escape(part)
    return re.compile(regex, re.IGNORECASE), fields


def _key(name: str) -> str:
    """File names compare in NFC (macOS gives decomposed å) and case-insensitively."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


def _table(rows: list[list[str]], name: str) -> dict[str, dict[str, str]]:
    rows = [[c.strip() for c in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        raise ImportFileError(name, "the attribute sheet has no rows")
    header = rows[0]
    file_col = next((i for i, h in enumerate(header) if h.casefold() in FILE_COLUMN_NAMES), 0)
    columns: dict[int, str] = {}
    for i, title in enumerate(header):
        if i == file_col:
            continue
        if not title:
            if any(i < len(r) and r[i] for r in rows[1:]):
                raise ImportFileError(
                    name, f"column {i + 1} has values but no name in the first row"
                )
            continue
        if title in columns.values():
            raise ImportFileError(name, f"the column name '{title}' is used twice")
        columns[i] = title
    result: dict[str, dict[str, str]] = {}
    seen: dict[str, int] = {}
    for line_no, row in enumerate(rows[1:], start=2):
        file_name = row[file_col] if file_col < len(row) else ""
        if not file_name:
            continue
        key = _key(file_name)
        if key in seen:
            raise ImportFileError(
                name, f"the file '{file_name}' is listed twice (rows {seen[key]} and {line_no})"
            )
        seen[key] = line_no
        values = {t: row[i] for i, t in columns.items() if i < len(row) and row[i]}
        result[unicodedata.normalize("NFC", file_name)] = values
    return result
