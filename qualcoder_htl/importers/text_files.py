"""Plain-text transcripts in whatever encoding the transcriber's editor happened to save.

Swedish transcripts arrive as UTF-8 (with or without BOM), as UTF-16 from Windows
"Unicode" exports, and as Windows-1252 (cp1252) from older Notepad and Word "Text only"
saves. Guessing wrong turns "Åsa" into "Ã…sa" or "\x8fsa", and codings are then made on
mangled text, so we detect carefully and record the encoding we chose.
"""
from __future__ import annotations

import os
import re

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.core.models import ImportedText
from qualcoder_htl.importers._files import read_bytes
from qualcoder_htl.importers.normalise import normalise_text

_BOMS = (  # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Files people rename to .txt; decoding them as text would give pages of garbage.
_MAGIC = (
    (b"PK\x03\x04", "a zip archive (a Word .docx or OpenDocument .odt file?)"),
    (b"%PDF", "a PDF file; PDF is not supported, save the transcript as .docx or .txt"),
    (b"\xd0\xcf\x11\xe0", "an old Word .doc file; save it as .docx in Word first"),
    (b"{\\rtf", "an RTF file; rename it to .rtf"),
)

# Characters that cp1252 produces from bytes 0x80-0x9f but that hardly ever occur in
# Swedish prose; they are what cp850 (DOS) or Mac Roman å ä ö turn into under cp1252.
_SUSPICIOUS = set("†‡„‚ƒˆ‰ŠŒŽ‹ŸšžœÇÕ÷")
_SWEDISH = set("åäöÅÄÖéÉüÜ")
_DOUBLE_ENCODED = re.compile("Ã[¥¤¶…„–©‰]")
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
# Unicode category Cc (U+0000-001F, U+007F-009F) less the allowed ones
_CONTROLS = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in [*range(0x20), *range(0x7F, 0xA0)]
                  if chr(c) not in _ALLOWED_CONTROLS) + "]")


def read_txt(path: str | os.PathLike[str]) -> ImportedText:
    """Read a plain-text transcript, detecting its encoding (recorded in ``.encoding``)."""
    data = read_bytes(path)
    text, encoding, warnings = decode_text_bytes(data, str(path))
    text = text.removesuffix("\x1a")  # DOS end-of-file marker
    return ImportedText(
        text=normalise_text(text), original_format="txt", encoding=encoding, warnings=warnings
    )


def decode_text_bytes(data: bytes, name: str = "<text>") -> tuple[str, str, list[str]]:
    """Decode ``data`` and return (text, encoding, warnings); raise ImportFileError if hopeless.

    Order: BOM, UTF-16 without BOM (by its NUL-byte pattern), strict UTF-8, then the
    8-bit Windows/DOS/Mac code pages. The UTF-16 test comes before UTF-8 only because
    ASCII-only UTF-16 is also valid UTF-8 (full of NULs); real UTF-8 text never shows
    that pattern, so this does not change the result for any real UTF-8 file.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ImportFileError(name, f"this is not a plain-text file but {what}")
    warnings: list[str] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                text = body.decode(encoding.removesuffix("-sig"))
            except UnicodeDecodeError as exc:
                raise ImportFileError(
                    name, f"the file starts with a {encoding} byte-order mark but is not "
                    f"valid {encoding} (byte {exc.start + len(bom)})"
                ) from None
            return _checked(text, encoding, warnings, name)
    utf16 = _guess_bomless_utf16(data)
    if utf16:
        body = data[: len(data) - len(data) % 2]
        try:
            text = body.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            if len(body) != len(data):
                warnings.append(
                    "The UTF-16 file had an odd number of bytes; the last byte was dropped."
                )
            return _checked(text, utf16, warnings, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _DOUBLE_ENCODED.search(text):
            warnings.append(
                "The text contains sequences like 'Ã¥' where 'å' was probably meant: the file "
                "seems to have been converted to UTF-8 twice before it was saved. Check å, ä, ö."
            )
        return _checked(text, "utf-8", warnings, name)
    text, encoding = _decode_8bit(data, warnings)
    return _checked(text, encoding, warnings, name)


def _guess_bomless_utf16(data: bytes) -> str | None:
    """UTF-16 of Latin text has a NUL in every other byte; return the byte order or None."""
    if len(data) < 4:
        return None
    even, odd = data[0::2], data[1::2]
    zeros_even, zeros_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if zeros_odd > 0.3 and zeros_even < 0.05:
        return "utf-16-le"
    if zeros_even > 0.3 and zeros_odd < 0.05:
        return "utf-16-be"
    return None


def _score(text: str) -> int:
    return sum(c in _SWEDISH for c in text) - 3 * sum(c in _SUSPICIOUS for c in text)


def _decode_8bit(data: bytes, warnings: list[str]) -> tuple[str, str]:
    """cp1252 when it looks like Swedish; else DOS cp850 or Mac Roman if clearly better."""
    try:
        cp1252: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        cp1252 = None
    if cp1252 is not None and not any(c in _SUSPICIOUS for c in cp1252):
        return cp1252, "cp1252"
    best = max(
        ((data.decode(enc), enc) for enc in ("cp850", "mac_roman")), key=lambda te: _score(te[0])
    )
    baseline = _score(cp1252) if cp1252 is not None else 0
    if _score(best[0]) > max(baseline, 0):
        label = {"cp850": "DOS (cp850)", "mac_roman": "old Mac (Mac Roman)"}[best[1]]
        warnings.append(
            f"The file is not UTF-8; it was read as {label} because that gives Swedish letters. "
            "Check that å, ä and ö look right."
        )
        return best
    if cp1252 is not None:
        return cp1252, "cp1252"
    bad = sorted({f"0x{b:02x}" for b in data if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)})
    warnings.append(
        "The file is neither UTF-8 nor valid Windows-1252 "
        f"(it contains the byte(s) {', '.join(bad)}); "
        "it was read as Latin-1. Some characters may be wrong: save it as UTF-8 and import again."
    )
    return data.decode("latin-1"), "latin-1"


def _checked(
    text: str, encoding: str, warnings: list[str], name: str
) -> tuple[str, str, list[str]]:
    """Refuse binary files that happen to decode (many control characters)."""
    controls = len(_CONTROLS.findall(text))  # in C: a per-character loop cost 10 ms a file
    if controls > max(8, len(text) // 100):
        raise ImportFileError(
            name, "this does not look like a text file (it contains many control characters)"
        )
    return text, encoding, warnings
