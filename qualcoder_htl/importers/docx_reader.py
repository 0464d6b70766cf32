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
import zlib

from lxml import etree

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.core.messages import catalogue, msg
from qualcoder_htl.core.models import ImportedText
from qualcoder_htl.importers._files import bad_xml, damaged, joined, read_bytes, zip_reason
from qualcoder_htl.importers.limits import (
    MAX_CONTAINER_BYTES,
    ArchiveBudget,
    ElementBudget,
    TextBudget,
    check_file_size,
    open_member,
    read_member,
)
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
_PARSE_OPTIONS = dict(resolve_entities=False, no_network=True, huge_tree=True)
_PARSER = etree.XMLParser(**_PARSE_OPTIONS)
_PREDEFINED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_KIND = "Word (.docx)"

catalogue({
    "docx.old_doc": (
        "this is an old Word .doc file or a password-protected document; open it in Word and "
        "save it as an unprotected .docx",
        "detta är en gammal Word .doc-fil eller ett lösenordsskyddat dokument; öppna den i Word "
        "och spara den som en oskyddad .docx"),
    "docx.strict": (
        "the document is saved as 'Strict Open XML'; save it in Word as a normal Word document "
        "(.docx) and import that",
        "dokumentet är sparat som 'Strict Open XML'; spara det i Word som ett vanligt "
        "Word-dokument (.docx) och importera det"),
    "docx.no_body": ("not a valid .docx file (the document has no body)",
                     "inte en giltig .docx-fil (dokumentet har ingen brödtext)"),
    "docx.ignored_parts": (
        "The document has text in {parts}; only the main text was imported.",
        "Dokumentet har text i {parts}; bara huvudtexten importerades."),
    "docx.tracked": (
        "The document has tracked changes; the text was read as if all changes were accepted.",
        "Dokumentet har spårade ändringar; texten lästes som om alla ändringar godkänts."),
    "docx.textboxes": (
        "The document has text in text boxes or shapes; that text was not imported.",
        "Dokumentet har text i textrutor eller former; den texten importerades inte."),
    "docx.part.headers": ("headers", "sidhuvuden"),
    "docx.part.footers": ("footers", "sidfötter"),
    "docx.part.comments": ("comments", "kommentarer"),
    "docx.part.footnotes": ("footnotes", "fotnoter"),
    "docx.part.endnotes": ("endnotes", "slutnoter"),
})


def read_docx(path: str | os.PathLike[str]) -> ImportedText:
    """Read a .docx: paragraphs and tables in order, joined by "\\n"; original bytes kept.

    document.xml is parsed as a stream (one top-level paragraph or table at a time) through
    a capped reader, so memory stays small whatever the archive claims or holds."""
    name = str(path)
    check_file_size(path, MAX_CONTAINER_BYTES, _KIND)
    data = read_bytes(path)
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(name, msg("docx.old_doc"))
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise ImportFileError(name, msg("import.not_zip", kind=".docx")) from None
    with package:
        names = set(package.namelist())
        if "word/document.xml" not in names:
            raise ImportFileError(name, msg("import.part_missing", kind=".docx",
                                            part="word/document.xml"))
        budget = ArchiveBudget(name)
        body = _Body(name)
        try:
            with open_member(package, "word/document.xml", name, budget=budget) as stream:
                body.parse(stream)
            warnings = _ignored_parts(package, names, name, budget)
        except etree.XMLSyntaxError as exc:
            raise bad_xml(name, "word/document.xml", exc) from None
        except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
            raise damaged(name, msg("import.bad_zip", reason=zip_reason(exc))) from None
    if not body.found:
        raise ImportFileError(name, msg("docx.strict" if body.strict else "docx.no_body"))
    warnings += body.warnings()
    return ImportedText(
        text=normalise_text("\n".join(body.lines)), original_format="docx",
        warnings=warnings, original_bytes=data,
    )


class _Body:
    """Reads w:body's blocks as they arrive and forgets each once its lines are taken."""

    def __init__(self, name: str):
        self.budget = TextBudget(name)
        self.elements = ElementBudget(name, "word/document.xml")
        self.lines: list[str] = []
        self.found = False
        self.strict = False
        self.tracked = False
        self.textboxes = False
        self.entities: dict[str, str] = {}

    def parse(self, stream) -> None:
        etree.clear_error_log()  # a parse error then names this file's first error
        events = etree.iterparse(stream, events=("start", "end"), **_PARSE_OPTIONS)
        root = body = None
        for event, el in events:
            if event == "start":
                if root is None:
                    root = el
                    self.strict = "purl.oclc.org/ooxml" in str(el.tag)
                    self.entities = _declared_entities(el)
                elif body is None and el.tag == _w("body") and el.getparent() is root:
                    body = el
                    self.found = True
                continue
            if body is None:
                continue
            if el.getparent() is not body:
                self.elements.add()
                continue
            self.block(el)
            self.elements.release()
            el.clear()
            while el.getprevious() is not None:  # drop what was read: memory stays flat
                del body[0]

    def block(self, el: etree._Element) -> None:
        blocks = [el] if el.tag in (_w("p"), _w("tbl")) else (
            list(_blocks(el)) if el.tag in _WRAPPERS else [])
        for block in blocks:
            for line in _block_lines(block, self.entities):
                self.budget.add(len(line) + 1)
                self.lines.append(line)
        if not self.tracked and any(
                True for _ in el.iter(_w("ins"), _w("del"), _w("moveFrom"), _w("moveTo"))):
            self.tracked = True
        if not self.textboxes and any(_has_text(box) for box in el.iter(_w("txbxContent"))):
            self.textboxes = True

    def warnings(self) -> list[str]:
        out = []
        if self.tracked:
            out.append(str(msg("docx.tracked")))
        if self.textboxes:
            out.append(str(msg("docx.textboxes")))
        return out


def _declared_entities(root: etree._Element) -> dict[str, str]:
    """Internal entities declared in the document's DTD (Word writes none; other programs
    may). They are expanded one level by us, never by the parser: no entity expansion bomb."""
    try:
        dtd = root.getroottree().docinfo.internalDTD
    except (AttributeError, ValueError):
        return {}
    if dtd is None:
        return {}
    return {e.name: (e.content or "") for e in dtd.iterentities()
            if e.content is not None and len(e.content) <= 1000}


def _blocks(parent: etree._Element):
    """Yield w:p and w:tbl children in document order, looking through content controls."""
    for child in parent:
        if child.tag in (_w("p"), _w("tbl")):
            yield child
        elif child.tag in _WRAPPERS:
            yield from _blocks(child)


def _block_lines(block: etree._Element, entities: dict[str, str]) -> list[str]:
    if block.tag == _w("p"):
        return [_paragraph_text(block, entities)]
    return [_row_text(row, entities) for row in _rows(block)]


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


def _row_text(row: etree._Element, entities: dict[str, str]) -> str:
    """One line per row: each w:tc once (merged cells are not repeated), joined by tabs."""
    return "\t".join(_cell_text(cell, entities) for cell in _cells(row))


def _cell_text(cell: etree._Element, entities: dict[str, str]) -> str:
    """A cell's paragraphs (and nested tables) joined by spaces so the row stays one line."""
    parts: list[str] = []
    for block in _blocks(cell):
        lines = _block_lines(block, entities)
        parts.extend(line.replace("\t", " ").replace("\n", " ") for line in lines)
    return " ".join(p for p in parts if p.strip())


def _paragraph_text(p: etree._Element, entities: dict[str, str]) -> str:
    pieces: list[str] = []
    _collect(p, pieces, entities)
    return "".join(pieces).strip(_PAGE_BREAK).replace(_PAGE_BREAK, "\n")


def _collect(el: etree._Element, out: list[str], entities: dict[str, str]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _w("t"):
            out.append(_run_text(child, entities))
        elif tag == _w("br"):
            kind = child.get(_w("type"), "textWrapping")
            out.append("\n" if kind == "textWrapping" else _PAGE_BREAK)
        elif tag in _CHARS:
            out.append(_CHARS[tag])
        elif tag == _w("sym"):
            out.append(_symbol(child))
        else:  # runs, hyperlinks, insertions, fields, smart tags, content controls
            _collect(child, out, entities)


def _run_text(t: etree._Element, entities: dict[str, str]) -> str:
    """A w:t's text, entity references included: the text after one is its tail, which
    ``t.text`` alone would drop."""
    parts = [t.text or ""]
    for child in t:
        if child.tag is etree.Entity:
            parts.append(entities.get(child.name, _PREDEFINED.get(child.name, "")))
        parts.append(child.tail or "")
    return "".join(parts)


# Symbol fonts put their glyphs on ASCII codes (in the private area F0xx): Symbol's "a" is α.
_SYMBOL_FONT = dict(zip(
    "abgdezhqiklmnxprstufcywjvABGDEZHQIKLMNXPRSTUFCYWJV",
    "αβγδεζηθικλμνξπρστυφχψωϕϖΑΒΓΔΕΖΗΘΙΚΛΜΝΞΠΡΣΤΥΦΧΨΩϑς", strict=True))
_SYMBOL_FONT.update({"\xae": "→", "\xac": "←", "\xad": "↑", "\xaf": "↓", "\xab": "↔",
                     "\xb4": "×", "\xb8": "÷", "\xb1": "±", "\xa5": "∞", "\xb3": "≥",
                     "\xa3": "≤", "\xb9": "≠", "\xbb": "≈", "\xb7": "•", "\xb0": "°",
                     "\xde": "⇒", "\xdb": "⇔", "\xd6": "√", "\xe5": "∑"})
_WINGDINGS = {"\xe0": "→", "\xe8": "→", "\xdf": "←", "\xfc": "✓", "\xfb": "✗", "\xfd": "☒",
              "\xfe": "☑", "\xa8": "☐", "\x6f": "☐", "\xa7": "▪", "\x6c": "●", "\x6e": "■",
              "\xd8": "➢", "\x4a": "☺", "\x4c": "☹", "\x28": "☎", "\x2a": "✉"}


def _symbol(sym: etree._Element) -> str:
    """A w:sym: a character from Insert > Symbol. Symbol-font codes become the Unicode
    characters they show; an unknown symbol-font glyph becomes U+FFFD, so the reader sees
    that something stood there (never a wrong letter)."""
    try:
        code = int(sym.get(_w("char"), ""), 16)
    except ValueError:
        return "\ufffd"
    font = (sym.get(_w("font")) or "").casefold()
    if 0xF020 <= code <= 0xF0FF:  # symbol fonts address their glyphs in the private area
        char = chr(code - 0xF000)
        if font == "symbol":
            return _SYMBOL_FONT.get(char, char if char.isascii() and not char.isalpha()
                                    else "\ufffd")
        if font.startswith("wingdings"):
            return _WINGDINGS.get(char, "\ufffd")
        return "\ufffd"
    if 0xE000 <= code <= 0xF8FF or not 0x20 <= code <= 0x10FFFF or 0xD800 <= code < 0xE000:
        return "\ufffd"
    return chr(code)


def _has_text(el: etree._Element) -> bool:
    return any((t.text or "").strip() for t in el.iter(_w("t")))


def _ignored_parts(package: zipfile.ZipFile, names: set[str], name: str,
                   budget: ArchiveBudget) -> list[str]:
    """Warn about headers, footers, comments and notes that contain text we leave out."""
    found: list[str] = []
    for pattern, label in _PARTS:
        for part in sorted(n for n in names if pattern.fullmatch(n)):
            if label in found:
                break
            try:
                root = etree.fromstring(read_member(package, part, name, budget=budget),
                                        _PARSER)
            except (etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError, zlib.error):
                continue
            if _has_text(root):
                found.append(label)
    if not found:
        return []
    parts = [str(msg(f"docx.part.{label}")) for label in found]
    return [str(msg("docx.ignored_parts", parts=joined(parts)))]
