"""REFI-QDA (QDA-XML 1.0) exchange as plain records, shared by the reader and the writer.

``importers.refi_qda`` parses a .qdpx/.qdc into a ``RefiProject``; ``exporters.refi_qda``
writes one; ``services.refi_export`` and ``services.refi_import`` map it to and from a
project. Positions in a ``RefiSelection`` are code points into ``RefiTextSource.text`` (on
import: the normalised text we store, after the counting the exporting program used has been
detected and converted).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from .errors import ImportFileError

_GUID = re.compile(r"\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                   r"[0-9a-fA-F]{12})\}?")


# QDA-XML has no key-quote flag. A key quote travels as a second coding of the same selection
# with this code, which every program shows (and can filter by); our import turns it back into
# the flag. Files from earlier versions refer to a note of this GUID instead (still read).
KEY_QUOTE_CODE_GUID = "2f9d3c1e-6b7a-5e4f-9c8d-0a1b2c3d4e60"
KEY_QUOTE_CODE_NAME = "Nyckelcitat (key quote)"
KEY_QUOTE_NOTE_GUID = "2f9d3c1e-6b7a-5e4f-9c8d-0a1b2c3d4e5f"
KEY_QUOTE_NOTE_TEXT = "Nyckelcitat (key quote)"

# Cases as NVivo writes them and QualCoder reads them: a code with the case's own GUID (under
# one folder that is not codable) coding the whole of each source of the case, besides the
# standard's <SourceRef>. Our import turns these codes back into case membership.
CASES_CODE_GUID = "2f9d3c1e-6b7a-5e4f-9c8d-0a1b2c3d4e61"
CASES_CODE_NAME = "Fall (cases)"

# A code's <Description> holds its definition, then these sections (Swedish / English
# headings, each on a line of its own); our import splits it back into the fields.
INCLUSION_HEADING = "Inkludering / Inclusion:"
EXCLUSION_HEADING = "Exkludering / Exclusion:"
MEMO_HEADING = "Anteckning / Memo"  # followed by " (coder, date):"


# --- errors a researcher can meet ----------------------------------------------------------

class RefiFileError(ImportFileError):
    """The .qdpx/.qdc cannot be read: not a zip, broken XML, not a REFI-QDA file."""


class RefiMissingSourceError(RefiFileError):
    """A text source's file is named in the project but not in the archive."""


class RefiSelectionError(RefiFileError):
    """A coded selection lies outside the text of its source."""


# --- records ------------------------------------------------------------------------------

@dataclass
class RefiUser:
    guid: str
    name: str


@dataclass
class RefiCode:
    guid: str
    name: str
    color: str | None = None  # "#rrggbb"
    description: str = ""
    codable: bool = True
    children: list[RefiCode] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class RefiVariable:
    guid: str
    name: str
    type: str = "Text"  # Text, Boolean, Integer, Float, Date, DateTime
    description: str = ""


@dataclass
class RefiValue:
    variable_guid: str
    value: str


@dataclass
class RefiCoding:
    guid: str
    code_guid: str
    creating_user: str | None = None
    created: datetime | None = None
    note_guids: list[str] = field(default_factory=list)


@dataclass
class RefiSelection:
    guid: str
    start: int
    end: int
    name: str = ""
    description: str = ""
    creating_user: str | None = None
    created: datetime | None = None
    codings: list[RefiCoding] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)


@dataclass
class RefiTextSource:
    guid: str
    name: str
    text: str
    selections: list[RefiSelection] = field(default_factory=list)
    description: str = ""
    creating_user: str | None = None
    created: datetime | None = None
    values: list[RefiValue] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)
    rich_text: tuple[str, bytes] | None = None  # (file name, bytes) of the original .docx
    modifying_user: str | None = None  # who wrote the <Description> (the source's memo)
    modified: datetime | None = None


@dataclass
class RefiCase:
    guid: str
    name: str | None
    description: str = ""
    values: list[RefiValue] = field(default_factory=list)
    source_guids: list[str] = field(default_factory=list)
    selection_guids: list[str] = field(default_factory=list)
    code_guids: list[str] = field(default_factory=list)


@dataclass
class RefiNote:
    guid: str
    text: str
    name: str = ""
    creating_user: str | None = None
    created: datetime | None = None
    modified: datetime | None = None


@dataclass
class RefiSet:
    guid: str
    name: str
    description: str = ""
    code_guids: list[str] = field(default_factory=list)
    source_guids: list[str] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)


@dataclass
class RefiLink:
    guid: str
    origin_guid: str | None
    target_guid: str | None
    name: str = ""


@dataclass
class RefiProject:
    name: str = ""
    origin: str = ""
    kind: str = "project"  # "project" (.qdpx) or "codebook" (.qdc)
    creating_user: str | None = None
    created: datetime | None = None
    modifying_user: str | None = None  # who wrote the <Description> (the project memo)
    modified: datetime | None = None
    description: str = ""
    users: list[RefiUser] = field(default_factory=list)
    codes: list[RefiCode] = field(default_factory=list)  # top level; children inside
    variables: list[RefiVariable] = field(default_factory=list)
    cases: list[RefiCase] = field(default_factory=list)
    sources: list[RefiTextSource] = field(default_factory=list)
    notes: list[RefiNote] = field(default_factory=list)
    links: list[RefiLink] = field(default_factory=list)
    sets: list[RefiSet] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)  # notes on the project as a whole
    # what the reader had to decide or leave out, for the import report
    counting: str = ""  # how positions were counted, in words
    word_boundary_share: float | None = None  # of selections with both ends on a word edge
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def all_codes(self):
        for code in self.codes:
            yield from code.walk()


# --- small helpers both sides use -----------------------------------------------------------

def normal_guid(value: str | None) -> str | None:
    """A GUID without braces, lower case; None when ``value`` is not a GUID."""
    if not value:
        return None
    m = _GUID.fullmatch(value.strip())
    return m.group(1).lower() if m else None


def parse_datetime(value: str | None) -> datetime | None:
    """xsd:dateTime ("2019-03-09T23:19:07Z", with or without zone) as naive UTC, or None."""
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt.replace(microsecond=0)


def format_datetime(value: datetime | None) -> str | None:
    """Naive UTC (as the store keeps it) to xsd:dateTime with a Z."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(microsecond=0).isoformat() + "Z"
