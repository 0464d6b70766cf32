"""How much an input may hold, checked before it is read, so that no file can take the
program's memory or minutes: a 300 KB Word file can unpack to gigabytes of XML ("zip bomb"),
and a plain-text file can be any size.

The limits are far above any transcript: a long interview is under 200,000 words (about
1.3 million characters); a whole study of 60 interviews is half a million words. We allow
five times a long interview in one file. Containers (.docx, .odt, .xlsx, .qdpx) are checked
member by member from the zip directory (declared size and packing ratio), and then read
through ``capped`` so that a directory that lies about a size cannot get past the limit.
"""
from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

from qualcoder_htl.core.errors import ImportFileError
from qualcoder_htl.core.messages import catalogue, msg

MAX_TEXT_CHARS = 5_000_000  # characters of text in one imported file (about 800,000 words)
MAX_WORDS = 1_000_000
MAX_TEXT_FILE_BYTES = 20 * 1024 * 1024  # a .txt/.rtf source (UTF-32 of MAX_TEXT_CHARS)
MAX_CONTAINER_BYTES = 200 * 1024 * 1024  # a .docx/.odt/.xlsx/.qdpx on disk (pictures count)
MAX_PART_BYTES = 64 * 1024 * 1024  # one XML part we read (document.xml, content.xml, ...)
MAX_PROJECT_PART_BYTES = 128 * 1024 * 1024  # a REFI project's .qde (all codings of a study)
MAX_ARCHIVE_READ_BYTES = 1024 * 1024 * 1024  # all parts read from one archive together
MAX_BLOCK_ELEMENTS = 1_000_000  # XML elements in one paragraph or table (a long one has 10^4)
MAX_RATIO = 100  # unpacked/packed size of a part; real XML packs 5-20 times
RATIO_FROM_BYTES = 1024 * 1024  # small parts may pack better than that without harm
WORDS_OF_LONG_INTERVIEW = 200_000

catalogue({
    "limits.file_too_large": (
        "the file is too large to import ({size}; {kind} files may have at most {limit})",
        "filen är för stor för att importeras ({size}; {kind}-filer får vara högst {limit})"),
    "limits.text_too_long": (
        "the text is too long to import ({words} words, {chars} characters; at most "
        "{max_words} words and {max_chars} characters in one file; a long interview is under "
        "{long} words). Split the file and import the parts.",
        "texten är för lång för att importeras ({words} ord, {chars} tecken; högst "
        "{max_words} ord och {max_chars} tecken i en fil; en lång intervju har under "
        "{long} ord). Dela upp filen och importera delarna."),
    "limits.text_over": (
        "the text is too long to import (more than {max_chars} characters; a long interview "
        "is under {long} words). Split the file and import the parts.",
        "texten är för lång för att importeras (mer än {max_chars} tecken; en lång intervju "
        "har under {long} ord). Dela upp filen och importera delarna."),
    "limits.part_too_large": (
        "the file is refused: its part {part} unpacks to {size} (at most {limit}); it may be "
        "a damaged or malicious file",
        "filen avvisas: dess del {part} packas upp till {size} (högst {limit}); den kan vara "
        "skadad eller skadlig"),
    "limits.ratio": (
        "the file is refused: its part {part} would unpack {ratio} times larger than it is "
        "packed (at most {limit} times); it may be a damaged or malicious file",
        "filen avvisas: dess del {part} skulle packas upp {ratio} gånger större än den är "
        "packad (högst {limit} gånger); den kan vara skadad eller skadlig"),
    "limits.block_too_large": (
        "the file is refused: one paragraph or table in {part} has more than {limit} parts; "
        "it may be a damaged or malicious file",
        "filen avvisas: ett stycke eller en tabell i {part} har fler än {limit} delar; den kan "
        "vara skadad eller skadlig"),
    "limits.too_many_elements": (
        "the file is refused: {part} has more than {limit} XML elements; it may be a damaged "
        "or malicious file",
        "filen avvisas: {part} har fler än {limit} XML-element; den kan vara skadad eller "
        "skadlig"),
    "limits.archive_too_large": (
        "the file is refused: what would be read from it unpacks to more than {limit}",
        "filen avvisas: det som skulle läsas ur den packas upp till mer än {limit}"),
})


def size_label(n: int) -> str:
    """Bytes as people say them: '312 KB', '4.2 MB', '1.5 GB' (same in Swedish but the comma)."""
    for unit, factor in (("GB", 1024 ** 3), ("MB", 1024 ** 2), ("KB", 1024)):
        if n >= factor:
            value = n / factor
            text = f"{value:.1f}" if value < 10 else f"{value:.0f}"
            return f"{text} {unit}"
    return f"{n} B"


def _number(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")  # a thin space groups digits in both languages


def check_file_size(path: str | os.PathLike[str], limit: int, kind: str) -> None:
    """Refuse a file larger than ``limit`` before reading a byte of it."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        return  # read_bytes gives the message for a file that is missing or unreadable
    if size > limit:
        raise ImportFileError(str(path), msg("limits.file_too_large", size=size_label(size),
                                             limit=size_label(limit), kind=kind))


def check_text(text: str, name: str) -> None:
    """Refuse a text longer than any transcript (characters first: counting words is slower)."""
    chars = len(text)
    words = _count_words(text) if chars > MAX_WORDS else 0
    if chars > MAX_TEXT_CHARS or words > MAX_WORDS:
        raise ImportFileError(name, msg(
            "limits.text_too_long", words=_number(words), chars=_number(chars),
            max_words=_number(MAX_WORDS), max_chars=_number(MAX_TEXT_CHARS),
            long=_number(WORDS_OF_LONG_INTERVIEW)))


_WORD = re.compile(r"\S+")


def _count_words(text: str) -> int:
    """Words as ``len(text.split())`` counts them, without building the list (a 15 MB text
    has millions of words: the list alone would take hundreds of MB)."""
    return sum(1 for _ in _WORD.finditer(text))


class TextBudget:
    """Counts characters while a reader collects text and refuses once over the limit, so a
    streamed document stops early instead of building the whole text first."""

    def __init__(self, name: str, limit: int = MAX_TEXT_CHARS):
        self.name, self.limit, self.used = name, limit, 0

    def add(self, n: int) -> None:
        self.used += n
        if self.used > self.limit:
            raise ImportFileError(self.name, msg(
                "limits.text_over", max_chars=_number(self.limit),
                long=_number(WORDS_OF_LONG_INTERVIEW)))


class ElementBudget:
    """Counts the XML elements of the block a streaming reader holds; refuses a block so large
    that keeping it would take the memory (a paragraph of millions of one-letter runs)."""

    def __init__(self, name: str, part: str, limit: int = MAX_BLOCK_ELEMENTS):
        self.name, self.part, self.limit, self.held = name, part, limit, 0

    def add(self) -> None:
        self.held += 1
        if self.held > self.limit:
            raise ImportFileError(self.name, msg("limits.block_too_large", part=self.part,
                                                 limit=_number(self.limit)))

    def release(self) -> None:
        self.held = 0


def check_member(info: zipfile.ZipInfo, name: str, limit: int = MAX_PART_BYTES) -> None:
    """Refuse a zip member whose declared size or packing ratio is beyond reason."""
    if info.file_size > limit:
        raise ImportFileError(name, msg("limits.part_too_large", part=info.filename,
                                        size=size_label(info.file_size),
                                        limit=size_label(limit)))
    if info.file_size > RATIO_FROM_BYTES:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_RATIO:
            raise ImportFileError(name, msg("limits.ratio", part=info.filename,
                                            ratio=int(ratio), limit=MAX_RATIO))


class ArchiveBudget:
    """What may still be read from one archive in all."""

    def __init__(self, name: str, limit: int = MAX_ARCHIVE_READ_BYTES):
        self.name, self.left, self.limit = name, limit, limit

    def take(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise ImportFileError(self.name, msg("limits.archive_too_large",
                                                 limit=size_label(self.limit)))


class CappedReader(io.RawIOBase):
    """A zip member opened for reading that stops with ``ImportFileError`` past ``limit``
    bytes, whatever the zip directory claimed (a lying header cannot get past it)."""

    def __init__(self, raw, limit: int, name: str, part: str,
                 budget: ArchiveBudget | None = None):
        super().__init__()
        self.raw, self.limit, self.name, self.part, self.budget = raw, limit, name, part, budget
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.raw.read(min(len(buffer), 1024 * 1024))
        self.count += len(data)
        if self.count > self.limit:
            raise ImportFileError(self.name, msg("limits.part_too_large", part=self.part,
                                                 size="> " + size_label(self.limit),
                                                 limit=size_label(self.limit)))
        if self.budget is not None:
            self.budget.take(len(data))
        buffer[:len(data)] = data
        return len(data)

    def close(self) -> None:
        try:
            self.raw.close()
        finally:
            super().close()


def open_member(package: zipfile.ZipFile, part: str, name: str, limit: int = MAX_PART_BYTES,
                budget: ArchiveBudget | None = None) -> CappedReader:
    """A checked, capped stream of one member (``check_member`` first)."""
    info = package.getinfo(part)
    check_member(info, name, limit)
    return CappedReader(package.open(info), limit, name, part, budget)


def read_member(package: zipfile.ZipFile, part: str, name: str, limit: int = MAX_PART_BYTES,
                budget: ArchiveBudget | None = None) -> bytes:
    """The bytes of one member, checked and read with a cap."""
    with open_member(package, part, name, limit, budget) as stream:
        chunks = []
        while True:
            chunk = stream.read(1024 * 1024)
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)


def check_archive(package: zipfile.ZipFile, name: str, parts, limit: int = MAX_PART_BYTES):
    """``check_member`` for each of ``parts`` that the archive has (names or a predicate)."""
    for info in package.infolist():
        if (parts(info.filename) if callable(parts) else info.filename in parts):
            check_member(info, name, limit)
