"""Plain-text transcripts in whatever encoding the transcriber's editor happened to save.

Swedish transcripts arrive as UTF-8 (with or without BOM), as UTF-16 from Windows
"Unicode" exports, and as Windows-1252 (cp1252) from older Notepad and Word "Text only"
saves. Guessing wrong turns "Åsa" into "Ã…sa" or "\x8fsa", and codings are then made on
mangled text, so we detect carefully and record the encoding we chose.
"""
from __future__ import annotations

import codecs
import os
import re

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.core.messages import catalogue, msg
from qualcoder_htl.core.models import ImportedText
from qualcoder_htl.importers._files import read_bytes
from qualcoder_htl.importers.limits import MAX_TEXT_FILE_BYTES, check_file_size, check_text
from qualcoder_htl.importers.normalise import normalise_text

catalogue({
    "txt.magic.zip": ("a zip archive (a Word .docx or OpenDocument .odt file?)",
                      "ett zip-arkiv (en Word .docx- eller OpenDocument .odt-fil?)"),
    "txt.magic.pdf": ("a PDF file; PDF is not supported, save the transcript as .docx or .txt",
                      "en PDF-fil; PDF stöds inte, spara transkriptionen som .docx eller .txt"),
    "txt.magic.doc": ("an old Word .doc file; save it as .docx in Word first",
                      "en gammal Word .doc-fil; spara den som .docx i Word först"),
    "txt.magic.rtf": ("an RTF file; rename it to .rtf", "en RTF-fil; byt filändelse till .rtf"),
    "txt.not_plain": ("this is not a plain-text file but {what}",
                      "detta är inte en ren textfil utan {what}"),
    "txt.bad_bom": (
        "the file starts with a {encoding} byte-order mark but is not valid {encoding} "
        "(byte {position})",
        "filen börjar med en byte-ordningsmarkering för {encoding} men är inte giltig "
        "{encoding} (byte {position})"),
    "txt.odd_utf16": ("The UTF-16 file had an odd number of bytes; the last byte was dropped.",
                      "UTF-16-filen hade ett udda antal byte; den sista byten togs bort."),
    "txt.double_utf8": (
        "The text contains sequences like 'Ã¥' where 'å' was probably meant: the file seems to "
        "have been converted to UTF-8 twice before it was saved. Check å, ä, ö.",
        "Texten innehåller följder som 'Ã¥' där 'å' troligen avsågs: filen verkar ha "
        "konverterats till UTF-8 två gånger innan den sparades. Kontrollera å, ä, ö."),
    "txt.codepage": (
        "The file is not UTF-8; it was read as {label} because that gives Swedish letters. "
        "Check that å, ä and ö look right.",
        "Filen är inte UTF-8; den lästes som {label} eftersom det ger svenska bokstäver. "
        "Kontrollera att å, ä och ö ser rätt ut."),
    "txt.label.cp850": ("DOS (cp850)", "DOS (cp850)"),
    "txt.label.mac_roman": ("old Mac (Mac Roman)", "gammal Mac (Mac Roman)"),
    "txt.latin1": (
        "The file is neither UTF-8 nor valid Windows-1252 (it contains the byte(s) {bytes}); "
        "it was read as Latin-1. Some characters may be wrong: save it as UTF-8 and import "
        "again.",
        "Filen är varken UTF-8 eller giltig Windows-1252 (den innehåller byte {bytes}); den "
        "lästes som Latin-1. Vissa tecken kan bli fel: spara den som UTF-8 och importera igen."),
    "txt.foreign": (
        "The file is not Swedish text in a Western encoding: it looks like {script} text in "
        "the {encoding} encoding and was read as such. If the text looks wrong, save the file "
        "as UTF-8 and import it again.",
        "Filen är inte svensk text i en västeuropeisk teckenkodning: den ser ut som {script} "
        "text i teckenkodningen {encoding} och lästes så. Om texten ser fel ut, spara filen "
        "som UTF-8 och importera den igen."),
    "txt.not_western": (
        "The file does not look like Swedish text in a Western encoding (most of its letters "
        "are not Latin); it was read as {encoding} and may be wrong. Save it as UTF-8 and "
        "import it again.",
        "Filen ser inte ut som svensk text i en västeuropeisk teckenkodning (de flesta "
        "bokstäverna är inte latinska); den lästes som {encoding} och kan bli fel. Spara den "
        "som UTF-8 och importera den igen."),
    "txt.binary": ("this does not look like a text file (it contains many control characters)",
                   "detta ser inte ut som en textfil (den innehåller många styrtecken)"),
    "txt.script.japanese": ("Japanese", "japansk"),
    "txt.script.chinese": ("Chinese", "kinesisk"),
    "txt.script.korean": ("Korean", "koreansk"),
    "txt.script.cyrillic": ("Cyrillic (Russian, Ukrainian, ...)", "kyrillisk (rysk, ukrainsk …)"),
    "txt.script.greek": ("Greek", "grekisk"),
    "txt.script.arabic": ("Arabic", "arabisk"),
    "txt.script.hebrew": ("Hebrew", "hebreisk"),
    "txt.script.turkish": ("Turkish", "turkisk"),
    "txt.script.thai": ("Thai", "thailändsk"),
    "txt.script.baltic": ("Baltic", "baltisk"),
    "txt.script.other": ("non-Latin", "icke-latinsk"),
})

_BOMS = (  # UTF-32 first: its LE BOM starts with the UTF-16 LE BOM
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Files people rename to .txt; decoding them as text would give pages of garbage.
_MAGIC = (
    (b"PK\x03\x04", "txt.magic.zip"),
    (b"%PDF", "txt.magic.pdf"),
    (b"\xd0\xcf\x11\xe0", "txt.magic.doc"),
    (b"{\\rtf", "txt.magic.rtf"),
)
# Encodings that charset-normalizer may name for Western text: ours decide among them.
_WESTERN = {"cp1252", "latin-1", "iso8859-1", "iso8859-15", "cp850", "cp437", "mac-roman",
            "cp1250", "iso8859-2", "iso8859-9", "cp1254", "utf-8", "ascii", "cp1257"}
_SCRIPTS = (  # codec name prefix -> script, for the note
    (("cp932", "shift_jis", "euc_jp", "iso2022_jp", "euc-jp", "shift-jis"), "japanese"),
    (("gb", "big5", "hz"), "chinese"),
    (("cp949", "euc_kr", "euc-kr", "johab", "iso2022_kr"), "korean"),
    (("cp1251", "koi8", "iso8859-5", "cp866", "mac-cyrillic", "cp855"), "cyrillic"),
    (("cp1253", "iso8859-7", "mac-greek", "cp737"), "greek"),
    (("cp1256", "iso8859-6", "cp864"), "arabic"),
    (("cp1255", "iso8859-8", "cp862"), "hebrew"),
    (("cp874", "tis-620", "iso8859-11"), "thai"),
)
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # Cc except \t \n \v \f \r
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))

# Characters that cp1252 produces from bytes 0x80-0x9f but that hardly ever occur in
# Swedish prose; they are what cp850 (DOS) or Mac Roman å ä ö turn into under cp1252.
_SUSPICIOUS = set("†‡„‚ƒˆ‰ŠŒŽ‹ŸšžœÇÕ÷")
_SWEDISH = set("åäöÅÄÖéÉüÜ")
_DOUBLE_ENCODED = re.compile("Ã[¥¤¶…„–©‰]")


def read_txt(path: str | os.PathLike[str]) -> ImportedText:
    """Read a plain-text transcript, detecting its encoding (recorded in ``.encoding``).

    A file larger than any transcript is refused before it is read (``limits``)."""
    check_file_size(path, MAX_TEXT_FILE_BYTES, ".txt")
    data = read_bytes(path)
    text, encoding, warnings = decode_text_bytes(data, str(path))
    text = text.removesuffix("\x1a")  # DOS end-of-file marker
    check_text(text, str(path))
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
            raise ImportFileError(name, msg("txt.not_plain", what=msg(what)))
    warnings: list[str] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                text = body.decode(encoding.removesuffix("-sig"))
            except UnicodeDecodeError as exc:
                raise ImportFileError(name, msg("txt.bad_bom", encoding=encoding,
                                                position=exc.start + len(bom))) from None
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
                warnings.append(str(msg("txt.odd_utf16")))
            return _checked(text, utf16, warnings, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _DOUBLE_ENCODED.search(text):
            warnings.append(str(msg("txt.double_utf8")))
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
    """cp1252 when it looks like Swedish; else DOS cp850 or Mac Roman if clearly better;
    a text that is mostly not Latin letters is named by its encoding (Shift-JIS, GBK,
    Cyrillic ...) and read in it, with a note, rather than as mojibake in a Western one."""
    if not _mostly_latin(data):
        foreign = _detect_foreign(data)
        if foreign is not None:
            encoding, script = foreign
            warnings.append(str(msg("txt.foreign", script=msg(f"txt.script.{script}"),
                                    encoding=_display_encoding(encoding))))
            return data.decode(encoding, errors="replace"), encoding
        warnings.append(str(msg("txt.not_western", encoding="Windows-1252 / Latin-1")))
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            return data.decode("latin-1"), "latin-1"
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
        warnings.append(str(msg("txt.codepage", label=msg(f"txt.label.{best[1]}"))))
        return best
    if cp1252 is not None:
        return cp1252, "cp1252"
    bad = sorted({f"0x{b:02x}" for b in data if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)})
    warnings.append(str(msg("txt.latin1", bytes=", ".join(bad))))
    return data.decode("latin-1"), "latin-1"


def _mostly_latin(data: bytes) -> bool:
    """Swedish in an 8-bit code page has a few high bytes (å ä ö é, quotes) among many ASCII
    letters; Shift-JIS, GBK or Cyrillic text is mostly high bytes."""
    sample = data[:1_000_000]
    high = len(sample.translate(None, bytes(range(128))))  # what is left: bytes >= 0x80
    if high < 8:
        return True
    letters = len(sample) - len(sample.translate(None, _ASCII_LETTERS))
    return high / (high + letters) <= 0.25


def _detect_foreign(data: bytes) -> tuple[str, str] | None:
    """(codec, script) from charset-normalizer when it names a non-Western encoding."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # an optional helper: without it we say that the text is not Latin
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    try:
        encoding = codecs.lookup(best.encoding).name
    except LookupError:
        return None
    if encoding in _WESTERN:
        return None
    script = next((s for prefixes, s in _SCRIPTS if encoding.startswith(prefixes)), "other")
    return encoding, script


def _display_encoding(encoding: str) -> str:
    return {"cp932": "Shift-JIS (cp932)", "shift_jis": "Shift-JIS", "gb18030": "GB18030 (GBK)",
            "gbk": "GBK", "big5": "Big5", "cp1251": "Windows-1251", "koi8-r": "KOI8-R",
            "euc_jp": "EUC-JP", "euc_kr": "EUC-KR", "cp949": "EUC-KR (cp949)"}.get(
                encoding, encoding)


def _checked(
    text: str, encoding: str, warnings: list[str], name: str
) -> tuple[str, str, list[str]]:
    """Refuse binary files that happen to decode (many control characters)."""
    limit = max(8, len(text) // 100)
    controls = 0
    for _ in _CONTROLS.finditer(text):
        controls += 1
        if controls > limit:
            raise ImportFileError(name, msg("txt.binary"))
    return text, encoding, warnings
