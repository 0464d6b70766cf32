"""Copy for a coder: ``copy_for_coder(project, dest, coder)`` makes a coder's copy of the master.

The copy holds all sources, or those named, or (by default, when the lead has assigned any) the
sources assigned to that coder; everything else of the master (codebook, codings, memos,
cases, attributes) comes along. Once the master has a pseudonymisation key, the copy is the
shared copy of ``pseudonymisation_sharing`` (pseudonymised text, no key, read back by the
export guard) unless ``with_key`` is given: then it is the master's own text with its key, for
a coder who is allowed to see it (recorded as such). Either way the copy is written atomically
and recorded in the master's export log.

The copy remembers its coder (``project_meta['coder_copy_for']``): opened without a coder name
it records changes as that coder, so merging it back (``services.merge``) carries the coder's
new codings with their name.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..core.errors import NotFoundError, UserError
from ..core.jobs import Progress
from ..core.messages import catalogue, msg
from ..store import pseudo_store
from ..store.database import PROJECT_SUFFIX, Database, utcnow
from ..store.writer import Writer
from .export_guard import write_guarded
from .sources import SourceService

COPY_CODER_KEY = "coder_copy_for"

catalogue({
    "export.what.coder_copy": ("The copy for a coder", "Kopian för en kodare"),
    "export.what.coder_copy_key": ("The copy for a coder, with the key",
                                   "Kopian för en kodare, med nyckeln"),
    "coder_copy.no_sources": ("The copy would hold no sources.",
                              "Kopian skulle inte innehålla några källor."),
    "coder_copy.no_source": ("There is no source '{name}'.", "Det finns ingen källa '{name}'."),
    "coder_copy.done": (
        ("Wrote a copy for {coder} with {n} source to {path}",
         "Wrote a copy for {coder} with {n} sources to {path}"),
        ("Skrev en kopia för {coder} med {n} källa till {path}",
         "Skrev en kopia för {coder} med {n} källor till {path}")),
    "coder_copy.shared": ("pseudonymised text only, without the key",
                          "endast pseudonymiserad text, utan nyckeln"),
    "coder_copy.with_key": ("with the original text and the pseudonymisation key",
                            "med originaltexten och pseudonymiseringsnyckeln"),
    "coder_copy.back": ("merge it back with: merge MASTER {file}",
                        "sammanfoga den sedan med: merge HUVUDPROJEKT {file}"),
})


@dataclass
class CoderCopyReport:
    path: str
    coder: str
    sources: int
    pseudonymised: bool  # shared copy: pseudonymised text, no key
    with_key: bool

    def lines(self) -> list[str]:
        out = [msg("coder_copy.done", coder=self.coder, n=self.sources, path=self.path)]
        if self.pseudonymised:
            out.append(msg("coder_copy.shared"))
        elif self.with_key:
            out.append(msg("coder_copy.with_key"))
        out.append(msg("coder_copy.back", file=Path(self.path).name))
        return [str(line) for line in out]


def chosen_sources(project, coder: str, sources: Iterable[int | str] | None) -> set[int]:
    """The sources named (ids or names); none named: those assigned to ``coder`` if the lead
    assigned any, else all."""
    if sources is not None:
        out = set()
        for s in sources:
            if isinstance(s, int) or str(s).isdigit():
                out.add(int(s))
                continue
            try:
                out.add(project.sources.find(str(s)).id)
            except NotFoundError:
                raise UserError(msg("coder_copy.no_source", name=str(s)[:80])) from None
        known = {s.id for s in project.sources.list()}
        missing = out - known
        if missing:
            raise UserError(msg("coder_copy.no_source", name=min(missing)))
    else:
        row = next((c for c in project.coders() if c.name.casefold() == coder.casefold()), None)
        assigned = project.team.assigned_sources(row.id) if row is not None else set()
        out = assigned or {s.id for s in project.sources.list()}
    if not out:
        raise UserError(msg("coder_copy.no_sources"))
    return out


def copy_for_coder(project, dest: str | Path, coder: str,
                   sources: Iterable[int | str] | None = None, with_key: bool = False,
                   allow_open: bool = False, progress: Progress | None = None,
                   blind: bool = False) -> CoderCopyReport:
    """Write the copy (see the module); ``blind``: the coder starts coding blind in it (the
    others' codings and memos hidden until they switch it off)."""
    coder = coder.strip()
    if not coder:
        raise UserError(msg("project.coder_empty"))
    keep = chosen_sources(project, coder, sources)
    dest = Path(dest)
    if dest.suffix != PROJECT_SUFFIX:
        dest = dest.with_name(dest.name + PROJECT_SUFFIX)
    everything = {s.id for s in project.sources.list()}
    master_coder = next((c for c in project.coders()
                         if c.name.casefold() == coder.casefold()), None)
    guid = None
    if master_coder is not None:
        with project.db.read() as conn:
            from ..store import reads
            guid = reads.column_values(conn, "coders", "guid").get(master_coder.id)

    def prepare(w: Writer) -> None:
        for sid in sorted(everything - keep):
            SourceService.delete_in(w, sid)
        row = w.find("coders", guid=guid) if guid is not None else []
        coder_id = row[0]["id"] if row else w.insert("coders", {"name": coder,
                                                                "created_at": utcnow()})
        settings = {COPY_CODER_KEY: coder}
        if blind:
            settings[f"coder_blind.{coder_id}"] = "1"
        for key, value in settings.items():
            if w.get("project_meta", key):
                w.update("project_meta", key, {"value": value})
            else:
                w.insert("project_meta", {"key": key, "value": value})

    service = project.pseudonymisation if _has_key(project) else None
    if service is not None and not with_key:
        report = service.export_copy(dest, progress, allow_open, source_ids=keep,
                                     prepare=prepare, kind="coder_copy")
        return CoderCopyReport(report.path, coder, len(keep), True, False)
    if dest.exists():
        raise UserError(msg("export.exists", path=dest))

    def write(tmp: Path) -> None:
        project.db.copy_to(tmp)
        copy = Database.open(tmp)
        try:
            with copy.write() as w:
                prepare(w)
        finally:
            copy.close()
        pseudo_store.compact(tmp)  # the sources left out leave no trace in the file

    kind = "coder_copy_key" if service is not None else "coder_copy"
    also = ((lambda w: service._log_in(w, "coder copy with key", dest.name))
            if service is not None else None)
    # the copy is the master's own text (no key, or a coder allowed to see it): no guard
    write_guarded(dest, write, None, msg(f"export.what.{kind}"), overwrite=False,
                  project=project, kind=kind, also=also)
    return CoderCopyReport(str(dest), coder, len(keep), False, service is not None)


def copy_coder(path: str | Path) -> str | None:
    """The coder a copy was made for (None for any other project or an unreadable file)."""
    from .project import Project
    if not Path(path).is_file():  # not a project file (a server project names its coder)
        return None
    try:
        with Project.open(path, read_only=True) as p:
            return p.meta().get(COPY_CODER_KEY) or None
    except (UserError, OSError):
        return None


def _has_key(project) -> bool:
    from .refi_export import pseudonymisation_active
    return pseudonymisation_active(project)
