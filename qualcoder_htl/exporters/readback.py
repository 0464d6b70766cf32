"""Read back every piece of text a finished file carries, labelled by where it sits, so the
export guard checks exactly what would leave the machine (whatever code wrote it).

- a zip (.docx, .xlsx, .qdpx and any zip inside it, e.g. a source's .docx): every XML part,
  whole paragraphs joined (a name split over Word runs is still one word), every other text
  node and every attribute value: document properties, headers and footers of every section,
  comments, footnotes, nested tables, sheet names, shared strings, every element and
  attribute of the .qde; every other file inside is decoded as text;
- a SQLite file (a shared project copy): every text column of every table (the search
  index's own tables too); ``raw_texts`` adds the raw bytes of the file (free pages);
- anything else (.csv, .json, .txt, .qdc): the decoded text.

Bounded: at most ``MAX_TOTAL`` bytes are unpacked and zips nest at most ``MAX_DEPTH`` deep; a
file beyond that is reported as unreadable rather than passed unchecked.
"""
from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from lxml import etree

from ..core.messages import catalogue, msg

# Places are rendered in the interface language when the file is read (they end up in the
# guard's refusal, which names the place to fix).
catalogue({
    "readback.body": ("the body text", "brödtexten"),
    "readback.header": ("a page header", "ett sidhuvud"),
    "readback.footer": ("a page footer", "en sidfot"),
    "readback.comment": ("a comment", "en kommentar"),
    "readback.footnote": ("a footnote", "en fotnot"),
    "readback.properties": ("the document properties", "dokumentegenskaperna"),
    "readback.cells": ("a cell", "en cell"),
    "readback.sheets": ("the sheet names", "bladnamnen"),
    "readback.sheet": ("a sheet", "ett blad"),
    "readback.qde": ("the project file", "projektfilen"),
    "readback.source_text": ("the text of a source", "en källas text"),
    "readback.part": ("a part of the file", "en del av filen"),
    "readback.part_name": ("{part} (the part's name)", "{part} (delens namn)"),
    "readback.paragraph": ("{place} ({part}), paragraph {n}", "{place} ({part}), stycke {n}"),
    "readback.element": ("{place} ({part}), <{element}>", "{place} ({part}), <{element}>"),
    "readback.attribute": ("{place} ({part}), the {attribute} of a <{element}>",
                           "{place} ({part}), {attribute} i ett <{element}>"),
    "readback.column": ("table {table}, column {column}, row {n}",
                        "tabell {table}, kolumn {column}, rad {n}"),
    "readback.schema": ("the database schema", "databasschemat"),
    "readback.bytes": ("the file's bytes from {offset}", "filens byte från {offset}"),
    "readback.line": ("line {n}", "rad {n}"),
})


def _place(part: str) -> str:
    """What a researcher calls the part of a file named ``part``."""
    name = PurePosixPath(part.split(" › ")[-1]).name.lower()
    folder = part.lower()
    for test, key in ((name == "document.xml", "readback.body"),
                      (name.startswith("header"), "readback.header"),
                      (name.startswith("footer"), "readback.footer"),
                      (name.startswith("comments"), "readback.comment"),
                      (name.startswith(("footnotes", "endnotes")), "readback.footnote"),
                      ("docprops/" in folder, "readback.properties"),
                      (name == "sharedstrings.xml", "readback.cells"),
                      (name == "workbook.xml", "readback.sheets"),
                      ("worksheets/" in folder, "readback.sheet"),
                      (name.endswith((".qde", ".qdc")), "readback.qde"),
                      (name.endswith(".txt"), "readback.source_text")):
        if test:
            return str(msg(key))
    return str(msg("readback.part"))

MAX_TOTAL = 1024 ** 3  # bytes unpacked from one file
MAX_DEPTH = 3
_CHUNK = 1 << 20
_PARAGRAPHS = {"p", "si", "is"}  # Word/DrawingML paragraphs, Excel shared and inline strings
_SQLITE_MAGIC = b"SQLite format 3\x00"


class Unreadable(ValueError):
    """The file cannot be read back completely (too large, broken): it must not leave."""


def file_texts(path: str | Path, connect=None) -> dict[str, str]:
    """{where: text} for every text the file at ``path`` carries. ``connect(path)`` opens a
    project file read-only (the store's, which also reads an encrypted one with its key);
    without it only plain SQLite files are read as databases."""
    path = Path(path)
    with open(path, "rb") as f:
        head = f.read(len(_SQLITE_MAGIC))
    if head == _SQLITE_MAGIC or (connect is not None and path.suffix == ".qhtl"):
        return _sqlite(path, connect or _plain_read_only)
    if zipfile.is_zipfile(path):
        out: dict[str, str] = {}
        with zipfile.ZipFile(path) as z:
            _zip(z, "", out, [0], 0)
        return out
    text = _decode(path.read_bytes())
    return {str(msg("readback.line", n=i)): line for i, line in enumerate(text.splitlines(), 1)
            if line.strip()}


# --- zip -------------------------------------------------------------------------------------

def _zip(z: zipfile.ZipFile, prefix: str, out: dict[str, str], total: list[int],
         depth: int) -> None:
    for info in z.infolist():
        if info.is_dir():
            continue
        total[0] += info.file_size
        if total[0] > MAX_TOTAL:
            raise Unreadable("too large to check")
        where = f"{prefix}{info.filename}"
        out[str(msg("readback.part_name", part=where))] = info.filename
        data = z.read(info)
        _part(where, data, out, total, depth)


def _part(where: str, data: bytes, out: dict[str, str], total: list[int], depth: int) -> None:
    if data[:4] == b"PK\x03\x04":
        if depth >= MAX_DEPTH:
            raise Unreadable(f"{where}: archives nested too deep")
        import io
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as inner:
                _zip(inner, f"{where} › ", out, total, depth + 1)
            return
        except zipfile.BadZipFile:
            pass
    if _looks_like_xml(where, data):
        try:
            _xml(where, data, out)
            return
        except etree.XMLSyntaxError:
            pass
    out[where] = _decode(data)


def _looks_like_xml(where: str, data: bytes) -> bool:
    suffix = PurePosixPath(where).suffix.lower()
    return suffix in (".xml", ".rels", ".qde", ".qdc", ".vml") or data.lstrip()[:5] == b"<?xml"


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True,
                          remove_comments=False, load_dtd=False)


def _xml(where: str, data: bytes, out: dict[str, str]) -> None:
    root = etree.fromstring(data, _PARSER)
    place = _place(where)
    n = 0
    attributes: dict[tuple[str, str], list[str]] = {}
    for el in root.iter():
        if not isinstance(el.tag, str):  # a comment or processing instruction
            if el.text and el.text.strip():
                out[_unique(out, str(msg("readback.element", place=place, part=where,
                                         element="!--")))] = el.text
            continue
        name = etree.QName(el).localname
        for attr, value in el.attrib.items():
            if value.strip():
                attributes.setdefault((name, etree.QName(attr).localname), []).append(value)
        inside = any(etree.QName(a).localname in _PARAGRAPHS for a in el.iterancestors()
                     if isinstance(a.tag, str))
        if name in _PARAGRAPHS and not inside:
            text = "".join(el.itertext())
            if text.strip():
                n += 1
                out[str(msg("readback.paragraph", place=place, part=where, n=n))] = text
            continue
        if inside:
            continue
        parent = el.getparent()
        path = name if parent is None else f"{etree.QName(parent).localname}> › <{name}"
        for part in (el.text, el.tail):
            if part and part.strip():
                out[_unique(out, str(msg("readback.element", place=place, part=where,
                                         element=path)))] = part
    for (element, attr), values in attributes.items():
        out[str(msg("readback.attribute", place=place, part=where, attribute=attr,
                    element=element))] = "\n".join(dict.fromkeys(values))


def _unique(out: dict[str, str], where: str) -> str:
    key, n = where, 2
    while key in out:
        key, n = f"{where} ({n})", n + 1
    return key


# --- SQLite ----------------------------------------------------------------------------------

def _plain_read_only(path: Path):
    import sqlite3
    from urllib.parse import quote
    return sqlite3.connect(f"file:{quote(str(Path(path).resolve()))}?mode=ro", uri=True)


def _sqlite(path: Path, connect) -> dict[str, str]:
    out: dict[str, str] = {}
    con = connect(path)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
            "'CREATE VIRTUAL TABLE%' ORDER BY name")]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            columns = [r[1] for r in con.execute(f"PRAGMA table_info({quoted})")]
            for i, row in enumerate(con.execute(f"SELECT * FROM {quoted}"), 1):
                for column, value in zip(columns, row, strict=True):
                    if isinstance(value, bytes):
                        value = _decode(value)
                    if isinstance(value, str) and value.strip():
                        out[str(msg("readback.column", table=table, column=column,
                                    n=i))] = value
        for (sql,) in con.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"):
            out[_unique(out, str(msg("readback.schema")))] = sql
    finally:
        con.close()
    return out


def raw_texts(path: str | Path) -> dict[str, str]:
    """The raw bytes of a SQLite file decoded, in chunks: what no table shows (free pages,
    stale records). Checked after ``file_texts`` found nothing."""
    out: dict[str, str] = {}
    with open(path, "rb") as f:
        if f.read(len(_SQLITE_MAGIC)) != _SQLITE_MAGIC:
            return out
        offset = 0
        f.seek(0)
        while chunk := f.read(_CHUNK + 256):
            out[str(msg("readback.bytes", offset=offset))] = _decode(chunk)
            offset += _CHUNK
            f.seek(offset)
    return out


def _decode(data: bytes) -> str:
    """Text of any bytes: UTF-8 (with or without BOM), UTF-16 by BOM, else cp1252; bytes that
    are no text are dropped so that the words around them still read as words."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="ignore")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") > len(text) // 20:
            latin = data.decode("cp1252", errors="ignore")
            text = text.replace("\ufffd", " ") + "\n" + latin
        return text.replace("\ufffd", " ").replace("\x00", " ")
