"""Write an imported REFI-QDA model into a project inside one transaction.

Merging rules (the same for a new, empty project): coders are matched by GUID, then name;
codes by their path of names or by GUID (the user's choice); sources whose text is already
in the project (same content) are the same source, so a colleague's codings land on ours;
attributes by name; cases by GUID, then name; a coding identical to one already present
(same source, code, coder and span) is not added twice. GUIDs from the file are kept unless
the project already uses them for something else.

``Merge`` writes coders, codes, sources with their codings, and cases; its attribute values and
sets of sources are in ``refi_merge_attributes``, its memos and notes in ``refi_merge_memos``.
"""
from __future__ import annotations

import re

from ..core.jobs import Progress
from ..core.messages import catalogue, msg
from ..core.refi import (
    CASES_CODE_GUID,
    KEY_QUOTE_CODE_GUID,
    KEY_QUOTE_CODE_NAME,
    KEY_QUOTE_NOTE_GUID,
    RefiCode,
    RefiProject,
    RefiTextSource,
)
from ..importers.speakers import parse_turns
from ..store import reads
from ..store.database import utcnow
from ..store.writer import Writer
from .codebook import PALETTE
from .importing import content_hash
from .refi_merge_attributes import AttributesMixin
from .refi_merge_memos import MemosMixin

catalogue({
    "refi.merge.code_renamed": (
        "the code '{name}' was added as '{new}' (another code of that name is already there)",
        "koden '{name}' lades till som '{new}' (en annan kod med det namnet finns redan)"),
    "refi.merge.code_differs": (
        "the code '{ours}' is called '{theirs}' in the file (the same code); kept '{ours}'",
        "koden '{ours}' heter '{theirs}' i filen (samma kod); behöll '{ours}'"),
    "refi.merge.not_in_file": (
        ("{n} coding here, on the file's sources, is not in the file (deleted there, or made "
         "here since): kept",
         "{n} codings here, on the file's sources, are not in the file (deleted there, or "
         "made here since): kept"),
        ("{n} kodning här, i filens källor, finns inte i filen (borttagen där, eller gjord här "
         "sedan dess): behölls",
         "{n} kodningar här, i filens källor, finns inte i filen (borttagna där, eller gjorda "
         "här sedan dess): behölls")),
    "refi.merge.code_filled": (
        "the code '{name}' took its definition (or inclusion, exclusion) from the file",
        "koden '{name}' fick sin definition (eller inkludering, exkludering) från filen"),
    "refi.merge.code_definition_differs": (
        "the definition (or inclusion, exclusion) of the code '{name}' differs from the "
        "file's; kept the project's",
        "definitionen (eller inkluderingen, exkluderingen) av koden '{name}' skiljer sig "
        "från filens; behöll projektets"),
    "refi.merge.source_changed": (
        "the text of the source '{name}' differs from the project's; the file's version was "
        "added beside it as '{new}' with its codings",
        "texten i källan '{name}' skiljer sig från projektets; filens version lades till "
        "bredvid som '{new}' med sina kodningar"),
    "refi.merge.coding_changed": (
        "a coding in '{name}' differs between the file and the project (its span or code): "
        "the file's version was added beside the project's",
        "en kodning i '{name}' skiljer sig mellan filen och projektet (dess omfång eller "
        "kod): filens version lades till bredvid projektets"),
    "refi.merge.coding_memo_differs": (
        "the memo of a coding in '{name}' differs from the project's; kept the project's",
        "memot till en kodning i '{name}' skiljer sig från projektets; behöll projektets"),
    "refi.merge.source_renamed": (
        "a source called '{name}' with other text is already in the project; the imported "
        "one is called '{new}'",
        "en källa som heter '{name}' med annan text finns redan i projektet; den importerade "
        "heter '{new}'"),
    "refi.merge.unknown_code": (
        "a coding in '{name}' refers to a code that is not in the file; left out",
        "en kodning i '{name}' hänvisar till en kod som inte finns i filen; togs inte med"),
})

_HEADING = (r"Inkludering|Inclusion|Exkludering|Exclusion|Anteckning|Memo")
_SECTION = re.compile(rf"\n\n((?:{_HEADING})(?:\s*/\s*(?:{_HEADING}))?)"
                      r"(?:\s*\(([^\n]*), (\d{4}-\d\d-\d\dT[\d:]+Z?)\))?:[ \t]*\n?", re.I)


class Merge(AttributesMixin, MemosMixin):
    def __init__(self, project, w: Writer, model: RefiProject, options, report,
                 progress: Progress, file_name: str):
        self.p, self.w, self.m = project, w, model
        self.options, self.report, self.progress = options, report, progress
        self.file_name = file_name
        self.now = utcnow()
        self.own_coder = project.coder.id  # who is recorded where the file names nobody
        # two texts are the same (services.merge: ours pseudonymised is theirs too)
        self.same_text = lambda ours, theirs: ours == theirs
        self.pseudonymised = None  # source id -> its pseudonymised text and offset map
        self.coder_ids: dict[str, int] = {}
        self.code_ids: dict[str, int] = {}
        self.source_ids: dict[str, int] = {}
        self.selection_source: dict[str, int] = {}
        self.attr_ids: dict[tuple[str, str], int] = {}  # (applies_to, variable guid) -> id
        self.used_guids: set[str] = set()
        self.coding_guids: set[str] | None = None
        self.moved: set[str] = set()  # sources whose offsets were moved onto ours (by GUID)
        self.notes = {n.guid: n for n in model.notes}
        self.notes_used: set[str] = {KEY_QUOTE_NOTE_GUID}  # the flag, not a memo
        self.case_guids = {c.guid for c in model.cases}
        self.code_memos: list[tuple[str, list]] = []  # memos from codes' descriptions
        self.key_quote_code = self._key_quote_code()
        self.key_quotes = 0

    def run(self) -> None:
        self._coders()
        self._codes()
        file_values = self._unnamed_case_values()
        self._sources(file_values)
        self._cases()
        self._memos()
        self._sets()
        self.report.key_quotes = self.key_quotes

    def _conflict(self, key: str, **values) -> None:
        self.report.conflicts.append(str(msg(key, **values)))

    # --- helpers ---------------------------------------------------------------------------
    def _guid(self, table: str, guid: str | None) -> str | None:
        """The file's GUID if the project does not use it yet; else None (a new one)."""
        if not guid or guid in self.used_guids:
            return None
        if table == "codings":  # thousands: the project's coding GUIDs read once
            if self.coding_guids is None:
                self.coding_guids = set(reads.column_values(self.w.conn, "codings",
                                                            "guid").values())
            taken = guid in self.coding_guids
        else:
            taken = bool(self.w.find(table, guid=guid))
        if taken:
            return None
        self.used_guids.add(guid)
        return guid

    def _unique(self, table: str, name: str, **scope) -> str:
        candidate, n = name, 2
        if table == "sources":  # exact names (the unique key); never load every text
            while self.w.find("sources", name=candidate):
                candidate = f"{name} ({n})"
                n += 1
            return candidate
        taken = {r["name"].casefold() for r in self.w.find(table, **scope)}
        while candidate.casefold() in taken:
            candidate = f"{name} ({n})"
            n += 1
        return candidate

    def coder(self, guid: str | None) -> int:
        if guid and guid in self.coder_ids:
            return self.coder_ids[guid]
        if guid:  # a user the file does not list
            self.coder_ids[guid] = self._add_coder(guid, f"user {guid[:8]}")
            return self.coder_ids[guid]
        return self.own_coder

    def _add_coder(self, guid: str, name: str) -> int:
        rows = self.w.find("coders")
        for row in rows:  # GUID first, then name
            if row["guid"] == guid:
                return row["id"]
        for row in rows:
            if row["name"].casefold() == name.casefold():
                return row["id"]
        self.report.coders_added += 1
        return self.w.insert("coders", {"guid": self._guid("coders", guid),
                                        "name": self._unique("coders", name),
                                        "created_at": self.now})

    # --- coders and codes ------------------------------------------------------------------
    def _coders(self) -> None:
        for u in self.m.users:
            self.coder_ids[u.guid] = self._add_coder(u.guid, u.name)

    def _codes(self) -> None:
        rows = self.w.find("codes")
        by_guid = {r["guid"]: r["id"] for r in rows}
        by_id = {r["id"]: r for r in rows}

        def path(row) -> tuple[str, ...]:
            parts = []
            while row is not None:
                parts.append(row["name"].casefold())
                row = by_id.get(row["parent_id"])
            return tuple(reversed(parts))
        by_path = {path(r): r["id"] for r in rows}

        def visit(code: RefiCode, parent_id: int | None, parent_path: tuple[str, ...]) -> None:
            if self._not_a_code(code):  # a case, the cases' folder, the key-quote code
                for child in code.children:
                    visit(child, parent_id, parent_path)
                return
            key = parent_path + (code.name.casefold(),)
            mode = self.options.match_codes_by
            existing = by_guid.get(code.guid) if mode != "name" else None
            if existing is not None:
                ours = path(by_id[existing])
                if mode == "guid_then_path" and (ours[:-1] != key[:-1] or not self.same_text(
                        by_id[existing]["name"], code.name)):
                    self._conflict("refi.merge.code_differs", ours=by_id[existing]["name"],
                                   theirs=code.name)
                key = ours
            elif mode != "guid":
                existing = by_path.get(key)
            if existing is not None:
                self.report.codes_matched += 1
                code_id = existing
                if mode == "guid_then_path":
                    self._code_fields(by_id[existing], code)
            else:
                code_id = self._add_code(code, parent_id)
                by_path.setdefault(key, code_id)
            self.code_ids[code.guid] = code_id
            for child in code.children:
                visit(child, code_id, key)
        for top in self.m.codes:
            visit(top, None, ())

    def _code_fields(self, ours: dict, code: RefiCode) -> None:
        """A code that is already here: the file's definition, inclusion and exclusion fill
        empty ones; different ones are a conflict (ours kept)."""
        theirs = dict(zip(("definition", "inclusion", "exclusion"),
                          _split_description(code.description)[:3], strict=True))
        fill = {k: v for k, v in theirs.items() if v and not ours[k]}
        if fill:
            self.w.update("codes", ours["id"], fill)
            self.report.notes.append(str(msg("refi.merge.code_filled", name=ours["name"])))
        if any(v and ours[k] and not self.same_text(ours[k], v) for k, v in theirs.items()):
            self._conflict("refi.merge.code_definition_differs", name=ours["name"])

    def _key_quote_code(self) -> str | None:
        """The GUID of the code that marks key quotes, unless some selection has it alone
        (then another program used it as a code of its own, and it is imported as one)."""
        guid = next((c.guid for c in self.m.codes if c.guid == KEY_QUOTE_CODE_GUID), None)
        guid = guid or next((c.guid for c in self.m.codes
                             if c.name.casefold() == KEY_QUOTE_CODE_NAME.casefold()), None)
        if guid is None:
            return None
        for source in self.m.sources:
            for sel in source.selections:
                if sel.codings and all(c.code_guid == guid for c in sel.codings):
                    return None
        return guid

    def _not_a_code(self, code: RefiCode) -> bool:
        return (code.guid in self.case_guids or code.guid == self.key_quote_code
                or (code.guid == CASES_CODE_GUID and not code.codable))

    def _add_code(self, code: RefiCode, parent_id: int | None) -> int:
        name = self._unique("codes", code.name, parent_id=parent_id)
        if name != code.name:
            self.report.warnings.append(str(msg("refi.merge.code_renamed", name=code.name,
                                                new=name)))
        definition, inclusion, exclusion, memos = _split_description(code.description)
        self.code_memos.append((code.guid, memos))
        siblings = self.w.find("codes", parent_id=parent_id)
        self.report.codes_added += 1
        total = len(self.w.find("codes"))
        return self.w.insert("codes", {
            "guid": self._guid("codes", code.guid), "name": name, "parent_id": parent_id,
            "color": code.color or PALETTE[total % len(PALETTE)], "definition": definition,
            "inclusion": inclusion, "exclusion": exclusion,
            "sort_order": max((r["sort_order"] for r in siblings), default=-1) + 1,
            "created_at": self.now})

    # --- sources and codings ---------------------------------------------------------------
    def _sources(self, file_values: dict[str, list]) -> None:
        total = len(self.m.sources)
        existing_codings: dict[int, dict] = {}
        not_in_file = 0
        for i, source in enumerate(self.m.sources):
            self.progress.step(i, total, str(msg("progress.importing", name=source.name)))
            source_id, is_new = self._source(source)
            self.source_ids[source.guid] = source_id
            self._set_values("source", source_id, source.values + file_values.get(
                source.guid, []), overwrite=is_new)
            if source.description and not self.w.find("memos", source_id=source_id,
                                                       text=source.description):
                self._memo(source.description, source_id=source_id,
                           coder_id=self.coder(source.modifying_user)
                           if source.modifying_user else None,
                           created=source.modified)
            if source_id not in existing_codings:
                existing_codings[source_id] = {
                    (r["code_id"], r["coder_id"], r["start"], r["end"]): r
                    for r in self.w.find("codings", source_id=source_id)}
            self._codings(source, source_id, existing_codings[source_id])
            if not is_new and self.options.match_codes_by == "guid_then_path":
                theirs = {c.guid for sel in source.selections for c in sel.codings}
                not_in_file += sum(1 for r in existing_codings[source_id].values()
                                   if "guid" in r and r["guid"] not in theirs)
        if not_in_file:
            self.report.notes.append(str(msg("refi.merge.not_in_file", n=not_in_file)))
        self.progress.step(total, total, "")

    def _source(self, source: RefiTextSource) -> tuple[int, bool]:
        digest = content_hash(source.text)
        same = self.w.find("sources", guid=source.guid)
        if same and same[0]["content_hash"] == digest:
            self.report.sources_matched += 1
            return same[0]["id"], False
        twins = self.w.find("sources", content_hash=digest)
        if twins:
            self.report.sources_matched += 1
            return twins[0]["id"], False
        if same and self.pseudonymised is not None:  # a pseudonymised copy of ours
            ps = self.pseudonymised(same[0]["id"])
            if content_hash(ps.text) == digest:
                self.report.sources_matched += 1
                self.moved.add(source.guid)
                for sel in source.selections:
                    sel.start, sel.end = ps.offsets.span_to_old(sel.start, sel.end)
                source.selections = [x for x in source.selections if x.start < x.end]
                return same[0]["id"], False
        trimmed = source.text.rstrip()
        if trimmed != source.text:  # imported before final line ends were kept: the same
            twins = self.w.find("sources", content_hash=content_hash(trimmed))
            if twins:
                self.report.sources_matched += 1
                self.moved.add(source.guid)
                end = len(trimmed)
                for sel in source.selections:
                    sel.start, sel.end = min(sel.start, end), min(sel.end, end)
                source.selections = [x for x in source.selections if x.start < x.end]
                return twins[0]["id"], False
        name = self._unique("sources", source.name)
        merging = self.options.match_codes_by == "guid_then_path"
        if same or (merging and name != source.name):  # the same source (GUID, or name in
            # a merge) with other text: both kept, side by side
            self._conflict("refi.merge.source_changed",
                           name=same[0]["name"] if same else source.name, new=name)
        elif name != source.name:
            self.report.warnings.append(str(msg("refi.merge.source_renamed",
                                                name=source.name, new=name)))
        text = source.text
        source_id = self.w.insert("sources", {
            "guid": self._guid("sources", source.guid), "name": name, "text": text,
            "content_hash": digest, "word_count": len(text.split()), "char_count": len(text),
            "original_format": "qdpx", "original_file_name": self.file_name,
            "encoding": "utf-8", "imported_at": self.now, "imported_by": self.own_coder})
        if source.rich_text:
            self.w.insert("source_files", {"source_id": source_id,
                                           "file_name": source.rich_text[0],
                                           "data": source.rich_text[1]})
        if self.options.parse_speakers and text:
            turns = parse_turns(text)
            self.w.insert_many("turns", [
                {"source_id": source_id, "ordinal": i, "speaker": t.speaker, "start": t.start,
                 "end": t.end, "timestamp_ms": t.timestamp_ms, "is_interviewer": t.is_interviewer}
                for i, t in enumerate(turns)])
        self.report.sources_added += 1
        return source_id, True

    def _codings(self, source: RefiTextSource, source_id: int, present: dict) -> None:
        case_guids = self.case_guids
        rows = []
        for sel in source.selections:
            marked = self.key_quote_code is not None and any(
                c.code_guid == self.key_quote_code for c in sel.codings)
            self.selection_source[sel.guid] = source_id
            memo_parts = ([sel.description] if sel.description else []) + self._note_text(
                sel.note_guids)
            if not sel.codings:
                if memo_parts:
                    excerpt = " ".join(source.text[sel.start:sel.end].split())[:80]
                    self._memo(f"«{excerpt}»\n\n" + "\n\n".join(memo_parts),
                               source_id=source_id)
                continue
            for coding in sel.codings:
                if coding.code_guid == self.key_quote_code:
                    continue  # the flag on the other codings of this selection
                code_id = self.code_ids.get(coding.code_guid)
                if code_id is None:
                    if coding.code_guid not in case_guids:  # case codings: see _cases
                        self.report.warnings.append(str(msg("refi.merge.unknown_code",
                                                            name=source.name)))
                    continue
                coder_id = self.coder(coding.creating_user or sel.creating_user)
                key = (code_id, coder_id, sel.start, sel.end)
                key_quote = marked or KEY_QUOTE_NOTE_GUID in coding.note_guids
                memo = "\n\n".join(memo_parts + self._note_text(
                    [g for g in coding.note_guids if g != KEY_QUOTE_NOTE_GUID]))
                if key in present:
                    self.report.codings_present += 1
                    self._present_coding(present[key], memo, key_quote, source.name)
                    continue
                present[key] = {"memo": memo, "is_key_quote": key_quote}
                self.key_quotes += key_quote
                guid = self._guid("codings", coding.guid)
                if guid is None and coding.guid in (self.coding_guids or ()):
                    self._conflict("refi.merge.coding_changed", name=source.name)
                rows.append({"guid": guid, "source_id": source_id,
                             "code_id": code_id, "coder_id": coder_id, "start": sel.start,
                             "end": sel.end, "is_key_quote": key_quote, "memo": memo,
                             "created_at": coding.created or sel.created or self.now})
        self.w.insert_many("codings", rows)
        self.report.codings_added += len(rows)

    def _present_coding(self, ours: dict, memo: str, key_quote: bool, source_name: str) -> None:
        """A coding that is already here: the file's memo fills an empty one, its key-quote
        mark is added; two different memos are a conflict (ours kept)."""
        values = {}
        if memo and not ours["memo"]:
            values["memo"] = memo
        elif memo and not self.same_text(ours["memo"], memo):
            self._conflict("refi.merge.coding_memo_differs", name=source_name)
        if key_quote and not ours["is_key_quote"]:
            values["is_key_quote"] = True
        if values and "id" in ours:
            self.w.update("codings", ours["id"], values)
            ours.update(values)
            self.report.codings_updated += 1
    # --- cases -----------------------------------------------------------------------------
    def _cases(self) -> None:
        coded_cases: dict[str, set[int]] = {}
        for source in self.m.sources:
            for sel in source.selections:
                for coding in sel.codings:
                    if (coding.code_guid not in self.code_ids
                            and coding.code_guid != self.key_quote_code):
                        coded_cases.setdefault(coding.code_guid, set()).add(
                            self.source_ids[source.guid])
        for case in self.m.cases:
            if case.name is None and len(case.source_guids) == 1 and not case.selection_guids:
                continue  # a source's variables (see _unnamed_case_values)
            case_id, is_new = self._case(case)
            members = {self.source_ids[g] for g in case.source_guids if g in self.source_ids}
            members |= {self.selection_source[g] for g in case.selection_guids
                        if g in self.selection_source}
            members |= coded_cases.get(case.guid, set())
            for sid in sorted(members):
                if not self.w.find("case_sources", case_id=case_id, source_id=sid):
                    self.w.insert("case_sources", {"case_id": case_id, "source_id": sid})
                    self.report.members_added += 1
            self._set_values("case", case_id, case.values, overwrite=is_new)

    def _case(self, case) -> tuple[int, bool]:
        same = self.w.find("cases", guid=case.guid)
        if not same:
            name = case.name or f"Case {case.guid[:8]}"
            same = [r for r in self.w.find("cases") if r["name"].casefold() == name.casefold()]
        if same:
            self.report.cases_matched += 1
            return same[0]["id"], False
        self.report.cases_added += 1
        return self.w.insert("cases", {"guid": self._guid("cases", case.guid), "name": name,
                                       "description": case.description}), True


def _split_description(text: str) -> tuple[str, str, str, list[tuple[str, str, str]]]:
    """A code's description as we write it (definition, then sections under Swedish/English
    headings, see core.refi) back into definition, inclusion, exclusion and memos (author,
    date, text). Headings in one language only ("Inkludering:") are read as well."""
    if not text:
        return "", "", "", []
    parts = _SECTION.split("\n\n" + text.strip())
    definition, inclusion, exclusion, memos = parts[0].strip(), [], [], []
    for i in range(1, len(parts), 4):
        label, author, when, body = parts[i:i + 4]
        kind = label.split("/")[0].strip().lower()
        body = body.strip()
        if kind.startswith("in"):
            inclusion.append(body)
        elif kind.startswith("ex"):
            exclusion.append(body)
        elif body:
            memos.append((author or "", when or "", body))
    return definition, "\n\n".join(inclusion), "\n\n".join(exclusion), memos
