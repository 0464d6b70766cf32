"""Import a REFI-QDA file (a .qdpx project or a .qdc codebook) into a project, or as a new one.

``read_file`` parses the file (``importers.refi_qda``) without touching any project.
``import_refi`` writes it into a project in ONE transaction (``project.mutate``, the writing
done by ``refi_merge.Merge``), so a broken file, a cancel or any error leaves the project as it
was, and the whole import is one undo step. ``import_into_new_project`` makes the new project
in a private working folder and moves it into place when complete.
"""
from __future__ import annotations

from pathlib import Path

from ..core.errors import ProjectError, UserError
from ..core.jobs import Progress
from ..core.messages import catalogue, msg
from ..core.refi import RefiProject
from ..importers import refi_qda as reader
from ..store import pseudo_store
from .refi import RefiImportOptions, RefiImportReport

catalogue({
    "refi.bad_match": (
        "Codes can be matched by {ways[0]} or {ways[1]}, not {value!r}.",
        "Koder kan matchas efter {ways[0]} eller {ways[1]}, inte {value!r}."),
    "refi.exists": (
        "A file already exists at {path}; choose another name.",
        "Det finns redan en fil på {path}; välj ett annat namn."),
    "refi.incomplete": (
        "{file} could not be completed; try again.",
        "{file} kunde inte slutföras; försök igen."),
    "refi.undo.import": (
        "Import '{file}'",
        "Importera '{file}'"),
})

MATCH_BY = ("name", "guid")


def read_file(path: str | Path, options: RefiImportOptions | None = None,
              progress: Progress | None = None) -> RefiProject:
    """Parse a .qdpx/.qdc without touching any project (for a preview or a dry run)."""
    options = options or RefiImportOptions()
    return reader.read_refi(path, options.counting, options.missing_sources, progress)


def import_refi(project, path: str | Path, options: RefiImportOptions | None = None,
                progress: Progress | None = None) -> RefiImportReport:
    """Merge a .qdpx project or .qdc codebook into ``project`` in one transaction (one undo
    step). Raises a UserError (project unchanged) when the file cannot be used."""
    options = options or RefiImportOptions()
    if options.match_codes_by not in MATCH_BY:
        raise UserError(msg("refi.bad_match", ways=MATCH_BY, value=options.match_codes_by))
    progress = progress or Progress()
    model = read_file(path, options, progress)
    return write_model(project, model, str(path), options, progress)


def write_model(project, model: RefiProject, path: str, options: RefiImportOptions,
                progress: Progress) -> RefiImportReport:
    from .refi_merge import Merge

    report = RefiImportReport(path, model.origin, model.counting, model.word_boundary_share,
                              match_codes_by=options.match_codes_by,
                              skipped=list(model.skipped), warnings=list(model.warnings))
    changes = project.mutate(msg("refi.undo.import", file=Path(path).name),
                             lambda w: Merge(project, w, model, options, report, progress,
                                             Path(path).name).run())
    report.changes = changes
    return report


def import_into_new_project(path: str | Path, project_path: str | Path,
                            options: RefiImportOptions | None = None,
                            progress: Progress | None = None, coder: str | None = None):
    """Create a project at ``project_path`` from a .qdpx/.qdc; returns (project, report).
    The project is made in a private working folder and moved into place when complete: if
    the import fails or the process is killed, nothing is left at ``project_path``."""
    from .project import Project

    options = options or RefiImportOptions()
    progress = progress or Progress()
    model = read_file(path, options, progress)  # fail before creating anything
    project_path = Path(project_path)
    if project_path.suffix != ".qhtl":
        project_path = project_path.with_name(project_path.name + ".qhtl")
    if project_path.exists():
        raise ProjectError(msg("refi.exists", path=project_path))
    from ..core import atomic

    # made in a private working folder and moved into place when complete: a kill or an
    # error at any moment leaves no half-imported project at ``project_path``
    with atomic.work_folder() as work:
        tmp = work / f"import{project_path.suffix}"
        project = Project.create(tmp, name=model.name or None, coder=coder)
        try:
            report = write_model(project, model, str(path), options, progress)
        finally:
            project.close()
        _settle(tmp)
        try:
            atomic.publish(tmp, project_path, overwrite=False)
        except FileExistsError:
            raise ProjectError(msg("refi.exists", path=project_path)) from None
    project = Project.open(project_path, coder=coder)
    return project, report


def _settle(path: Path) -> None:
    """Fold a closed SQLite file's write-ahead log into the file itself (it moves alone)."""
    if not pseudo_store.settle(path):
        raise ProjectError(msg("refi.incomplete", file=path.name))
