"""Export a project as REFI-QDA: the whole project as .qdpx, the codebook alone as .qdc.

``project_model`` turns the project into ``core.refi`` records (positions: code points into the
exported text); ``exporters.refi_qda`` writes the XML. Where each thing goes in the file so that
other programs find it is described in ``services.refi``.

Pseudonymisation: once the project has a key, an export is shared by default: the text of
every source is the pseudonymised text (codings moved with the service's offset map), names,
memos, definitions and values are scrubbed, no original Word file goes along, and the
export guard (``services.export_guard``) reads the written file back whole and refuses it if
an original from the key would still leave.
"""
from __future__ import annotations

import re
import uuid
from difflib import SequenceMatcher
from pathlib import Path

from .. import __version__
from ..core.errors import UserError
from ..core.jobs import Progress
from ..core.messages import catalogue, msg
from ..core.refi import (
    CASES_CODE_GUID,
    CASES_CODE_NAME,
    EXCLUSION_HEADING,
    INCLUSION_HEADING,
    KEY_QUOTE_CODE_GUID,
    KEY_QUOTE_CODE_NAME,
    MEMO_HEADING,
    RefiCase,
    RefiCode,
    RefiCoding,
    RefiNote,
    RefiProject,
    RefiSelection,
    RefiTextSource,
    RefiUser,
    RefiValue,
    RefiVariable,
    format_datetime,
    parse_datetime,
)
from ..exporters import refi_qda as writer
from ..importers.refi_positions import AnchorMap
from ..store import reads
from ..store.database import utcnow
from .refi import RefiExportReport

catalogue({
    "refi.empty_codebook": (
        "The codebook is empty: there is nothing to export.",
        "Kodboken är tom: det finns inget att exportera."),
    "refi.no_folder": (
        "Cannot write {path}: the folder does not exist.",
        "Kan inte skriva {path}: mappen finns inte."),
    "refi.permission": (
        "Cannot write {path}: permission denied.",
        "Kan inte skriva {path}: behörighet saknas."),
})

# Derived GUIDs (selections, variables) are stable across exports of the same project.
_NAMESPACE = uuid.UUID("6f1c3a52-8e0b-4c55-9a57-0d5b1f7e2c11")


# --- pseudonymisation ----------------------------------------------------------------------

def _pseudonymiser(project):
    """The project's pseudonymisation service when the project has a key, else None."""
    service = getattr(project, "pseudonymisation", None)
    return service if service is not None and service.active() else None


def pseudonymisation_active(project) -> bool:
    """True when the project has a pseudonymisation key: exports are then shared by default."""
    return _pseudonymiser(project) is not None


def shared_text(project, source_id: int) -> str:
    """The text of a source as it may leave the project in a shared export: pseudonymised
    when the project has a key, else the stored text. (The export itself asks the
    pseudonymisation service for text and offset map together; this is the fallback seam.)"""
    service = _pseudonymiser(project)
    if service is not None:
        return service.pseudonymised_text(source_id)
    return project.sources.get(source_id).text


def _shared_source(project, source_id: int, stored: str, pseudonymised):
    """(text, span map) of a source for a shared export; ``pseudonymised`` is the service's
    ``pseudonymiser()`` when the project has a key."""
    if pseudonymised is not None:
        ps = pseudonymised(source_id)
        return ps.text, ps.offsets.span_to_new
    text = shared_text(project, source_id)
    move = offset_map(stored, text)
    return text, lambda a, b: (move(a), move(b))


# --- export --------------------------------------------------------------------------------

def export_qdpx(project, path: str | Path, progress: Progress | None = None,
                shared: bool | None = None) -> RefiExportReport:
    """The whole project as a .qdpx. ``shared`` (default: when pseudonymisation is active):
    pseudonymised text only, names, values and memos in their pseudonymised form and no
    original Word files. The written file is read back whole by the export guard."""
    progress = progress or Progress()
    shared = pseudonymisation_active(project) if shared is None else shared
    service = _pseudonymiser(project) if shared else None
    scrubber = service.metadata_scrubber() if service is not None else None
    path = _shared_name(Path(path), scrubber)
    report = RefiExportReport(str(path), "qdpx", shared=shared)
    model = project_model(project, shared, report, progress, scrubber)
    _write(lambda tmp: writer.write_qdpx(model, tmp, progress), path, service, "qdpx",
           project)
    report.metadata_replaced = scrubber.replaced if scrubber is not None else 0
    return report


def export_qdc(project, path: str | Path, progress: Progress | None = None) -> RefiExportReport:
    """The codebook alone as a .qdc (names and definitions pseudonymised once the project
    has a key: a definition may quote a name)."""
    progress = progress or Progress()
    service = _pseudonymiser(project)
    scrubber = service.metadata_scrubber() if service is not None else None
    path = _shared_name(Path(path), scrubber)
    report = RefiExportReport(str(path), "qdc")
    progress.step(0, 1, str(msg("progress.codebook")))
    model = RefiProject(kind="codebook", origin=_origin())
    model.codes = _code_tree(project, report, scrub=scrubber or (lambda text: text))
    if not model.codes:
        raise UserError(msg("refi.empty_codebook"))
    _write(lambda tmp: writer.write_qdc(model, tmp), path, service, "codebook", project)
    report.metadata_replaced = scrubber.replaced if scrubber is not None else 0
    progress.step(1, 1, "")
    return report


def _shared_name(path: Path, scrubber) -> Path:
    return path.with_name(scrubber.file_name(path.name)) if scrubber is not None else path


def _write(action, path: Path, service, what: str, project=None) -> None:
    """Write through the export guard: a private working file, read back, moved into place."""
    from ..core.messages import msg
    from .export_guard import write_guarded

    try:
        write_guarded(path, action, service, msg(f"export.what.{what}"), project=project,
                      kind=what)
    except FileNotFoundError:
        raise UserError(msg("refi.no_folder", path=path)) from None
    except PermissionError:
        raise UserError(msg("refi.permission", path=path)) from None


def _origin() -> str:
    return f"qualcoder-htl {__version__}"


def _guids(project, table: str) -> dict[int, str]:
    with project.db.read() as conn:
        return reads.column_values(conn, table, "guid")


def _derived(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, ":".join(parts)))


def project_model(project, shared: bool, report: RefiExportReport,
                  progress: Progress, scrub=None, memos_as_notes: bool = False) -> RefiProject:
    """The project as REFI records (positions: code points into the exported text).
    ``scrub`` writes metadata (names, values, memos) in pseudonymised form. With
    ``memos_as_notes`` every memo is a note with its own GUID (how ``services.merge`` reads a
    project file: a memo merged twice is then recognised by its GUID).

    Memos go where clients read them: the first (oldest) memo of the project, of a source and
    of a code in that object's <Description> (a code's under a heading naming its author), the
    others as notes the object refers to."""
    service = _pseudonymiser(project) if shared else None
    if scrub is None:
        scrub = service.metadata_scrubber() if service is not None else (lambda text: text)
    coder_guid = _guids(project, "coders")
    model = RefiProject(name=scrub(project.name), origin=_origin(),
                        creating_user=coder_guid.get(project.coder.id),
                        created=parse_datetime(project.meta().get("created_at"))
                        or utcnow())
    model.users = [RefiUser(coder_guid[c.id], scrub(c.name)) for c in project.coders()]
    coder_name = {c.id: u.name for c, u in zip(project.coders(), model.users, strict=True)}
    report.coders = len(model.users)
    notes: list[RefiNote] = []
    memo_guid = _guids(project, "memos")
    memos: dict[tuple, list] = {}
    for m in sorted((m for m in project.memos.list() if m.text.strip()),
                    key=lambda m: (m.created_at, m.id)):
        memos.setdefault((m.source_id, m.code_id), []).append(m)
    memo_count = [0]

    def memos_of(source_id=None, code_id=None):
        """(primary memo or None, GUIDs of the notes made of the others)."""
        own = memos.get((source_id, code_id), [])
        refs = []
        for m in (own if memos_as_notes else own[1:]):
            text = scrub(m.text)
            notes.append(RefiNote(memo_guid[m.id], text, "" if memos_as_notes else
                                  _first_line(text), coder_guid.get(m.coder_id),
                                  m.created_at, m.updated_at))
            refs.append(memo_guid[m.id])
        memo_count[0] += len(own)
        return (own[0] if own and not memos_as_notes else None), refs

    def code_memos(code_id):
        first, refs = memos_of(code_id=code_id)
        if first is None:
            return "", refs
        return _memo_section(scrub(first.text), coder_name.get(first.coder_id, ""),
                             first.updated_at), refs

    model.codes = _code_tree(project, report, code_memos, scrub)
    first, model.note_guids = memos_of()
    if first is not None:
        model.description = scrub(first.text)
        model.modifying_user, model.modified = coder_guid.get(first.coder_id), first.updated_at
    model.variables, values = _variables(project, scrub)
    report.variables = len(model.variables)
    model.cases = _cases(project, values, scrub)
    report.cases = len(model.cases)
    model.sources = _sources(project, shared, service, scrub, coder_guid, values, memos_of,
                             report, progress)
    _case_codes(model, project)
    report.memos = memo_count[0]
    if report.key_quotes:
        model.codes.append(RefiCode(KEY_QUOTE_CODE_GUID, KEY_QUOTE_CODE_NAME, "#ffd700",
                                    _KEY_QUOTE_DESCRIPTION))
    model.notes = notes
    return model


_KEY_QUOTE_DESCRIPTION = ("Kodningar som markerats som nyckelcitat i qualcoder-htl.\n\n"
                          "Codings marked as key quotes in qualcoder-htl.")


def _memo_section(text: str, author: str, when) -> str:
    return f"{MEMO_HEADING} ({author}, {format_datetime(when)}):\n{text.strip()}"


def _case_codes(model: RefiProject, project) -> None:
    """Cases also as codes coding the whole of each of their sources (see core.refi)."""
    if not model.cases:
        return
    by_guid = {s.guid: s for s in model.sources}
    folder = RefiCode(CASES_CODE_GUID, CASES_CODE_NAME, None, _CASES_DESCRIPTION, False)
    for case in model.cases:
        folder.children.append(RefiCode(case.guid, case.name or "", "#808080", case.description))
        for source_guid in case.source_guids:
            source = by_guid.get(source_guid)
            if source is None or not source.text:
                continue
            source.selections.append(RefiSelection(
                _derived("case", case.guid, source_guid), 0, len(source.text), case.name or "",
                creating_user=model.creating_user, created=model.created,
                codings=[RefiCoding(_derived("case coding", case.guid, source_guid), case.guid,
                                    model.creating_user, model.created)]))
    model.codes.append(folder)


_CASES_DESCRIPTION = ("Fallen i projektet; varje fall kodar hela sina källor.\n\n"
                      "The project's cases; each case codes the whole of its sources.")


def _code_tree(project, report: RefiExportReport, code_memos=None,
               scrub=lambda text: text) -> list[RefiCode]:
    codes = project.codebook.codes()
    guid = _guids(project, "codes")
    children: dict[int | None, list] = {}
    for c in codes:
        children.setdefault(c.parent_id, []).append(c)

    def build(parent_id) -> list[RefiCode]:
        out = []
        for c in sorted(children.get(parent_id, []), key=lambda c: (c.sort_order, c.name)):
            memo, refs = code_memos(c.id) if code_memos else ("", [])
            description = "\n\n".join(p for p in (_description(c, scrub), memo) if p)
            out.append(RefiCode(guid[c.id], scrub(c.name), c.color, description, True,
                                build(c.id), refs))
        return out
    report.codes = len(codes)
    return build(None)


def _description(code, scrub=lambda text: text) -> str:
    parts = [scrub(code.definition.strip())]
    if code.inclusion.strip():
        parts.append(f"{INCLUSION_HEADING}\n{scrub(code.inclusion.strip())}")
    if code.exclusion.strip():
        parts.append(f"{EXCLUSION_HEADING}\n{scrub(code.exclusion.strip())}")
    return "\n\n".join(p for p in parts if p)


def _variables(project, scrub):
    """Variables for source and case attributes, and each one's values by target."""
    attrs = project.attributes.definitions(None)
    source_values = project.attributes.source_values()
    case_values = project.attributes.case_values()
    variables, by_target = [], {"source": {}, "case": {}}
    for a in attrs:
        guid = _derived("attribute", a.applies_to, a.name)
        table = source_values if a.applies_to == "source" else case_values
        used = [vals[a.id] for vals in table.values() if a.id in vals]
        kind = {"number": "Integer" if all(_is_int(v) for v in used) else "Float",
                "date": "Date"}.get(a.value_type, "Text")
        choices = list(dict.fromkeys(scrub(c) for c in a.choices))
        description = ("Val: " + " | ".join(choices)) if choices else ""
        variables.append(RefiVariable(guid, scrub(a.name), kind, description))
        for target_id, vals in table.items():
            if a.id in vals:
                by_target[a.applies_to].setdefault(target_id, []).append(
                    RefiValue(guid, scrub(vals[a.id])))
    return variables, by_target


def _is_int(value: str) -> bool:
    return re.fullmatch(r"-?\d+", value.strip()) is not None


def _cases(project, values, scrub) -> list[RefiCase]:
    source_guid = _guids(project, "sources")
    case_guid = _guids(project, "cases")
    return [RefiCase(case_guid[c.id], scrub(c.name), scrub(c.description),
                     values["case"].get(c.id, []),
                     [source_guid[s] for s in c.source_ids])
            for c in project.attributes.cases()]


def _sources(project, shared, service, scrub, coder_guid, values, memos_of, report,
             progress):
    source_guid = _guids(project, "sources")
    coding_guid = _guids(project, "codings")
    code_guid = _guids(project, "codes")
    with project.db.read() as conn:
        imported_by = reads.column_values(conn, "sources", "imported_by")
    summaries = project.sources.list()
    pseudonymised = service.pseudonymiser() if shared and service is not None else None
    out, key_quotes = [], 0
    for i, summary in enumerate(summaries):
        progress.step(i, len(summaries), str(msg("progress.reading", name=summary.name)))
        source = project.sources.get(summary.id)
        if shared:
            text, to_shared = _shared_source(project, summary.id, source.text, pseudonymised)
        else:
            text, to_shared = source.text, lambda a, b: (a, b)
        rich = None if shared else project.sources.original_file(summary.id)
        if rich and not rich[0].casefold().endswith(".docx"):
            rich = None
        memo, refs = memos_of(source_id=summary.id)
        refi = RefiTextSource(source_guid[summary.id], scrub(summary.name), text,
                              creating_user=coder_guid.get(imported_by.get(summary.id)),
                              created=summary.imported_at,
                              values=values["source"].get(summary.id, []),
                              note_guids=refs, rich_text=rich)
        if memo is not None:
            refi.description = scrub(memo.text)
            refi.modifying_user = coder_guid.get(memo.coder_id)
            refi.modified = memo.updated_at
        for c in project.codings.for_source(summary.id):
            start, end = to_shared(c.start, c.end)
            if start >= end:
                report.warnings.append(str(msg("refi.export.coding_vanished",
                                               source=summary.name)))
                continue
            guid = coding_guid[c.id]
            coder = coder_guid.get(c.coder_id)
            codings = [RefiCoding(guid, code_guid[c.code_id], coder, c.created_at)]
            if c.is_key_quote:  # the same selection coded with the key-quote code too
                codings.append(RefiCoding(_derived("key quote", guid), KEY_QUOTE_CODE_GUID,
                                          coder, c.created_at))
            refi.selections.append(RefiSelection(
                _derived("selection", guid), start, end, _excerpt(text[start:end]),
                scrub(c.memo), coder, c.created_at, codings))
            report.codings += 1
            key_quotes += c.is_key_quote
        report.originals += rich is not None
        out.append(refi)
    report.sources = len(out)
    report.key_quotes = key_quotes
    return out


def _excerpt(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def _first_line(text: str) -> str:
    return _excerpt(text.strip().split("\n", 1)[0])


def offset_map(original: str, shared: str):
    """A function moving code-point positions in ``original`` to the same place in
    ``shared`` (the text after pseudonyms replaced names): lines first, then tokens within
    changed lines, so it stays fast on long transcripts."""
    if original == shared:
        return lambda x: x
    src, dst = [0], [0]
    a_lines, b_lines = original.splitlines(keepends=True), shared.splitlines(keepends=True)
    a_pos, b_pos = _starts(a_lines), _starts(b_lines)
    lines = SequenceMatcher(None, a_lines, b_lines, autojunk=False)
    for op, i1, i2, j1, j2 in lines.get_opcodes():
        if op == "equal":
            src += [a_pos[i1], a_pos[i2]]
            dst += [b_pos[j1], b_pos[j2]]
            continue
        a_tok = re.findall(r"\w+|\s+|[^\w\s]", "".join(a_lines[i1:i2]))
        b_tok = re.findall(r"\w+|\s+|[^\w\s]", "".join(b_lines[j1:j2]))
        at, bt = _starts(a_tok, a_pos[i1]), _starts(b_tok, b_pos[j1])
        # equal stretches map one to one; a replaced stretch's start and end map to the
        # replacement's (a coding over a name covers all of its pseudonym)
        for _op, k1, k2, l1, l2 in SequenceMatcher(None, a_tok, b_tok,
                                                   autojunk=False).get_opcodes():
            src += [at[k1], at[k2]]
            dst += [bt[l1], bt[l2]]
    pairs = sorted(set(zip(src, dst, strict=True)))
    return AnchorMap([p[0] for p in pairs], [p[1] for p in pairs])


def _starts(parts: list[str], offset: int = 0) -> list[int]:
    out = [offset]
    for p in parts:
        out.append(out[-1] + len(p))
    return out
