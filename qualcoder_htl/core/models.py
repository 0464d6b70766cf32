"""Plain records passed between the layers. Offsets are Unicode code points into ``Source.text``.

Services return these; the store builds them from rows; the GUI and CLI only read them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Coder:
    id: int | None  # None until the first change writes the coder's row (Project.coder)
    name: str


@dataclass(frozen=True)
class SourceSummary:
    """A source without its text (cheap to list thousands of them)."""

    id: int
    name: str
    word_count: int
    char_count: int
    original_format: str  # "docx", "txt", "odt", "rtf", "qdpx", ...
    imported_at: datetime
    content_hash: str


@dataclass(frozen=True)
class Source(SourceSummary):
    text: str = ""


@dataclass(frozen=True)
class Turn:
    """A speaker turn: the label's speaker and the span of the turn (label included)."""

    id: int
    source_id: int
    ordinal: int
    speaker: str
    start: int
    end: int
    timestamp_ms: int | None = None
    is_interviewer: bool = False


@dataclass(frozen=True)
class AttributeDef:
    id: int
    name: str
    value_type: str  # "text", "number", "date", "choice"
    applies_to: str  # "source" or "case"
    role: str | None = None  # "org_level", "respondent_group", "round", "date", "school", ...
    choices: tuple[str, ...] = ()


# The source attribute that says what kind of material a source is (an interview when it has
# none): the importer's ``kind`` option writes it, the report's material overview reads it under
# any of these names.
MATERIAL_KIND_ATTRIBUTE = "Materialtyp"
MATERIAL_KIND_NAMES = ("materialtyp", "material", "typ av material", "kind", "material type")


@dataclass(frozen=True)
class Case:
    id: int
    name: str
    description: str = ""
    source_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class Code:
    id: int
    name: str
    parent_id: int | None
    color: str  # "#rrggbb"
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    sort_order: int = 0


@dataclass(frozen=True)
class Coding:
    id: int
    source_id: int
    code_id: int
    coder_id: int
    start: int
    end: int
    created_at: datetime
    is_key_quote: bool = False
    memo: str = ""


@dataclass(frozen=True)
class Memo:
    """A memo on the project (both targets None), a source or a code.

    A coding's memo is ``Coding.memo``.
    """

    id: int
    text: str
    coder_id: int
    created_at: datetime
    updated_at: datetime
    source_id: int | None = None
    code_id: int | None = None


# --- results of imports -------------------------------------------------------------------


@dataclass(frozen=True)
class TurnSpan:
    """A parsed speaker turn before it is stored."""

    speaker: str
    start: int
    end: int
    timestamp_ms: int | None = None
    is_interviewer: bool = False


@dataclass
class ImportedText:
    """What a reader makes of one file: normalised text plus what the user should know."""

    text: str
    original_format: str
    encoding: str | None = None  # for .txt: the detected encoding
    warnings: list[str] = field(default_factory=list)
    original_bytes: bytes | None = None  # kept for .docx so exports can carry the original


@dataclass
class FileImportResult:
    path: str
    status: str  # "imported", "duplicate", "error", "skipped"
    message: str = ""
    source_id: int | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    results: list[FileImportResult] = field(default_factory=list)
    cancelled: bool = False
    notes: list[str] = field(default_factory=list)  # about the batch (the attribute sheet)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)


# --- search -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SearchHit:
    source_id: int
    source_name: str
    start: int
    end: int
    left: str  # keyword-in-context: text before the hit
    match: str
    right: str
