"""OpenDocument (.odt) transcripts from LibreOffice: same contract as the .docx reader.

ODF collapses runs of white space in paragraph text (real extra spaces are written as
<text:s/>), so we apply that rule too; otherwise pretty-printed or hand-made files would
get stray spaces and line breaks that Writer never shows.
"""
from __future__ import annotations

import io
import os
import re
import zipfile

from odf import opendocument
from odf.namespaces import DRAWNS, OFFICENS, STYLENS, TABLENS, TEXTNS

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.core.models import ImportedText
from qualcoder_htl.importers._files import read_bytes
from qualcoder_htl.importers.normalise import normalise_text

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


def read_odt(path: str | os.PathLike[str]) -> ImportedText:
    """Read an .odt: paragraphs, headings, lists and tables in order, joined by "\\n"."""
    name = str(path)
    data = read_bytes(path)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            mimetype = package.read("mimetype").decode("ascii", "replace").strip() \
                if "mimetype" in names else ""
    except zipfile.BadZipFile:
        raise ImportFileError(name, "not a valid .odt file (it is not a zip archive)") from None
    if "content.xml" not in names:
        raise ImportFileError(
            name, "not a valid .odt file (content.xml is missing from the archive)"
        )
    if mimetype and mimetype not in _TEXT_MIMETYPES:
        raise ImportFileError(name, f"not an OpenDocument text document (its type is {mimetype})")
    doc = opendocument.load(io.BytesIO(data))
    reader = _Reader()
    lines: list[str] = []
    for child in doc.text.childNodes:
        lines.extend(reader.block(child))
    return ImportedText(
        text=normalise_text("\n".join(lines)), original_format="odt",
        warnings=reader.warnings(doc), original_bytes=data,
    )


def _qname(node) -> tuple[str, str] | None:
    return getattr(node, "qname", None) if node.nodeType == node.ELEMENT_NODE else None


def _has_text(node) -> bool:
    if node.nodeType == node.TEXT_NODE:
        return bool(node.data.strip())
    return any(_has_text(c) for c in node.childNodes)


class _Reader:
    """Walks office:text and remembers what it left out, for the warnings."""

    def __init__(self) -> None:
        self.skipped: set[str] = set()

    def block(self, node) -> list[str]:
        q = _qname(node)
        if q in _PARAGRAPHS:
            return [self.paragraph(node)]
        if q in _CONTAINERS:
            return [line for c in node.childNodes for line in self.block(c)]
        if q == _TABLE:
            return [self.row(r) for r in self._rows(node)]
        if q == (TEXTNS, "tracked-changes") and _has_text(node):
            self.skipped.add("tracked")
        return []

    def _rows(self, node):
        for c in node.childNodes:
            q = _qname(c)
            if q == (TABLENS, "table-row"):
                yield c
            elif q in _ROW_GROUPS:
                yield from self._rows(c)

    def row(self, row) -> str:
        """Cells joined by tabs; covered (merged-away) cells are left out."""
        cells = [c for c in row.childNodes if _qname(c) == (TABLENS, "table-cell")]
        return "\t".join(self.cell(c) for c in cells)

    def cell(self, cell) -> str:
        lines = [line for c in cell.childNodes for line in self.block(c)]
        flat = (line.replace("\t", " ").replace("\n", " ") for line in lines)
        return " ".join(line for line in flat if line.strip())

    def paragraph(self, p) -> str:
        parts: list[str] = []
        self._inline(p, parts)
        text = "".join(parts)
        # leading/trailing collapsible space is dropped; \x01 marks a real (text:s) space
        return text.strip(" ").replace("\x01", " ")

    def _inline(self, node, out: list[str]) -> None:
        for c in node.childNodes:
            if c.nodeType == c.TEXT_NODE:
                text = _WS.sub(" ", c.data)
                if text.startswith(" ") and (not out or out[-1].endswith((" ", "\t", "\n"))):
                    text = text[1:]
                if text:
                    out.append(text)
                continue
            q = _qname(c)
            if q == (TEXTNS, "s"):
                out.append("\x01" * int(c.attributes.get((TEXTNS, "c"), "1") or 1))
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

    def warnings(self, doc) -> list[str]:
        parts = []
        for page in doc.masterstyles.childNodes:
            for c in page.childNodes:
                q = _qname(c)
                if q and q[0] == STYLENS and q[1].startswith(("header", "footer")) and _has_text(c):
                    parts.append("headers" if q[1].startswith("header") else "footers")
        parts += [label for key, label in (("comments", "comments"), ("notes", "footnotes"))
                  if key in self.skipped]
        parts = list(dict.fromkeys(parts))
        out = []
        if parts:
            joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
            out.append(f"The document has text in {joined}; only the main text was imported.")
        if "tracked" in self.skipped:
            out.append("The document has tracked changes; deleted text was left out.")
        if "frames" in self.skipped:
            out.append("The document has text in text boxes or frames; that text was not imported.")
        return out
