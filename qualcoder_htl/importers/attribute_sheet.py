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
from qualcoder_htl.core.messages import catalogue, msg
from qualcoder_htl.importers.tables import read_table

FILE_COLUMN_NAMES = ("fil", "file", "filnamn", "filename", "file name", "källa", "source")
_LISTED = 8  # rows or files named in a note before "and N more"

catalogue({
    "sheet.no_rows": ("the attribute sheet has no rows", "attributbladet har inga rader"),
    "sheet.unnamed_column": ("column {column} has values but no name in the first row",
                             "kolumn {column} har värden men inget namn på första raden"),
    "sheet.duplicate_column": ("the column name '{title}' is used twice",
                               "kolumnnamnet '{title}' används två gånger"),
    "sheet.duplicate_file": ("the file '{file}' is listed twice (rows {first} and {second})",
                             "filen '{file}' finns två gånger (rad {first} och {second})"),
    "sheet.pattern_empty_field": ("File name pattern {pattern!r}: a field has no name ({{}}).",
                                  "Filnamnsmönstret {pattern!r}: ett fält saknar namn ({{}})."),
    "sheet.pattern_twice": ("File name pattern {pattern!r}: the field {{{field}}} is used twice.",
                            "Filnamnsmönstret {pattern!r}: fältet {{{field}}} används två "
                            "gånger."),
    "sheet.pattern_braces": ("File name pattern {pattern!r}: unmatched '{{' or '}}'.",
                             "Filnamnsmönstret {pattern!r}: '{{' eller '}}' utan motsvarighet."),
    "sheet.no_file_column": (
        "The attribute sheet has no file column (its first row names none of: {names}); the "
        "first column, '{column}', was taken as the file names.",
        "Attributbladet har ingen filkolumn (första raden nämner ingen av: {names}); den första "
        "kolumnen, '{column}', togs som filnamn."),
    "sheet.nothing_matched": (
        "No row of the attribute sheet matched an imported file: no attributes were set. "
        "Check that the column '{column}' holds the file names.",
        "Ingen rad i attributbladet matchade en importerad fil: inga attribut sattes. "
        "Kontrollera att kolumnen '{column}' innehåller filnamnen."),
    "sheet.rows_unmatched": (
        ("{n} row of the attribute sheet matched no imported file: {rows}",
         "{n} rows of the attribute sheet matched no imported file: {rows}"),
        ("{n} rad i attributbladet matchade ingen importerad fil: {rows}",
         "{n} rader i attributbladet matchade ingen importerad fil: {rows}")),
    "sheet.files_unmatched": (
        ("{n} imported file has no row in the attribute sheet: {files}",
         "{n} imported files have no row in the attribute sheet: {files}"),
        ("{n} importerad fil saknar rad i attributbladet: {files}",
         "{n} importerade filer saknar rad i attributbladet: {files}")),
    "sheet.new_columns": (
        ("The column {columns} is not an attribute of the project; it was added as a new "
         "attribute.",
         "The columns {columns} are not attributes of the project; they were added as new "
         "attributes."),
        ("Kolumnen {columns} är inget attribut i projektet; den lades till som ett nytt "
         "attribut.",
         "Kolumnerna {columns} är inga attribut i projektet; de lades till som nya attribut.")),
    "sheet.row": ("row {line} '{file}'", "rad {line} '{file}'"),
    "sheet.more": ("and {n} more", "och {n} till"),
})


class AttributeSheet(dict):
    """{file name as written in the sheet: {attribute: value}}, and where it came from:
    ``file_column`` (None when no header named it and the first column was taken),
    ``first_column``, ``columns`` (attribute columns in order), ``lines`` (file -> row)."""

    file_column: str | None = None
    first_column: str = ""
    columns: list[str]
    lines: dict[str, int]


def read_attribute_sheet(path: str | os.PathLike[str]) -> AttributeSheet:
    """Return {file name as written in the sheet: {attribute: value}} from .csv/.tsv/.txt/.xlsx."""
    return _table(read_table(path), str(path))


def sheet_key_for_file(sheet: dict[str, dict[str, str]], file_name: str) -> str | None:
    """The sheet's file name (as written there) whose row is for ``file_name``, or None."""
    target = _key(PurePath(file_name.replace("\\", "/")).name)
    target_stem = _key(PurePath(target).stem)
    keys = {_key(k): k for k in sheet}
    if target in keys:
        return keys[target]
    for key, original in keys.items():
        if key == target_stem or PurePath(key).stem == target_stem:
            return original
    return None


def sheet_notes(sheet: AttributeSheet, file_names: list[str],
                known_attributes: list[str]) -> list[str]:
    """What a researcher should know after importing with ``sheet``: a missing file column,
    rows that matched no file, files without a row, columns that became new attributes."""
    notes: list[str] = []
    lines = getattr(sheet, "lines", {})
    column = sheet.file_column or sheet.first_column
    if sheet.file_column is None and sheet:
        notes.append(str(msg("sheet.no_file_column", column=sheet.first_column,
                             names=", ".join(FILE_COLUMN_NAMES))))
    matched = {sheet_key_for_file(sheet, f) for f in file_names} - {None}
    if sheet and file_names and not matched:
        notes.append(str(msg("sheet.nothing_matched", column=column)))
        return notes
    unmatched = [k for k in sheet if k not in matched]
    if unmatched:
        rows = [str(msg("sheet.row", line=lines.get(k, "?"), file=k)) for k in unmatched]
        notes.append(str(msg("sheet.rows_unmatched", n=len(rows), rows=_some(rows))))
    without = [PurePath(f.replace("\\", "/")).name for f in file_names
               if sheet_key_for_file(sheet, f) is None]
    if without:
        notes.append(str(msg("sheet.files_unmatched", n=len(without), files=_some(without))))
    known = {a.strip().casefold() for a in known_attributes}
    used = {c for k in matched for c in sheet[k]}
    new = [c for c in getattr(sheet, "columns", []) if c.strip().casefold() not in known
           and c in used]
    if new:
        notes.append(str(msg("sheet.new_columns", n=len(new),
                             columns=", ".join(f"'{c}'" for c in new))))
    return notes


def _some(items: list[str]) -> str:
    shown = ", ".join(items[:_LISTED])
    if len(items) > _LISTED:
        shown += " " + str(msg("sheet.more", n=len(items) - _LISTED))
    return shown


def attributes_for_file(sheet: dict[str, dict[str, str]], file_name: str) -> dict[str, str]:
    """The sheet row for ``file_name``: exact name first, then by stem; case-insensitive.

    So a sheet row "VH_01" (or "vh_01.txt") matches the imported file "vh_01.docx".
    Returns {} when no row matches.
    """
    key = sheet_key_for_file(sheet, file_name)
    return dict(sheet[key]) if key is not None else {}


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
                raise UserError(msg("sheet.pattern_empty_field", pattern=pattern))
            if field in fields:
                raise UserError(msg("sheet.pattern_twice", pattern=pattern, field=field))
            regex += f"(?P<f{len(fields)}>.+?)"
            fields.append(field)
        elif "{" in part or "}" in part:
            raise UserError(msg("sheet.pattern_braces", pattern=pattern))
        else:
            regex += re.escape(part)
    return re.compile(regex, re.IGNORECASE), fields


def _key(name: str) -> str:
    """File names compare in NFC (macOS gives decomposed å) and case-insensitively."""
    return unicodedata.normalize("NFC", name.strip()).casefold()


def _table(rows: list[list[str]], name: str) -> AttributeSheet:
    rows = [[c.strip() for c in row] for row in rows]
    numbered = [(n, row) for n, row in enumerate(rows, start=1) if any(row)]
    if not numbered:
        raise ImportFileError(name, msg("sheet.no_rows"))
    header = numbered[0][1]
    named = next((i for i, h in enumerate(header) if h.casefold() in FILE_COLUMN_NAMES), None)
    file_col = named if named is not None else 0
    columns: dict[int, str] = {}
    for i, title in enumerate(header):
        if i == file_col:
            continue
        if not title:
            if any(i < len(r) and r[i] for _, r in numbered[1:]):
                raise ImportFileError(name, msg("sheet.unnamed_column", column=i + 1))
            continue
        if title in columns.values():
            raise ImportFileError(name, msg("sheet.duplicate_column", title=title))
        columns[i] = title
    result = AttributeSheet()
    result.file_column = header[file_col] if named is not None else None
    result.first_column = header[0] if header else ""
    result.columns = list(columns.values())
    result.lines = {}
    seen: dict[str, int] = {}
    for line_no, row in numbered[1:]:
        file_name = row[file_col] if file_col < len(row) else ""
        if not file_name:
            continue
        key = _key(file_name)
        if key in seen:
            raise ImportFileError(name, msg("sheet.duplicate_file", file=file_name,
                                            first=seen[key], second=line_no))
        seen[key] = line_no
        values = {t: row[i] for i, t in columns.items() if i < len(row) and row[i]}
        file_name = unicodedata.normalize("NFC", file_name)
        result[file_name] = values
        result.lines[file_name] = line_no
    return result
