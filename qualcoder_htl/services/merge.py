"""Merge a coder's copy into the master: ``merge(project, other)``.

The copy is a project file (.qhtl, e.g. made by ``services.coder_copy``) or a .qdpx from any
peer. A .qhtl is opened read-only and read into the same REFI records a .qdpx is read into
(``refi_export.project_model``, every memo as a note with its GUID), so one merger
(``refi_merge.Merge``) writes both: coders matched by GUID, then name; codes by GUID, then
path; sources by content (and, when the master is pseudonymised, by the pseudonymised text of
the same source: codings of a pseudonymised copy are moved back to the original text); cases
by GUID, then name; a coding, memo, case member or value already here is not added again, so
merging the same copy twice adds nothing. Pseudonymisation decisions (and the key entries they
need) come from a .qhtl with their coder.

Where the two sides differ, nothing is dropped silently: the conflict is listed in the report
and the master's version is kept, except for a source whose text changed, which is added
beside the master's with the copy's codings on it (dropping them would lose the coder's work;
the lead compares the two and deletes one).

The whole merge is one transaction and one undo step; a dry run makes the same report inside
a transaction that is rolled back.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core.errors import UserError
from ..core.jobs import Progress
from ..core.messages import catalogue, msg
from ..store import pseudo_store, reads
from ..store.database import PROJECT_SUFFIX, utcnow
from ..store.writer import Writer
from . import refi, refi_export, refi_import
from .refi_merge import Merge

catalogue({
    "merge.undo": ("Merge '{file}'", "Sammanfoga '{file}'"),
    "merge.missing": ("{file} does not exist.", "{file} finns inte."),
    "merge.same": ("A project cannot be merged into itself.",
                   "Ett projekt kan inte sammanfogas med sig självt."),
    "merge.kind": ("{file} is neither a project file (.qhtl) nor a REFI-QDA project (.qdpx).",
                   "{file} är varken en projektfil (.qhtl) eller ett REFI-QDA-projekt (.qdpx)."),
    "merge.codebook": ("{file} is a codebook, not a coder's copy; import it instead.",
                       "{file} är en kodbok, inte en kodares kopia; importera den i stället."),
    "merge.title": ("Merged {file} into {project}", "Sammanfogade {file} med {project}"),
    "merge.title_dry": ("Dry run: merging {file} into {project} would change this (nothing "
                        "was written)",
                        "Provkörning: att sammanfoga {file} med {project} skulle ändra detta "
                        "(inget skrevs)"),
    "merge.line": (("{kind}: {n} added, {present} already there",
                    "{kind}: {n} added, {present} already there"),
                   ("{kind}: {n} tillagd, {present} fanns redan",
                    "{kind}: {n} tillagda, {present} fanns redan")),
    "merge.line_added": (("{kind}: {n} added", "{kind}: {n} added"),
                         ("{kind}: {n} tillagd", "{kind}: {n} tillagda")),
    "merge.kind.sources": ("sources", "källor"),
    "merge.kind.codes": ("codes", "koder"),
    "merge.kind.codings": ("codings", "kodningar"),
    "merge.kind.codings_updated": ("codings given the copy's memo or key-quote mark",
                                   "kodningar som fick kopians memo eller nyckelcitat"),
    "merge.kind.memos": ("memos", "memon"),
    "merge.kind.coders": ("coders", "kodare"),
    "merge.kind.cases": ("cases", "fall"),
    "merge.kind.members": ("sources in cases", "källor i fall"),
    "merge.kind.attributes": ("attributes", "attribut"),
    "merge.kind.values": ("attribute values", "attributvärden"),
    "merge.kind.decisions": ("pseudonymisation decisions", "pseudonymiseringsbeslut"),
    "merge.kind.occurrences": ("decided occurrences (pseudonymisation)",
                               "beslutade förekomster (pseudonymisering)"),
    "merge.kind.reviews": ("sources marked as reviewed", "källor markerade som granskade"),
    "merge.kind.key": ("pseudonymisation key entries", "poster i pseudonymiseringsnyckeln"),
    "merge.conflicts": (("{n} conflict (the master's version kept unless said otherwise):",
                         "{n} conflicts (the master's version kept unless said otherwise):"),
                        ("{n} konflikt (huvudprojektets version behölls om inget annat sägs):",
                         "{n} konflikter (huvudprojektets version behölls om inget annat "
                         "sägs):")),
    "merge.no_conflicts": ("no conflicts", "inga konflikter"),
    "merge.decision_differs": (
        "the copy decided '{theirs}' for a form the master decided '{ours}' ({type}); kept "
        "'{ours}'",
        "kopian beslutade '{theirs}' för en form som huvudprojektet beslutade '{ours}' "
        "({type}); behöll '{ours}'"),
    "merge.apply_decisions": (
        "new pseudonymisation decisions: the next detection (or pseudonymise apply) applies "
        "them to the sources",
        "nya pseudonymiseringsbeslut: nästa identifiering (eller pseudonymise apply) "
        "tillämpar dem på källorna"),
})


@dataclass
class MergeReport(refi.RefiImportReport):
    project: str = ""
    dry_run: bool = False
    decisions_added: int = 0
    decisions_present: int = 0
    key_added: int = 0
    occurrences_added: int = 0  # pseudonymisation decisions on single occurrences
    occurrences_present: int = 0
    reviews_added: int = 0  # sources marked as reviewed

    def counts(self) -> dict[str, tuple[int, int | None]]:
        """{kind: (added, already there or None)}."""
        return {"sources": (self.sources_added, self.sources_matched),
                "codes": (self.codes_added, self.codes_matched),
                "codings": (self.codings_added, self.codings_present),
                "codings_updated": (self.codings_updated, None),
                "memos": (self.memos_added, self.memos_present),
                "coders": (self.coders_added, None),
                "cases": (self.cases_added, self.cases_matched),
                "members": (self.members_added, None),
                "attributes": (self.attributes_added, None),
                "values": (self.values_set, None),
                "decisions": (self.decisions_added, self.decisions_present),
                "occurrences": (self.occurrences_added, self.occurrences_present),
                "reviews": (self.reviews_added, None),
                "key": (self.key_added, None)}

    def lines(self) -> list[str]:
        title = "merge.title_dry" if self.dry_run else "merge.title"
        out = [msg(title, file=Path(self.path).name, project=self.project)]
        for kind, (added, present) in self.counts().items():
            if present is None:
                if added:
                    out.append(msg("merge.line_added", kind=msg(f"merge.kind.{kind}"),
                                   n=added))
            else:
                out.append(msg("merge.line", kind=msg(f"merge.kind.{kind}"), n=added,
                               present=present))
        out = [str(line) for line in out]
        out += [str(msg("refi.note", text=n)) for n in self.notes]
        out += [str(msg("refi.skipped", text=s)) for s in self.skipped]
        out += [str(msg("refi.warning", text=w)) for w in self.warnings]
        if self.conflicts:
            out.append(str(msg("merge.conflicts", n=len(self.conflicts))))
            out += [f"  {c}" for c in self.conflicts]
        else:
            out.append(str(msg("merge.no_conflicts")))
        return out

    def as_dict(self) -> dict:
        return {"file": Path(self.path).name, "dry_run": self.dry_run,
                "added": {k: a for k, (a, _) in self.counts().items()},
                "already_there": {k: p for k, (_, p) in self.counts().items() if p is not None},
                "conflicts": list(self.conflicts), "warnings": list(self.warnings)}


class _DryRun(Exception):
    """Raised at the end of a dry run to roll its transaction back."""


def merge(project, other: str | Path, dry_run: bool = False,
          progress: Progress | None = None) -> MergeReport:
    """Merge the copy at ``other`` (.qhtl or .qdpx) into ``project``: one transaction, one
    undo step; with ``dry_run`` the same report and nothing written."""
    progress = progress or Progress()
    other = Path(other)
    if not other.is_file():
        raise UserError(msg("merge.missing", file=other.name))
    if other.resolve() == Path(project.path).resolve():
        raise UserError(msg("merge.same"))
    project.check_writable()
    if other.suffix.lower() == PROJECT_SUFFIX:
        model, pseudo = read_project(other, progress)
    elif other.suffix.lower() == ".qdpx":
        model, pseudo = refi_import.read_file(other, progress=progress), None
    else:
        raise UserError(msg("merge.kind", file=other.name))
    if model.kind != "project":
        raise UserError(msg("merge.codebook", file=other.name))
    options = refi.RefiImportOptions(match_codes_by="guid_then_path")
    report = MergeReport(str(other), model.origin, model.counting, model.word_boundary_share,
                         match_codes_by=options.match_codes_by, skipped=list(model.skipped),
                         warnings=list(model.warnings), project=project.name, dry_run=dry_run)

    def do(w: Writer) -> None:
        merger = Merge(project, w, model, options, report, progress, other.name)
        if merger.own_coder is None:  # a dry run writes no coder row (rolled back)
            merger.own_coder = w.insert("coders", {"name": project.coder.name,
                                                   "created_at": utcnow()})
        _pseudonymised_master(project, merger)
        merger.run()
        if pseudo:
            _decisions(w, pseudo, merger, report)

    label = msg("merge.undo", file=other.name)
    if dry_run:
        try:
            with project.db.write() as w:
                do(w)
                raise _DryRun
        except _DryRun:
            pass
        return report
    with project.batch(label) as batch:
        project.mutate(label, do)
    report.changes = batch.changes
    return report


def read_project(path: Path, progress: Progress):
    """A project file as REFI records (every memo a note with its GUID) and its
    pseudonymisation decisions, key and coders, read from a read-only open."""
    from .project import Project

    with Project.open(path, read_only=True) as other:
        model = refi_export.project_model(other, False, refi.RefiExportReport(str(path), "qdpx"),
                                          progress, memos_as_notes=True)
        with other.db.read() as conn:
            pseudo = {"key": pseudo_store.key_rows(conn),
                      "decisions": pseudo_store.decision_rows(conn),
                      "occurrences": [r for r in pseudo_store.suggestion_rows(conn)
                                      if r["status"] != "open"],
                      "reviews": [r for r in pseudo_store.source_state_rows(conn)
                                  if r["reviewed_by"] is not None],
                      "coders": reads.column_values(conn, "coders", "guid"),
                      "sources": reads.column_values(conn, "sources", "guid")}
    return model, pseudo


def _pseudonymised_master(project, merger: Merge) -> None:
    """With a key, the master's texts and metadata count as the same as their pseudonymised
    form (a copy for a coder without the key has them so)."""
    from .refi_export import _pseudonymiser

    service = _pseudonymiser(project)
    if service is None:
        return
    scrub = service.metadata_scrubber()
    merger.same_text = lambda ours, theirs: ours == theirs or scrub(ours) == theirs
    merger.pseudonymised = service.pseudonymiser()


def _decisions(w: Writer, pseudo: dict, merger: Merge, report: MergeReport) -> None:
    """Pseudonymisation decisions from a .qhtl, with their coder and the key entries they
    refer to (matched by type and original)."""
    def coder(other_id):
        return merger.coder(pseudo["coders"].get(other_id)) if other_id else None

    key_ids: dict[int, int] = {}
    for row in pseudo["key"]:
        ours = w.find("pseudo_key", type=row["type"], original=row["original"])
        if ours:
            key_ids[row["id"]] = ours[0]["id"]
            continue
        values = {k: row[k] for k in ("original", "type", "pseudonym", "code", "label",
                                      "replacement", "gender", "created_at")}
        key_ids[row["id"]] = w.insert("pseudo_key", {
            **values, "created_by": coder(row["created_by"]) or merger.own_coder})
        report.key_added += 1
    for row in pseudo["decisions"]:
        ours = w.find("pseudo_decisions", form=row["form"])
        if ours:
            if (ours[0]["decision"], ours[0]["type"]) == (row["decision"], row["type"]):
                report.decisions_present += 1
            else:
                report.conflicts.append(str(msg(
                    "merge.decision_differs", ours=ours[0]["decision"], theirs=row["decision"],
                    type=row["type"])))
            continue
        w.insert("pseudo_decisions", {
            "form": row["form"], "text": row["text"], "type": row["type"],
            "decision": row["decision"], "key_id": key_ids.get(row["key_id"]),
            "coder_id": coder(row["coder_id"]) or merger.own_coder,
            "decided_at": row["decided_at"]})
        report.decisions_added += 1
    _occurrences(w, pseudo, merger, report, coder, key_ids)
    if report.decisions_added or report.occurrences_added:
        report.notes.append(str(msg("merge.apply_decisions")))


def _occurrences(w: Writer, pseudo: dict, merger: Merge, report: MergeReport, coder,
                 key_ids: dict[int, int]) -> None:
    """Occurrences accepted or rejected in the copy (and sources marked reviewed), on sources
    whose text is the copy's own (not moved from a pseudonymised text): an open occurrence
    here takes the copy's decision, one the copy added is added, two different decisions are
    a conflict (ours kept)."""
    def source_of(other_id):
        guid = pseudo["sources"].get(other_id)
        return None if guid in merger.moved else merger.source_ids.get(guid)

    for row in pseudo["occurrences"]:
        sid = source_of(row["source_id"])
        if sid is None:
            continue
        decided = {"status": row["status"], "type": row["type"],
                   "key_id": key_ids.get(row["key_id"]), "decided_by": coder(row["decided_by"]),
                   "decided_at": row["decided_at"]}
        ours = [r for r in w.find("pseudo_suggestions", source_id=sid)
                if (r["start"], r["end"]) == (row["start"], row["end"])]
        if not ours:
            w.insert("pseudo_suggestions", {
                **{k: row[k] for k in ("start", "end", "text", "detector", "score",
                                       "created_at")}, "source_id": sid, **decided})
            report.occurrences_added += 1
        elif ours[0]["status"] == "open":
            w.update("pseudo_suggestions", ours[0]["id"], decided)
            report.occurrences_added += 1
        elif (ours[0]["status"], ours[0]["type"]) == (row["status"], row["type"]):
            report.occurrences_present += 1
        else:
            report.conflicts.append(str(msg(
                "merge.decision_differs", ours=ours[0]["status"], theirs=row["status"],
                type=row["type"])))
    for row in pseudo["reviews"]:
        sid = source_of(row["source_id"])
        ours = w.get("pseudo_sources", sid) if sid is not None else None
        values = {"reviewed_by": coder(row["reviewed_by"]), "reviewed_at": row["reviewed_at"]}
        if sid is None or (ours is not None and ours["reviewed_by"] is not None):
            continue
        if ours is None:
            w.insert("pseudo_sources", {"source_id": sid, "detected_at": row["detected_at"],
                                        **values})
        else:
            w.update("pseudo_sources", sid, values)
        report.reviews_added += 1
