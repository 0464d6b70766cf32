"""One normal form for imported text, so that offsets mean the same thing everywhere.

Codings, turns and search hits are stored as code-point offsets into the text. If one
reader left "\\r\\n" and another "\\n", or one produced decomposed "a" + ring and another
a precomposed "å", the same visible text would have different offsets and searching for
"å" would miss half of the hits. Every reader therefore passes its result through here.
"""
from __future__ import annotations

import unicodedata

_LINE_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n", "\x00": None})


def normalise_text(s: str, keep_end: bool = False) -> str:
    """Return ``s`` with "\\n" line ends, NFC, no leading BOM, no NUL, no trailing whitespace
    (kept with ``keep_end``: a REFI-QDA source's text is stored as the other program has it).

    CRLF and lone CR become "\\n"; U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR
    become "\\n" (Qt would otherwise show a line break that is not a line in our offsets);
    NUL characters are dropped; whitespace at the very end of the text is trimmed.
    Leading whitespace and inner blank lines are kept: they are part of the layout.
    """
    if s.startswith("\ufeff"):
        s = s[1:]
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in s or "\u2029" in s or "\x00" in s:  # rare; translate walks every char
        s = s.translate(_LINE_SEPARATORS)
    s = unicodedata.normalize("NFC", s)
    return s if keep_end else s.rstrip()
