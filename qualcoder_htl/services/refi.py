"""REFI-QDA exchange for a project: export .qdpx and .qdc, import them new or merged.

The exchange is four modules: ``refi_export`` (``export_qdpx``, ``export_qdc`` and
``project_model``, the project as REFI records), ``refi_import`` (``read_file``,
``import_refi``, ``import_into_new_project``), ``refi_merge`` (``Merge``: an imported model
written into a project) and this one, with the reports both directions hand back and the
options of an import.

Reading the project goes through the services; an import is written in ONE transaction
(``project.mutate``), so a broken file, a cancel or any error leaves the project as it was,
and the whole import is one undo step. The XML itself is read by ``importers.refi_qda`` and
written by ``exporters.refi_qda``; both speak ``core.refi`` records.

What goes where, so that other programs (QualCoder, NVivo, ATLAS.ti, MAXQDA) find it: every
element that can name its creator and dates does; the first memo of the project, of each source
and of each code is that element's <Description> (a code's after its definition and its
"Inkludering / Inclusion:" and "Exkludering / Exclusion:" sections, under "Anteckning / Memo
(author, date):"), further memos are notes the element refers to; a case is a <Case> with its
description, attribute values and <SourceRef>s, and also a code of the case's GUID (under the
folder "Fall (cases)") coding the whole of each of its sources, which is how NVivo writes and
QualCoder reads cases; a key quote is the same selection coded with the code "Nyckelcitat (key
quote)". Our import turns each of these back into what it was (``refi_merge``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..core.messages import catalogue, msg
from ..core.refi import CASES_CODE_NAME, KEY_QUOTE_CODE_NAME
from ..importers.refi_positions import Counting

catalogue({
    "refi.export.codebook": ("Exported the codebook ({n} codes) to {path}",
                             "Exporterade kodboken ({n} koder) till {path}"),
    "refi.export.summary": (
        "Exported {sources} sources, {codes} codes, {codings} codings, {memos} memos, "
        "{cases} cases, {variables} attributes and {coders} coders to {path}",
        "Exporterade {sources} källor, {codes} koder, {codings} kodningar, {memos} memon, "
        "{cases} fall, {variables} attribut och {coders} kodare till {path}"),
    "refi.export.originals": (("{n} original Word file included",
                               "{n} original Word files included"),
                              ("{n} original Word-fil med", "{n} original Word-filer med")),
    "refi.export.no_originals": ("no original Word files included",
                                 "inga original Word-filer med"),
    "refi.export.shared": ("shared export: pseudonymised text only, no original files",
                           "delad export: endast pseudonymiserad text, inga originalfiler"),
    "refi.export.key_quotes": (
        ("{n} key quote: also coded with the code '{code}', which other programs show",
         "{n} key quotes: also coded with the code '{code}', which other programs show"),
        ("{n} nyckelcitat: även kodat med koden '{code}', som andra program visar",
         "{n} nyckelcitat: även kodade med koden '{code}', som andra program visar")),
    "refi.export.cases": (
        ("{n} case with its sources, also as a code under '{folder}' (as NVivo and QualCoder "
         "read cases)",
         "{n} cases with their sources, also as codes under '{folder}' (as NVivo and "
         "QualCoder read cases)"),
        ("{n} fall med sina källor, även som kod under '{folder}' (så som NVivo och "
         "QualCoder läser fall)",
         "{n} fall med sina källor, även som koder under '{folder}' (så som NVivo och "
         "QualCoder läser fall)")),
    "refi.export.memos": (
        "memos: the first of the project, of each source and of each code in its description "
        "(where other programs read memos), further memos as notes",
        "memon: projektets, varje källas och varje kods första memo i dess beskrivning (där "
        "andra program läser memon), övriga memon som anteckningar"),
    "refi.export.metadata_replaced": (
        ("{n} name, value or memo written in pseudonymised form",
         "{n} names, values or memos written in pseudonymised form"),
        ("{n} namn, värde eller memo skrivet i pseudonymiserad form",
         "{n} namn, värden eller memon skrivna i pseudonymiserad form")),
    "refi.warning": ("warning: {text}", "varning: {text}"),
    "refi.skipped": ("skipped: {text}", "hoppade över: {text}"),
    "refi.note": ("note: {text}", "obs: {text}"),
    "refi.conflict": ("conflict: {text}", "konflikt: {text}"),
    "refi.export.coding_vanished": (
        "a coding in '{source}' vanished in the shared text and was left out",
        "en kodning i '{source}' försvann i den delade texten och togs inte med"),
    "refi.import.title": ("Imported {file}", "Importerade {file}"),
    "refi.import.title_from": ("Imported {file} (from {origin})",
                               "Importerade {file} (från {origin})"),
    "refi.import.sources": ("sources: {added} added, {matched} already in the project (same "
                            "text)",
                            "källor: {added} tillagda, {matched} fanns redan i projektet "
                            "(samma text)"),
    "refi.import.codes": ("codes: {added} added, {matched} matched by {by}",
                          "koder: {added} tillagda, {matched} matchade efter {by}"),
    "refi.import.codings": ("codings: {added} added", "kodningar: {added} tillagda"),
    "refi.import.codings_present": ("codings: {added} added, {present} already present",
                                    "kodningar: {added} tillagda, {present} fanns redan"),
    "refi.import.counts": (
        "coders {coders}, cases {cases}, attributes {attributes} (values set {values}), "
        "memos {memos} added",
        "kodare {coders}, fall {cases}, attribut {attributes} (värden satta {values}), "
        "memon {memos} tillagda"),
    "refi.import.key_quotes": (("{n} coding marked as a key quote",
                                "{n} codings marked as key quotes"),
                               ("{n} kodning markerad som nyckelcitat",
                                "{n} kodningar markerade som nyckelcitat")),
    "refi.import.set_as_attribute": (
        ("the set '{name}' ({n} source) became a value of the attribute '{attribute}'",
         "the set '{name}' ({n} sources) became a value of the attribute '{attribute}'"),
        ("mängden '{name}' ({n} källa) blev ett värde för attributet '{attribute}'",
         "mängden '{name}' ({n} källor) blev ett värde för attributet '{attribute}'")),
    "refi.import.code_set_skipped": (
        ("set '{name}' ({n} code): this program has no sets of codes",
         "set '{name}' ({n} codes): this program has no sets of codes"),
        ("mängden '{name}' ({n} kod): det här programmet har inga mängder av koder",
         "mängden '{name}' ({n} koder): det här programmet har inga mängder av koder")),
})


@dataclass
class RefiExportReport:
    path: str
    kind: str  # "qdpx" or "qdc"
    sources: int = 0
    codes: int = 0
    codings: int = 0
    memos: int = 0
    coders: int = 0
    cases: int = 0
    variables: int = 0
    originals: int = 0  # .docx files included
    key_quotes: int = 0
    shared: bool = False
    metadata_replaced: int = 0  # names, values, memos written in pseudonymised form
    warnings: list = field(default_factory=list)  # str or Message

    def lines(self) -> list[str]:
        if self.kind == "qdc":
            return [str(msg("refi.export.codebook", n=self.codes, path=self.path))]
        out = [msg("refi.export.summary", sources=self.sources, codes=self.codes,
                   codings=self.codings, memos=self.memos, cases=self.cases,
                   variables=self.variables, coders=self.coders, path=self.path),
               msg("refi.export.originals", n=self.originals) if self.originals else
               msg("refi.export.no_originals")]
        if self.memos:
            out.append(msg("refi.export.memos"))
        if self.key_quotes:
            out.append(msg("refi.export.key_quotes", n=self.key_quotes,
                           code=KEY_QUOTE_CODE_NAME))
        if self.cases:
            out.append(msg("refi.export.cases", n=self.cases, folder=CASES_CODE_NAME))
        if self.shared:
            out.append(msg("refi.export.shared"))
        if self.metadata_replaced:
            out.append(msg("refi.export.metadata_replaced", n=self.metadata_replaced))
        out += [msg("refi.warning", text=w) for w in self.warnings]
        return [str(line) for line in out]


@dataclass
class RefiImportReport:
    path: str
    origin: str = ""
    counting: str = ""
    word_boundary_share: float | None = None
    sources_added: int = 0
    sources_matched: int = 0
    codes_added: int = 0
    codes_matched: int = 0
    codings_added: int = 0
    codings_present: int = 0
    codings_updated: int = 0  # present ones that got the file's memo or key-quote mark
    coders_added: int = 0
    cases_added: int = 0
    cases_matched: int = 0
    attributes_added: int = 0
    values_set: int = 0
    memos_added: int = 0
    memos_present: int = 0
    members_added: int = 0  # sources added to a case
    key_quotes: int = 0
    match_codes_by: str = "name"
    skipped: list = field(default_factory=list)  # str or Message
    warnings: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # what became of things that have no twin here
    conflicts: list = field(default_factory=list)  # the two sides differ: ours kept, or both
    changes: object = None  # the Changes of the import's transaction

    def lines(self) -> list[str]:
        name = Path(self.path).name
        out = [msg("refi.import.title_from", file=name, origin=self.origin) if self.origin
               else msg("refi.import.title", file=name),
               msg("refi.import.sources", added=self.sources_added,
                   matched=self.sources_matched),
               msg("refi.import.codes", added=self.codes_added, matched=self.codes_matched,
                   by=self.match_codes_by),
               msg("refi.import.codings_present", added=self.codings_added,
                   present=self.codings_present) if self.codings_present else
               msg("refi.import.codings", added=self.codings_added),
               msg("refi.import.counts", coders=self.coders_added, cases=self.cases_added,
                   attributes=self.attributes_added, values=self.values_set,
                   memos=self.memos_added)]
        if self.key_quotes:
            out.append(msg("refi.import.key_quotes", n=self.key_quotes))
        out = [str(line) for line in out]
        if self.counting:
            out.append(self.counting[0].upper() + self.counting[1:])
        out += [str(msg("refi.note", text=n)) for n in self.notes]
        out += [str(msg("refi.skipped", text=s)) for s in self.skipped]
        out += [str(msg("refi.warning", text=w)) for w in self.warnings]
        out += [str(msg("refi.conflict", text=c)) for c in self.conflicts]
        return out


@dataclass
class RefiImportOptions:
    match_codes_by: str = "name"  # "name": same path in the code tree; "guid": same GUID;
    # "guid_then_path" (services.merge): same GUID, else the same path
    counting: Counting | None = None  # None: detect from the data
    missing_sources: str = "auto"  # "auto", "error" or "skip" (see importers.refi_qda)
    parse_speakers: bool = True

