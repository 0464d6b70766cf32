"""OpenDocument (.odt) transcripts from LibreOffice: same contract as the .docx reader.

ODF collapses runs of white space in paragraph text (real extra spaces are written as
<text:s/>), so we apply that rule too; otherwise pretty-printed or hand-made files would
get stray spaces and line breaks that Writer never shows.

content.xml is parsed as a stream with lxml (one top-level paragraph, list or table at a
time) through a capped reader: a whole-document DOM of a large or hostile file would take
gigabytes, and a file without a text body must give a clear message, not a crash.
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
)
from qualcoder_htl.importers.normalise import normalise_text

OFFICENS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXTNS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLENS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
STYLENS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
DRAWNS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"

_TEXT_MIMETYPES = ("application/vnd.oasis.opendocument.text",
                   "application/vnd.oasis.opendocument.text-template")
_PARAGRAPHS = {(TEXTNS, "p"), (TEXTNS, "h")}
_CONTAINERS = {(TEXTNS, t) for t in ("list", "list-item", "list-header", "section", "index-body")}
_TABLE = (TABLENS, "table")
_ROW_GROUPS = {(TABLENS, t) for t in ("table-header-rows", "table-rows", "table-row-group")}
# Inside a paragraph: notes, comments, frames (images, text boxes) and change marks.
_INLINE_SKIP = {(TEXTNS, "note"), (OFFICENS, "annotation"), (OFFICENS, "annotation-end"),
                (TEXTNS, "soft-page-break"), (TEXTNS, "number"), (TEXTNS, "change")}
_WS = re.compile(r"[ \t\r\n]+")
_MAX_SPACES = 1000  # one text:s may not stand for more (text:c="999999999" is a bomb)
_PARSE_OPTIONS = dict(resolve_entities=False, no_network=True, huge_tree=True)
_KIND = "OpenDocument (.odt)"

catalogue({
    "odt.not_text": ("not an OpenDocument text document (its type is {mimetype})",
                     "inte ett OpenDocument-textdokument (dess typ är {mimetype})"),
    "odt.no_body": ("content.xml has no text body (office:text)",
                    "content.xml har ingen brödtext (office:text)"),
    "odt.ignored_parts": ("The document has text in {parts}; only the main text was imported.",
                          "Dokumentet har text i {parts}; bara huvudtexten importerades."),
    "odt.tracked": ("The document has tracked changes; deleted text was left out.",
                    "Dokumentet har spårade ändringar; borttagen text utelämnades."),
    "odt.frames": ("The document has text in text boxes or frames; that text was not imported.",
                   "Dokumentet har text i textrutor eller ramar; den texten importerades inte."),
    "odt.part.headers": ("headers", "sidhuvuden"),
    "odt.part.footers": ("footers", "sidfötter"),
    "odt.part.comments": ("comments", "kommentarer"),
    "odt.part.footnotes": ("footnotes", "fotnoter"),
})


def read_odt(path: str | os.PathLike[str]) -> ImportedText:
    """Read an .odt: paragraphs, headings, lists and tables in order, joined by "\\n"."""
    name = str(path)
    check_file_size(path, MAX_CONTAINER_BYTES, _KIND)
    data = read_bytes(path)
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise ImportFileError(name, msg("import.not_zip", kind=".odt")) from None
    reader = _Reader(name)
    with package:
        names = set(package.namelist())
        if "content.xml" not in names:
            raise ImportFileError(name, msg("import.part_missing", kind=".odt",
                                            part="content.xml"))
        budget = ArchiveBudget(name)
        try:
            mimetype = ""
            if "mimetype" in names:
                with open_member(package, "mimetype", name, limit=1000, budget=budget) as f:
                    mimetype = f.read(200).decode("ascii", "replace").strip()
            if mimetype and mimetype not in _TEXT_MIMETYPES:
                raise ImportFileError(name, msg("odt.not_text", mimetype=mimetype[:80]))
            with open_member(package, "content.xml", name, budget=budget) as stream:
                reader.parse(stream)
            if "styles.xml" in names:
                with open_member(package, "styles.xml", name, budget=budget) as stream:
                    reader.master_pages(stream)
        except etree.XMLSyntaxError as exc:
            part = "styles.xml" if reader.found else "content.xml"
            raise bad_xml(name, part, exc) from None
        except (zipfile.BadZipFile, EOFError, OSError, zlib.error) as exc:
            raise damaged(name, msg("import.bad_zip", reason=zip_reason(exc))) from None
    if not reader.found:
        raise damaged(name, msg("odt.no_body"))
    return ImportedText(
        text=normalise_text("\n".join(reader.lines)), original_format="odt",
        warnings=reader.warnings(), original_bytes=data,
    )


def _qname(node) -> tuple[str, str] | None:
    tag = node.tag
    if not isinstance(tag, str):
        return None  # a comment, processing instruction or entity
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return (namespace, local)
    return ("", tag)


def _has_text(node) -> bool:
    return any(t.strip() for t in node.itertext())


class _Reader:
    """Walks office:text as it streams in and remembers what it left out, for the warnings."""

    def __init__(self, name: str) -> None:
        self.budget = TextBudget(name)
        self.elements = ElementBudget(name, "content.xml")
        self.lines: list[str] = []
        self.found = False
        self.skipped: set[str] = set()
        self.page_parts: list[str] = []

    def parse(self, stream) -> None:
        etree.clear_error_log()  # a parse error then names this file's first error
        text_el = None
        for event, el in etree.iterparse(stream, events=("start", "end"), **_PARSE_OPTIONS):
            if event == "start":
                if text_el is None and _qname(el) == (OFFICENS, "text"):
                    parent = el.getparent()
                    if parent is not None and _qname(parent) == (OFFICENS, "body"):
                        text_el = el
                        self.found = True
                continue
            if text_el is None:
                continue
            if el.getparent() is not text_el:
                self.elements.add()
                continue
            for line in self.block(el):
                self.budget.add(len(line) + 1)
                self.lines.append(line)
            self.elements.release()
            el.clear()
            while el.getprevious() is not None:
                del text_el[0]

    def master_pages(self, stream) -> None:
        """Headers and footers with text, from styles.xml's master pages. Read one style at a
        time (the children of office:styles, office:master-styles ...), each dropped after."""
        elements = ElementBudget(self.budget.name, "styles.xml")
        root = None
        for event, el in etree.iterparse(stream, events=("start", "end"), **_PARSE_OPTIONS):
            if event == "start":
                root = el if root is None else root
                continue
            parent = el.getparent()
            if parent is None or parent.getparent() is not root:
                elements.add()
                continue
            if _qname(el) == (STYLENS, "master-page"):
                for c in el:
                    q = _qname(c)
                    if q and q[0] == STYLENS and q[1].startswith(("header", "footer")) \
                            and _has_text(c):
                        self.page_parts.append("headers" if q[1].startswith("header")
                                               else "footers")
            elements.release()
            el.clear()
            while el.getprevious() is not None:
                del parent[0]

    def block(self, node) -> list[str]:
        q = _qname(node)
        if q in _PARAGRAPHS:
            return [self.paragraph(node)]
        if q in _CONTAINERS:
            return [line for c in node for line in self.block(c)]
        if q == _TABLE:
            return [self.row(r) for r in self._rows(node)]
        if q == (TEXTNS, "tracked-changes") and _has_text(node):
            self.skipped.add("tracked")
        return []

    def _rows(self, node):
        for c in node:
            q = _qname(c)
            if q == (TABLENS, "table-row"):
                yield c
            elif q in _ROW_GROUPS:
                yield from self._rows(c)

    def row(self, row) -> str:
        """Cells joined by tabs; covered (merged-away) cells are left out."""
        cells = [c for c in row if _qname(c) == (TABLENS, "table-cell")]
        return "\t".join(self.cell(c) for c in cells)

    def cell(self, cell) -> str:
        lines = [line for c in cell for line in self.block(c)]
        flat = (line.replace("\t", " ").replace("\n", " ") for line in lines)
        return " ".join(line for line in flat if line.strip())

    def paragraph(self, p) -> str:
        parts: list[str] = []
        self._inline(p, parts)
        text = "".join(parts)
        # leading/trailing collapsible space is dropped; \x01 marks a real (text:s) space
        return text.strip(" ").replace("\x01", " ")

    @staticmethod
    def _text(data: str | None, out: list[str]) -> None:
        if not data:
            return
        text = _WS.sub(" ", data)
        if text.startswith(" ") and (not out or out[-1].endswith((" ", "\t", "\n"))):
            text = text[1:]
        if text:
            out.append(text)

    def _inline(self, node, out: list[str]) -> None:
        self._text(node.text, out)
        for c in node:
            q = _qname(c)
            if q == (TEXTNS, "s"):
                out.append("\x01" * _count(c.get(f"{{{TEXTNS}}}c")))
            elif q == (TEXTNS, "tab"):
                out.append("\t")
            elif q == (TEXTNS, "line-break"):
                out.append("\n")
            elif q in _INLINE_SKIP:
                if q == (TEXTNS, "note") and _has_text(c):
                    self.skipped.add("notes")
                elif q == (OFFICENS, "annotation") and _has_text(c):
                    self.skipped.add("comments")
            elif q is not None and q[0] == DRAWNS:
                if _has_text(c):
                    self.skipped.add("frames")
            elif q is not None:  # spans, links, fields, bookmarks, ruby ...
                self._inline(c, out)
            self._text(c.tail, out)

    def warnings(self) -> list[str]:
        parts = list(self.page_parts)
        parts += [label for key, label in (("comments", "comments"), ("notes", "footnotes"))
                  if key in self.skipped]
        parts = list(dict.fromkeys(parts))
        out = []
        if parts:
            names = [str(msg(f"odt.part.{p}")) for p in parts]
            out.append(str(msg("odt.ignored_parts", parts=joined(names))))
        if "tracked" in self.skipped:
            out.append(str(msg("odt.tracked")))
        if "frames" in self.skipped:
            out.append(str(msg("odt.frames")))
        return out


def _count(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), _MAX_SPACES))
    except ValueError:
        return 1
