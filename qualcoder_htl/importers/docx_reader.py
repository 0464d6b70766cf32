"""Word (.docx) transcripts: body text in reading order, tables included, the rest reported.

Most Swedish transcripts are Word files. We read the body XML ourselves (python-docx
only opens the package) because ``Paragraph.text`` drops tracked insertions, doubles
merged table cells, and ``Document.paragraphs`` skips tables: all of which would
silently lose or duplicate interview text.
"""
from __future__ import annotations

import io
import os
import re
import zipfile

from lxml import etree

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.core.models import ImportedText
from qualcoder_htl.importers._files import read_bytes
from qualcoder_htl.importers.normalise import normalise_text

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# Inside a paragraph: subtrees that are not running text (properties, deleted text,
# field codes, drawings/text boxes, note and comment anchors).
_SKIP = {
    _w(t)
    for t in (
        "pPr", "rPr", "del", "moveFrom", "delText", "instrText", "delInstrText", "drawing",
        "pict", "object", "sdtPr", "sdtEndPr", "fldData", "footnoteReference",
        "endnoteReference", "commentReference", "annotationRef",
    )
} | {f"{{{MC}}}AlternateContent"}
_CHARS = {_w("tab"): "\t", _w("ptab"): "\t", _w("cr"): "\n", _w("noBreakHyphen"): "-",
          _w("softHyphen"): ""}
_WRAPPERS = {_w("sdt"), _w("sdtContent"), _w("customXml"), _w("smartTag")}
_PAGE_BREAK = "\x0c"  # placeholder; becomes "\n" inside a paragraph, "" at its edges

_PARTS = (  # parts whose text we do not import, and how we name them to the user
    (re.compile(r"word/header\d*\.xml"), "headers"),
    (re.compile(r"word/footer\d*\.xml"), "footers"),
    (re.compile(r"word/comments\.xml"), "comments"),
    (re.compile(r"word/footnotes\.xml"), "footnotes"),
    (re.compile(r"word/endnotes\.xml"), "endnotes"),
)
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def read_docx(path: str | os.PathLike[str]) -> ImportedText:
    """Read a .docx: paragraphs and tables in order, joined by "\\n"; original bytes kept."""
    name = str(path)
    data = read_bytes(path)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            name, "this is an old Word .doc file or a password-protected document; "
            "open it in Word and save it as an unprotected .docx"
        )
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ImportFileError(name, "not a valid .docx file (it is not a zip archive)") from None
    with package:
        names = set(package.namelist())
        if "word/document.xml" not in names:
            raise ImportFileError(
                name, "not a valid .docx file (word/document.xml is missing from the archive)"
            )
        try:
            root = etree.fromstring(package.read("word/document.xml"), _PARSER)
        except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError) as exc:
            raise ImportFileError(name, f"the .docx file is damaged ({exc})") from None
        warnings = _ignored_parts(package, names)
    body = root.find(_w("body"))
    if body is None and "purl.oclc.org/ooxml" in str(root.tag):
        raise ImportFileError(
            name, "the document is saved as 'Strict Open XML'; save it in Word as a normal "
            "Word document (.docx) and import that"
        )
    if body is None:
        raise ImportFileError(name, "not a valid .docx file (the document has no body)")
    lines = [line for block in _blocks(body) for line in _block_lines(block)]
    warnings += _body_warnings(body)
    return ImportedText(
        text=normalise_text("\n".join(lines)), original_format="docx",
        warnings=warnings, original_bytes=data,
    )


def _blocks(parent: etree._Element):
    """Yield w:p and w:tbl children in document order, looking through content controls."""
    for child in parent:
        if child.tag in (_w("p"), _w("tbl")):
            yield child
        elif child.tag in _WRAPPERS:
            yield from _blocks(child)


def _block_lines(block: etree._Element) -> list[str]:
    if block.tag == _w("p"):
        return [_paragraph_text(block)]
    return [_row_text(row) for row in _rows(block)]


def _rows(table: etree._Element):
    for child in table:
        if child.tag == _w("tr"):
            yield child
        elif child.tag in _WRAPPERS:
            yield from _rows(child)


def _cells(row: etree._Element):
    for child in row:
        if child.tag == _w("tc"):
            yield child
        elif child.tag in _WRAPPERS:
            yield from _cells(child)


def _row_text(row: etree._Element) -> str:
    """One line per row: each w:tc once (merged cells are not repeated), joined by tabs."""
    return "\t".join(_cell_text(cell) for cell in _cells(row))


def _cell_text(cell: etree._Element) -> str:
    """A cell's paragraphs (and nested tables) joined by spaces so the row stays one line."""
    parts: list[str] = []
    for block in _blocks(cell):
        lines = _block_lines(block)
        parts.extend(line.replace("\t", " ").replace("\n", " ") for line in lines)
    return " ".join(p for p in parts if p.strip())


def _paragraph_text(p: etree._Element) -> str:
    pieces: list[str] = []
    _collect(p, pieces)
    return "".join(pieces).strip(_PAGE_BREAK).replace(_PAGE_BREAK, "\n")


def _collect(el: etree._Element, out: list[str]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _w("t"):
            out.append(child.text or "")
        elif tag == _w("br"):
            kind = child.get(_w("type"), "textWrapping")
            out.append("\n" if kind == "textWrapping" else _PAGE_BREAK)
        elif tag in _CHARS:
            out.append(_CHARS[tag])
        else:  # runs, hyperlinks, insertions, fields, smart tags, content controls
            _collect(child, out)


def _has_text(el: etree._Element) -> bool:
    return any((t.text or "").strip() for t in el.iter(_w("t")))


def _ignored_parts(package: zipfile.ZipFile, names: set[str]) -> list[str]:
    """Warn about headers, footers, comments and notes that contain text we leave out."""
    found: list[str] = []
    for pattern, label in _PARTS:
        for part in sorted(n for n in names if pattern.fullmatch(n)):
            try:
                root = etree.fromstring(package.read(part), _PARSER)
            except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError):
                continue
            if _has_text(root) and label not in found:
                found.append(label)
    if not found:
        return []
    return [f"The document has text in {_and(found)}; only the main text was imported."]


def _body_warnings(body: etree._Element) -> list[str]:
    warnings = []
    if any(True for _ in body.iter(_w("ins"), _w("del"), _w("moveFrom"), _w("moveTo"))):
        warnings.append(
            "The document has tracked changes; the text was read as if all changes were accepted."
        )
    if any(_has_text(box) for box in body.iter(_w("txbxContent"))):
        warnings.append(
            "The document has text in text boxes or shapes; that text was not imported."
        )
    return warnings


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
