"""RTF transcripts (from transcription software and old Word): a small RTF reader of our own.

striprtf decodes \\'e5 and \\u229? correctly, but it writes table cells as "|", adds
hyperlink targets to the text and cannot tell us about headers, footnotes or comments.
RTF's text model is small, so we read it here: 8-bit escapes in the document's code
page (\\ansicpg, per-font \\fcharset), \\uN with \\ucN fallback skipping, surrogates,
\\bin data, ignorable destinations.
"""
from __future__ import annotations

import codecs
import os
import re

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.core.messages import catalogue, msg
from qualcoder_htl.core.models import ImportedText
from qualcoder_htl.importers._files import damaged, joined, read_bytes
from qualcoder_htl.importers.limits import (
    MAX_PART_BYTES,
    TextBudget,
    check_file_size,
    check_text,
)
from qualcoder_htl.importers.normalise import normalise_text

catalogue({
    "rtf.not_rtf": ("not a valid RTF file (it does not start with {{\\rtf)",
                    "inte en giltig RTF-fil (den börjar inte med {{\\rtf)"),
    "rtf.unbalanced": ("the RTF groups are not closed ({n} '{{' without '}}'); the file may "
                       "be cut off",
                       "RTF-grupperna är inte stängda ({n} '{{' utan '}}'); filen kan vara "
                       "avklippt"),
    "rtf.ignored_parts": ("The document has text in {parts}; only the main text was imported.",
                          "Dokumentet har text i {parts}; bara huvudtexten importerades."),
    "rtf.part.headers": ("headers", "sidhuvuden"),
    "rtf.part.footers": ("footers", "sidfötter"),
    "rtf.part.footnotes": ("footnotes", "fotnoter"),
    "rtf.part.comments": ("comments", "kommentarer"),
})

_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with optional number
    r"|\\'([0-9a-fA-F]{2})"  # 8-bit character in the current code page
    r"|\\([^a-zA-Z])|([{}])|[\r\n]+|([^\\{}\r\n]+)"  # symbol, brace, newline, text
)
_NON_ASCII = re.compile(r"([\x80-\xff]+)")
_SKIPPED = frozenset(
    "fonttbl colortbl stylesheet info pict object fldinst themedata colorschememapping "
    "latentstyles datastore xmlnstbl listtable listoverridetable revtbl rsidtbl generator "
    "filetbl pgdsctbl pn pntext listtext shp shpinst shptxt shprslt nonshppict comment "
    "author operator title subject keywords doccomm company manager category "
    "atnid atnauthor atndate atnref atrfstart atrfend bkmkstart bkmkend xe tc txe rxe "
    "objdata".split()
)
_REPORTED = {"header": "headers", "headerl": "headers", "headerr": "headers", "headerf": "headers",
             "footer": "footers", "footerl": "footers", "footerr": "footers", "footerf": "footers",
             "footnote": "footnotes", "annotation": "comments"}
_WORDS = {"par": "\n", "line": "\n", "tab": "\t", "emdash": "\u2014", "endash": "\u2013",
          "emspace": "\u2003", "enspace": "\u2002", "qmspace": "\u2005", "bullet": "\u2022",
          "lquote": "\u2018", "rquote": "\u2019", "ldblquote": "\u201c", "rdblquote": "\u201d"}
_SYMBOLS = {"~": "\xa0", "_": "-", "-": "", "{": "{", "}": "}", "\\": "\\", "\n": "\n", "\r": "\n"}
_CHARSETS = {77: "mac_roman", 128: "cp932", 129: "cp949", 134: "gbk", 136: "big5",
             161: "cp1253", 162: "cp1254", 163: "cp1258", 177: "cp1255", 178: "cp1256",
             186: "cp1257", 204: "cp1251", 222: "cp874", 238: "cp1250", 255: "cp850"}


def read_rtf(path: str | os.PathLike[str]) -> ImportedText:
    """Read an .rtf: paragraphs joined by "\\n", table rows as tab-separated lines."""
    name = str(path)
    check_file_size(path, MAX_PART_BYTES, "RTF (.rtf)")  # pictures make RTF files large
    raw = read_bytes(path)
    source = raw.decode("latin-1")  # one char per byte: \'xx and \bin stay byte-exact
    if not source.lstrip("\ufeff\xef\xbb\xbf \r\n\t").startswith("{\\rtf"):
        raise ImportFileError(name, msg("rtf.not_rtf"))
    parser = _Parser(source, TextBudget(name))
    text = parser.run()
    if parser.depth > 0:  # cut off: groups are still open (the document's own at least)
        raise damaged(name, msg("rtf.unbalanced", n=parser.depth))
    check_text(text, name)
    warnings = []
    if parser.reported:
        found = [str(msg(f"rtf.part.{label}")) for label in sorted(parser.reported)]
        warnings.append(str(msg("rtf.ignored_parts", parts=joined(found))))
    return ImportedText(text=normalise_text(text), original_format="rtf", warnings=warnings)


class _Group:
    """Group state RTF saves on "{" and restores on "}"."""

    __slots__ = ("skip", "report", "dest", "uc", "font", "star")

    def __init__(self, parent: _Group | None = None) -> None:
        self.skip = parent.skip if parent else False
        self.report = parent.report if parent else None  # label if skipped text is reported
        self.dest = parent.dest if parent else None  # the destination being skipped
        self.uc = parent.uc if parent else 1
        self.font = parent.font if parent else None
        self.star = False


class _Parser:
    def __init__(self, source: str, budget: TextBudget | None = None) -> None:
        self.src = source
        self.budget = budget
        self.depth = 0  # groups open at the end (a cut-off file leaves some open)
        self.out: list[str] = []
        self.pending = bytearray()  # consecutive \'xx bytes (multi-byte code pages)
        self.raw = bytearray()  # consecutive unescaped bytes >= 0x80
        self.high: int | None = None  # pending high surrogate from \uN
        self.codepage = "cp1252"
        self.fonts: dict[int, str] = {}
        self.defining_font: int | None = None
        self.reported: set[str] = set()
        self.in_table = False

    def emit(self, text: str, group: _Group) -> None:
        if group.skip:
            if group.report and text.strip():
                self.reported.add(group.report)
            return
        if self.budget is not None:
            self.budget.add(len(text))
        self.out.append(text)

    def flush(self, group: _Group) -> None:
        if self.pending:
            enc = self.fonts.get(group.font, self.codepage)
            self.emit(bytes(self.pending).decode(enc, errors="replace"), group)
            self.pending.clear()
        if self.raw:
            enc = self.fonts.get(group.font, self.codepage)
            self.emit(_decode_raw(bytes(self.raw), enc), group)
            self.raw.clear()

    def text(self, text: str, group: _Group) -> None:
        """Plain text; unescaped 8-bit bytes (some writers emit them) are decoded as such."""
        for run in _NON_ASCII.split(text):
            if not run:
                continue
            if run[0] >= "\x80":
                self.raw.extend(run.encode("latin-1"))
            else:
                self.flush(group)
                self.emit(run, group)

    def run(self) -> str:
        stack: list[_Group] = []
        group = _Group()
        skip_chars = 0  # \uN fallback characters still to skip
        pos, src = 0, self.src
        while pos < len(src):
            m = _TOKEN.match(src, pos)
            if m is None:  # a lone backslash at the very end
                break
            pos = m.end()
            word, arg, hexbyte, symbol, brace, text = m.groups()
            if not m.group(0).strip("\r\n"):
                continue  # raw line breaks in RTF source mean nothing
            if hexbyte is None and text is None:
                self.flush(group)
            elif hexbyte is not None and self.raw:
                self.flush(group)
            if brace:
                skip_chars = 0
                if brace == "{":
                    stack.append(group)
                    group = _Group(group)
                elif stack:
                    group = stack.pop()
                continue
            if skip_chars:
                if text is None:
                    skip_chars -= 1
                    continue
                cut = min(skip_chars, len(text))
                text, skip_chars = text[cut:], skip_chars - cut
            if text:
                self.text(text, group)
            elif hexbyte is not None:
                self.pending.append(int(hexbyte, 16))
            elif symbol == "*":
                group.star = True
            elif symbol in _SYMBOLS:
                self.emit(_SYMBOLS[symbol], group)
            elif word is not None:
                pos, skip_chars = self.control(word, arg, group, pos, skip_chars)
        self.flush(group)
        self.depth = len(stack)
        return "".join(self.out)

    def control(self, word: str, arg: str | None, group: _Group, pos: int, skip: int):
        """Handle one control word; returns the new position and fallback-skip count."""
        n = int(arg) if arg is not None else None
        if not group.skip and (word in _REPORTED or word in _SKIPPED or group.star):
            group.skip, group.dest, group.report = True, word, _REPORTED.get(word)
        if word == "bin" and n:
            return pos + n, skip
        if word == "u" and n is not None:
            self.unicode(n + 65536 if n < 0 else n, group)
            return pos, group.uc
        if word == "uc" and n is not None:
            group.uc = n
        elif word == "ansicpg" and n:
            self.codepage = _codec(f"cp{n}") or self.codepage
        elif word in ("mac", "pc", "pca"):
            self.codepage = {"mac": "mac_roman", "pc": "cp437", "pca": "cp850"}[word]
        elif word == "f" and n is not None:
            if group.dest == "fonttbl":
                self.defining_font = n
            else:
                group.font = n
        elif word == "fcharset" and n in _CHARSETS and group.dest == "fonttbl":
            if self.defining_font is not None:
                self.fonts[self.defining_font] = _CHARSETS[n]
        elif word == "intbl":
            self.in_table = True
        elif word == "pard":
            self.in_table = False
        elif word in ("par", "line") and self.in_table:
            self.emit(" ", group)  # paragraphs inside a cell: keep the row on one line
        elif word in ("cell", "nestcell"):
            self.emit("\t", group)
        elif word == "row":
            if self.out and self.out[-1] == "\t" and not group.skip:
                self.out.pop()
            self.emit("\n", group)
            self.in_table = False
        elif word in ("page", "sect", "column"):
            if self.out and not self.out[-1].endswith("\n"):
                self.emit("\n", group)
        elif word in _WORDS:
            self.emit(_WORDS[word], group)
        return pos, skip

    def unicode(self, code: int, group: _Group) -> None:
        if 0xD800 <= code < 0xDC00:
            self.high = code
            return
        if 0xDC00 <= code < 0xE000 and self.high is not None:
            code = 0x10000 + ((self.high - 0xD800) << 10) + (code - 0xDC00)
        elif 0xD800 <= code < 0xE000 or not 0 <= code <= 0x10FFFF:
            code = 0xFFFD
        self.high = None
        self.emit(chr(code), group)


def _decode_raw(data: bytes, codepage: str) -> str:
    """Raw bytes that form valid multi-byte UTF-8 are UTF-8 (never real cp1252 Swedish)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(codepage, errors="replace")


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
