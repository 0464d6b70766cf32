"""Create the demo project from the bundled fictional corpus (``corpora/htl-demo``)."""
from __future__ import annotations

import csv
from pathlib import Path

from ..core.errors import UserError
from ..core.jobs import Progress
from ..core.messages import catalogue, msg
from ..paths import demo_corpus_dir
from .codebook_csv import import_codebook
from .importing import ImportOptions
from .project import Project

catalogue({
    "demo.missing": (
        "The demo corpus is missing at {path}.",
        "Demokorpusen saknas på {path}."),
    "demo.import_failed": (
        "Demo import failed for {path}: {reason}",
        "Demoimporten misslyckades för {path}: {reason}"),
    "demo.unknown": (
        "{file}, line {line}: unknown source or code.",
        "{file}, rad {line}: okänd källa eller kod."),
    "demo.moved": (
        "{file}, line {line}: the text at {start}–{end} of {source} is not the coded passage.",
        "{file}, rad {line}: texten vid {start}–{end} i {source} är inte det kodade stycket."),
    "demo.undo.coding": (
        "Apply demo coding",
        "Använd demokodning"),
})

DEMO_CODER = "demo"


def create_demo(dest: str | Path, progress: Progress | None = None,
                corpus: Path | None = None) -> Project:
    """Import the corpus with its attribute sheet, codebook and coding into a new project at
    ``dest``. The returned project is open, with an empty undo stack."""
    corpus = Path(corpus) if corpus else demo_corpus_dir()
    transcripts = corpus / "transcripts"
    if not transcripts.is_dir():
        raise UserError(msg("demo.missing", path=corpus))
    project = Project.create(dest, name="HTL följeforskning (demo)", coder=DEMO_CODER)
    try:
        options = ImportOptions(attribute_sheet=corpus / "attributes.csv")
        report = project.importer.import_folder(transcripts, options, progress)
        failed = [r for r in report.results if r.status == "error"]
        if failed:
            raise UserError(msg("demo.import_failed", path=failed[0].path,
                                reason=failed[0].message))
        import_codebook(project, corpus / "codebook.csv")
        apply_codings(project, corpus / "codings.csv")
        add_cases(project, corpus / "cases.csv")
        # guardians are cited "(Intervju, vårdnadshavare 3)", staff "(Intervju 3, ledningsgrupp)"
        project.analysis.set_citation_template("Intervju, {Respondentgrupp} {Intervjunummer}",
                                               group="vårdnadshavare")
        project.undo_stack.clear()
    except Exception:
        project.close()
        raise
    return project


def apply_codings(project: Project, codings_csv: Path) -> int:
    """Apply a codings sheet (source, code path, start, end, key_quote, text); each row's text
    must equal the source text at its offsets, so a drifted corpus fails loudly."""
    sources = {s.name: s for s in project.sources.list()}
    codes = project.codebook.codes()
    code_ids = {project.codebook.path(c.id, codes): c.id for c in codes}
    with open(codings_csv, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    texts = project.sources.texts([s.id for s in sources.values()])

    def do(w):
        for n, row in enumerate(rows, 2):
            src = sources.get(row["source"])
            if src is None or row["code"] not in code_ids:
                raise UserError(msg("demo.unknown", file=codings_csv.name, line=n))
            start, end = int(row["start"]), int(row["end"])
            if texts[src.id][start:end] != row["text"]:
                raise UserError(msg("demo.moved", file=codings_csv.name, line=n, start=start,
                                    end=end, source=src.name))
            project.codings.add_in(w, src.id, code_ids[row["code"]], start, end,
                                   src.char_count, key_quote=row["key_quote"] == "1")
        return len(rows)
    return project.mutate(msg("demo.undo.coding"), do).result


def add_cases(project: Project, cases_csv: Path) -> int:
    """One case per respondent (some were interviewed twice) and per family."""
    sources = {s.name: s.id for s in project.sources.list()}
    members: dict[str, list[int]] = {}
    with open(cases_csv, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            members.setdefault(row["case"], []).append(sources[row["source"]])
    for name, source_ids in members.items():
        project.attributes.create_case(name, source_ids)
    return len(members)
