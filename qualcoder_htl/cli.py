"""Headless commands (``agreement`` and ``pseudonymise`` in their own modules). With no
subcommand the GUI opens.

Errors a user can meet print one line (``error: ...``) and exit 1; anything unexpected prints
one line pointing at a log file and exits 2 — no traceback reaches the terminal.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .core.errorlog import internal_error_line, known_failure, write_error_log
from .core.errors import UserError
from .core.jobs import Progress
from .core.messages import catalogue, language_from_environment, msg, set_language

catalogue({
    # the prefix stays "error:" in every language: scripts read the one-line contract
    "cli.error": (
        "error: {error}",
        "error: {error}"),
    "cli.created": (
        "Created {path}",
        "Skapade {path}"),
    "cli.refi_alone": (
        "Import .qdpx/.qdc files on their own, not together with transcripts.",
        "Importera .qdpx/.qdc-filer för sig, inte tillsammans med transkript."),
    "cli.no_path": (
        "No file or folder at {path}.",
        "Ingen fil eller mapp finns på {path}."),
    "cli.status.imported": (
        "imported",
        "importerad"),
    "cli.status.duplicate": (
        "duplicate",
        "dubblett"),
    "cli.status.error": (
        "error",
        "fel"),
    "cli.status.skipped": (
        "skipped",
        "hoppad"),
    "cli.note": (
        "note: {note}",
        "obs: {note}"),
    "cli.warning": (
        "warning: {warning}",
        "varning: {warning}"),
    "cli.import_summary": (
        "{imported} imported, {duplicates} duplicates, {errors} errors",
        "{imported} importerade, {duplicates} dubbletter, {errors} fel"),
    "cli.info.sources": (
        "sources",
        "källor"),
    "cli.info.words": (
        "words",
        "ord"),
    "cli.info.codes": (
        "codes",
        "koder"),
    "cli.info.codings": (
        "codings",
        "kodningar"),
    "cli.info.cases": (
        "cases",
        "fall"),
    "cli.info.memos": (
        "memos",
        "memon"),
    "cli.info.coders": (
        "coders",
        "kodare"),
    "cli.many_values": (
        "{name}: {n} different values (--all lists them)",
        "{name}: {n} olika värden (--all listar dem)"),
    "cli.value_counts": (
        "{sources:>5} sources {words:>9} words {codings:>7} codings",
        "{sources:>5} källor {words:>9} ord {codings:>7} kodningar"),
    "cli.codebook_exported": (
        ("Exported {n} code to {path}",
         "Exported {n} codes to {path}"),
        ("Exporterade {n} kod till {path}",
         "Exporterade {n} koder till {path}")),
    "cli.codebook_imported": (
        ("Imported {path}: {n} new code, {touched} codes touched",
         "Imported {path}: {n} new codes, {touched} codes touched"),
        ("Importerade {path}: {n} ny kod, {touched} koder berörda",
         "Importerade {path}: {n} nya koder, {touched} koder berörda")),
    "cli.hits": (
        ("{n} hit",
         "{n} hits"),
        ("{n} träff",
         "{n} träffar")),
    "cli.autocoded": (
        ("Coded {n} passage with '{name}' ({written} codings written)",
         "Coded {n} passages with '{name}' ({written} codings written)"),
        ("Kodade {n} stycke med '{name}' ({written} kodningar skrivna)",
         "Kodade {n} stycken med '{name}' ({written} kodningar skrivna)")),
    "cli.demo_created": (
        "Created the demo project {path}: {sources} sources, {words} words, {codes} codes, "
        "{codings} codings",
        "Skapade demoprojektet {path}: {sources} källor, {words} ord, {codes} koder, {codings} "
        "kodningar"),
    "cli.no_gui": (
        "The graphical interface cannot start: {reason}",
        "Det grafiska gränssnittet kan inte starta: {reason}"),
    "cli.bad_where": (
        "--where needs ATTRIBUTE=VALUE[,VALUE...], not {value!r}.",
        "--where behöver ATTRIBUT=VÄRDE[,VÄRDE...], inte {value!r}."),
    "cli.wrote": (
        "Wrote {path}",
        "Skrev {path}"),
    "cli.wrote_quotes": (
        ("Wrote {path}: {n} quote",
         "Wrote {path}: {n} quotes"),
        ("Skrev {path}: {n} citat",
         "Skrev {path}: {n} citat")),
    "cli.quotes_of": (
        ("{code} ({n} quote)",
         "{code} ({n} quotes)"),
        ("{code} ({n} citat)",
         "{code} ({n} citat)")),
    "cli.replaced_note": (
        ("({n} title, name or value written in pseudonymised form)",
         "({n} titles, names or values written in pseudonymised form)"),
        ("({n} titel, namn eller värde skrivet i pseudonymiserad form)",
         "({n} titlar, namn eller värden skrivna i pseudonymiserad form)")),
    "cli.citation_default": (
        "default: {template}",
        "standard: {template}"),
    "cli.example": (
        "e.g. {text}",
        "t.ex. {text}"),
})


def _progress_printer(quiet: bool) -> Progress:
    def show(done: int, total: int, label: str) -> None:
        if not quiet and total:
            print(f"[{done}/{total}] {label}", file=sys.stderr, flush=True)  # label: rendered
    return Progress(show)


def _open(args, reading: bool = False):
    """Open the project (holding its lock). A command that only reads falls back to a
    read-only open while the project is open elsewhere (the app holds the lock); a command
    that writes says who has it."""
    from .core.errors import ProjectLockedError
    from .services import Project
    try:
        return Project.open(args.project, coder=args.coder)
    except ProjectLockedError:
        if not reading:
            raise
        return Project.open(args.project, coder=args.coder, read_only=True)


def cmd_new(args) -> int:
    from .services import Project
    passphrase = None
    if args.encrypt:
        from .cli_encryption import new_passphrase
        passphrase = new_passphrase(Path(args.path))
    with Project.create(args.path, name=args.name, coder=args.coder,
                        passphrase=passphrase) as p:
        print(msg("cli.created", path=p.location))
        if passphrase is not None:
            from .cli_encryption import print_recovery_key
            from .services.encryption import recovery_key
            print_recovery_key(recovery_key(p))
    return 0


def cmd_import(args) -> int:
    refi = [f for f in args.files if Path(f).suffix.lower() in REFI_SUFFIXES]
    if refi:
        if len(refi) != len(args.files):
            raise UserError(msg("cli.refi_alone"))
        return _import_refi(args, refi)
    from .importers.speakers import SpeakerOptions
    from .services.importing import ImportOptions, find_importable

    labels = {}
    if args.interviewer_labels:
        labels["interviewer_labels"] = tuple(x.strip() for x in args.interviewer_labels.split(","))
    if args.respondent_labels:
        labels["respondent_labels"] = tuple(x.strip() for x in args.respondent_labels.split(","))
    speakers = SpeakerOptions(**labels)
    options = ImportOptions(speakers=speakers, parse_speakers=not args.no_speakers,
                            attribute_sheet=Path(args.sheet) if args.sheet else None,
                            filename_pattern=args.pattern, kind=args.kind)
    paths: list[Path] = []
    for item in args.files:
        p = Path(item)
        if p.is_dir():
            paths.extend(find_importable(p))
        elif p.exists():
            paths.append(p)
        else:
            raise UserError(msg("cli.no_path", path=p))
    with _open(args) as project:
        report = project.importer.import_files(paths, options, _progress_printer(args.quiet))
    for r in report.results:
        line = f"{str(msg('cli.status.' + r.status)):9} {r.path}"
        if r.message:
            line += f": {r.message}"
        print(line)
        for warning in r.warnings:
            print("          " + str(msg("cli.warning", warning=warning)))
    for note in report.notes:
        print(msg("cli.note", note=note))
    print(msg("cli.import_summary", imported=report.count("imported"),
              duplicates=report.count("duplicate"), errors=report.count("error")))
    return 1 if report.count("error") and not report.count("imported") else 0


def cmd_info(args) -> int:
    with _open(args, reading=True) as project:
        info = project.info()
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(f"{info['name']} ({info['path']})")
    for key in ("sources", "words", "codes", "codings", "cases", "memos", "coders"):
        print(f"  {str(msg('cli.info.' + key)):8} {info[key]:>10,}".replace(",", " "))
    for attr, table in info["by_attribute"].items():
        if len(table) > 15 and not args.all:
            print(msg("cli.many_values", name=attr, n=len(table)))
            continue
        print(f"{attr}:")
        for value, cell in table.items():
            print(f"  {value:34} " + str(msg("cli.value_counts", sources=cell["sources"],
                                                  words=cell["words"],
                                                  codings=cell["codings"])))
    return 0


def cmd_codebook(args) -> int:
    from .services.codebook_csv import export_codebook, import_codebook
    with _open(args, reading=args.action == "export") as project:
        if args.action == "export":
            n = export_codebook(project, args.file)
            print(msg("cli.codebook_exported", n=n, path=args.file))
        else:
            changes = import_codebook(project, args.file)
            print(msg("cli.codebook_imported", path=args.file, n=changes.result,
                      touched=len(changes.ids("codes"))))
    return 0


def cmd_search(args) -> int:
    with _open(args, reading=True) as project:
        hits = project.search.search(args.query, whole_words=not args.substring,
                                     limit=args.limit)
    if args.json:
        print(json.dumps([h.__dict__ for h in hits], ensure_ascii=False, indent=1))
        return 0
    for h in hits:
        left = h.left.replace("\n", " ")[-40:]
        right = h.right.replace("\n", " ")[:40]
        print(f"{h.source_name}:{h.start}\t{left:>40} [{h.match}] {right}")
    print(msg("cli.hits", n=len(hits)), file=sys.stderr)
    return 0


def cmd_autocode(args) -> int:
    with _open(args) as project:
        try:
            code = project.codebook.find(args.code)
        except UserError:
            if not args.create:
                raise
            code = project.codebook.get(project.codebook.create(args.code).result)
        if args.speaker:
            changes = project.search.autocode_speaker(args.speaker, code.id)
        else:
            changes = project.search.autocode(args.query, code.id, extent=args.extent,
                                              whole_words=not args.substring)
    print(msg("cli.autocoded", n=changes.result, name=code.name,
              written=len(changes.ids("codings"))))
    return 0


def cmd_demo(args) -> int:
    from .services.demo import create_demo
    with create_demo(args.dest, _progress_printer(args.quiet)) as project:
        info = project.info()
    print(msg("cli.demo_created", path=args.dest, sources=info["sources"],
              words=info["words"], codes=info["codes"], codings=info["codings"]))
    return 0


def cmd_gui(args) -> int:
    try:
        from .gui.app import run
    except ImportError as e:
        raise UserError(msg("cli.no_gui", reason=str(e))) from None
    project = args.project if getattr(args, "project", None) else None
    return run(project_path=project, demo=args.demo, coder=args.coder)


def cmd_smoke_test(args) -> int:
    """Hidden: start the app offscreen, time it, make and open the demo project, quit; exit 1
    if anything the app needs is missing (run on the frozen build: tests/test_frozen_app.py)."""
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from .gui.smoke import run_smoke_test
    except ImportError as e:
        print(f"FAIL the graphical interface does not import: {e}", flush=True)
        return 1
    return run_smoke_test(workdir=args.workdir, project=args.project,
                          screenshots=Path(args.screenshots) if args.screenshots else None)


REFI_SUFFIXES = (".qdpx", ".qdc")


def _import_refi(args, files: list[str]) -> int:
    """REFI-QDA files (NVivo, ATLAS.ti, MAXQDA, QualCoder): merged into PROJECT, or a new
    project made from the first file when PROJECT does not exist yet."""
    from .services import Project
    from .services.refi import RefiImportOptions
    from .services.refi_import import import_into_new_project, import_refi

    options = RefiImportOptions(match_codes_by=args.match_codes,
                                missing_sources="skip" if args.skip_missing else "auto",
                                parse_speakers=not args.no_speakers)
    for f in files:
        if not Path(f).is_file():
            raise UserError(msg("error.no_file", path=f))
    progress = _progress_printer(args.quiet)
    reports = []
    from .services.server import is_server_url
    if is_server_url(args.project) or Path(args.project).exists():
        project = Project.open(args.project, coder=args.coder)
    else:
        project, report = import_into_new_project(files[0], args.project, options, progress,
                                                  coder=args.coder)
        print(msg("cli.created", path=project.path))
        reports.append(report)
        files = files[1:]
    with project:
        for f in files:
            reports.append(import_refi(project, f, options, progress))
    for report in reports:
        for line in report.lines():
            print(line)
    return 0


def cmd_export(args) -> int:
    """REFI-QDA exchange files: the whole project (.qdpx) or the codebook alone (.qdc)."""
    from .services.refi_export import export_qdc, export_qdpx

    with _open(args, reading=True) as project:
        if args.qdc:
            report = export_qdc(project, args.qdc, _progress_printer(args.quiet))
        else:
            shared = False if args.original_text else None
            report = export_qdpx(project, args.qdpx, _progress_printer(args.quiet), shared)
    for line in report.lines():
        print(line)
    return 0


def _filters(args):
    from .services.analysis_scope import Filters

    values: dict[str, list[str]] = {}
    for item in getattr(args, "where", None) or []:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UserError(msg("cli.bad_where", value=item))
        values.setdefault(name.strip(), []).extend(v.strip() for v in value.split(","))
    return Filters(coders=tuple(getattr(args, "coded_by", None) or ()),
                   values={k: tuple(v) for k, v in values.items()})


def cmd_matrix(args) -> int:
    from .exporters.tabular import to_dict, to_text

    with _open(args, reading=True) as project:
        a = project.analysis
        if args.cooccurrence:
            matrix = a.cooccurrence(args.codes, mode=args.cooccurrence, filters=_filters(args),
                                    rollup=args.rollup, language=args.language)
        else:
            matrix = a.matrix(args.codes, columns=args.by, measure=args.measure,
                              filters=_filters(args), rollup=args.rollup,
                              language=args.language)
        for out in (args.csv, args.xlsx, args.docx):
            if out:
                path = a.export_matrix(matrix, out, heat=not args.no_heat,
                                       language=args.language)
                print(str(msg("cli.wrote", path=path)) + _replaced_note(path), file=sys.stderr)
    if args.json:
        print(json.dumps(to_dict(matrix, args.language), ensure_ascii=False, indent=1))
    elif not (args.csv or args.xlsx or args.docx):
        print(to_text(matrix, args.language))
    return 0


def cmd_quotes(args) -> int:
    context = int(args.context) if args.context and args.context.isdigit() else args.context
    with _open(args, reading=True) as project:
        extract = project.analysis.quotes(
            args.code, by=args.by, include_children=not args.no_children,
            filters=_filters(args), context=context, key_only=args.key_only,
            language=args.language)
        if args.docx:
            path = project.analysis.export_quotes(extract, args.docx, language=args.language,
                                                  progress=_progress_printer(args.quiet))
            print(str(msg("cli.wrote_quotes", path=path, n=len(extract.quotes)))
                  + _replaced_note(path), file=sys.stderr)
            return 0
    if args.json:
        print(json.dumps([q.__dict__ for q in extract.quotes], ensure_ascii=False, indent=1))
        return 0
    print(msg("cli.quotes_of", code=extract.code_path, n=len(extract.quotes)))
    for group in extract.groups:
        print(f"\n== {group.label} ({len(group.quotes)})")
        for q in group.quotes:
            star = "* " if q.is_key_quote else "  "
            # a quote never starts with its speaker label (the citation says who spoke)
            text = " ".join(f"{q.context_before} {q.text} {q.context_after}".split())
            print(f"{star}{text} {q.citation}")
    return 0


def cmd_report(args) -> int:
    context = int(args.context) if args.context and args.context.isdigit() else args.context
    with _open(args, reading=True) as project:
        path = project.analysis.export_report(
            args.out, by=args.by, language=args.language, filters=_filters(args),
            context=context, key_only=args.key_only, max_quotes=args.max_quotes,
            speaker=args.speaker, progress=_progress_printer(args.quiet),
            material=args.material)
    print(str(msg("cli.wrote", path=path)) + _replaced_note(path))
    return 0


def _replaced_note(path) -> str:
    n = getattr(path, "metadata_replaced", 0)
    return " " + str(msg("cli.replaced_note", n=n)) if n else ""


def cmd_citation(args) -> int:
    with _open(args, reading=args.set is None) as project:
        if args.set is not None:
            project.analysis.set_citation_template(args.set, group=args.group)
        style = project.analysis.citation_style()
        examples = project.analysis.citations()
    print(msg("cli.citation_default", template=style.default))
    for group, template in style.overrides.items():
        print(f"{group}: {template}")
    for cite in list(dict.fromkeys(examples.values()))[:5]:
        print("  " + str(msg("cli.example", text=cite)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qualcoder-htl",
        description="Code and pseudonymise Swedish interview transcripts. "
                    "With no command, the application window opens.")
    parser.add_argument("--version", action="version", version=f"qualcoder-htl {__version__}")
    parser.add_argument("--coder", help="coder name recorded with your changes "
                                        "(default: your login name)")
    parser.add_argument("--demo", action="store_true",
                        help="open the window on a fresh copy of the demo project")
    parser.add_argument("--recovery-key", metavar="KEY",
                        help="open encrypted projects with this recovery key instead of the "
                             "passphrase")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("new", help="create an empty project")
    p.add_argument("path", help="project file to create (.qhtl)")
    p.add_argument("--name", help="project name (default: the file name)")
    p.add_argument("--encrypt", action="store_true",
                   help="encrypt the new project with a passphrase (asked, or QHTL_PASSPHRASE)")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("import", help="import transcripts (files or folders), or REFI-QDA "
                                      ".qdpx/.qdc files (a new project if PROJECT is missing)")
    p.add_argument("project")
    p.add_argument("files", nargs="+", help=".docx, .txt, .odt, .rtf files or folders; "
                                            "or .qdpx/.qdc files")
    p.add_argument("--sheet", help="attribute sheet (CSV or XLSX: file name → attributes)")
    p.add_argument("--pattern", help="attributes from file names, "
                                     "e.g. '{Respondentgrupp}_{Intervjunummer}'")
    p.add_argument("--no-speakers", action="store_true", help="do not parse speaker turns")
    p.add_argument("--kind", help="what the files are when not interviews, e.g. "
                   "'deltagande observation' (field notes) or 'dokument'; stored as the "
                   "source attribute Materialtyp")
    p.add_argument("--interviewer-labels", help="comma-separated, default J,I,Int,Intervjuare")
    p.add_argument("--respondent-labels", help="comma-separated, default IP,R,Resp,Respondent")
    p.add_argument("--match-codes", choices=("name", "guid"), default="name",
                   help=".qdpx/.qdc: a code in the file is the project's code with the same "
                        "name (path in the tree) or the same GUID (default: name)")
    p.add_argument("--skip-missing", action="store_true",
                   help=".qdpx: skip sources whose text file is missing instead of stopping")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("info", help="counts of sources, words, codes, codings")
    p.add_argument("project")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="list every value of every attribute")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("codebook", help="import or export the codebook as CSV")
    p.add_argument("project")
    p.add_argument("action", choices=("import", "export"))
    p.add_argument("file")
    p.set_defaults(func=cmd_codebook)

    p = sub.add_parser("search", help="full-text search with keyword in context")
    p.add_argument("project")
    p.add_argument("query", help='words as a phrase; barn* for any ending; "a OR b"')
    p.add_argument("--substring", action="store_true", help="match inside words too")
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("autocode", help="code all hits of a search or all turns of a speaker")
    p.add_argument("project")
    p.add_argument("--code", required=True, help="code name or path ('Parent / Child')")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--query")
    group.add_argument("--speaker")
    p.add_argument("--extent", choices=("hit", "paragraph"), default="hit")
    p.add_argument("--substring", action="store_true")
    p.add_argument("--create", action="store_true", help="create the code if it is missing")
    p.set_defaults(func=cmd_autocode)

    p = sub.add_parser("demo", help="create the demo project (fictional corpus, coded)")
    p.add_argument("dest", help="project file to create (.qhtl)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("export", help="export a REFI-QDA project (.qdpx) or codebook (.qdc) "
                                      "for NVivo, ATLAS.ti, MAXQDA, QualCoder")
    p.add_argument("project")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--qdpx", metavar="OUT", help="the project: sources, codes, codings, "
                                                     "attributes, cases, memos")
    group.add_argument("--qdc", metavar="OUT", help="the codebook alone")
    p.add_argument("--original-text", action="store_true",
                   help="export the stored text and original Word files even when the project "
                        "is pseudonymised (never for sharing)")
    p.set_defaults(func=cmd_export)

    def analysis_options(p) -> None:
        p.add_argument("--where", action="append", metavar="ATTRIBUTE=VALUE[,VALUE]",
                       help="only sources with these values (repeatable)")
        p.add_argument("--coded-by", action="append", metavar="CODER",
                       help="only codings by this coder (repeatable)")
        p.add_argument("--language", choices=("sv", "en"), default="sv",
                       help="labels in exports (default: sv)")

    p = sub.add_parser("matrix", help="codes × attribute values (or sources, cases) as a "
                                      "table, CSV, XLSX, Word or JSON")
    p.add_argument("project")
    p.add_argument("--by", default="org_level",
                   help="attribute name or role, 'sources' or 'cases' (default: org_level)")
    p.add_argument("--measure", default="segments",
                   choices=("segments", "sources", "cases", "share", "words"))
    p.add_argument("--codes", nargs="+", metavar="CODE", help="only these codes as rows")
    p.add_argument("--no-rollup", dest="rollup", action="store_false",
                   help="parent rows count only their own codings")
    p.add_argument("--cooccurrence", choices=("overlap", "turn"),
                   help="code × code co-occurrence instead of --by")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--csv", metavar="OUT")
    out.add_argument("--xlsx", metavar="OUT")
    out.add_argument("--docx", metavar="OUT")
    out.add_argument("--json", action="store_true", help="print the matrix as JSON")
    p.add_argument("--no-heat", action="store_true", help="no heat shading (XLSX, Word)")
    analysis_options(p)
    p.set_defaults(func=cmd_matrix, rollup=True)

    p = sub.add_parser("quotes", help="quotes of a code (and its children) by attribute value")
    p.add_argument("project")
    p.add_argument("--code", required=True, help="code name or path ('Parent / Child')")
    p.add_argument("--by", default="org_level", help="attribute to group by (default: org_level)")
    p.add_argument("--context", help="'turn' or a number of characters around each quote")
    p.add_argument("--key-only", action="store_true", help="only key quotes")
    p.add_argument("--no-children", action="store_true", help="leave out the subcodes' quotes")
    p.add_argument("--docx", metavar="OUT", help="write a Word quote extract")
    p.add_argument("--json", action="store_true")
    analysis_options(p)
    p.set_defaults(func=cmd_quotes)

    p = sub.add_parser("report", help="theme report as Word: material, matrix, quotes by level")
    p.add_argument("project")
    p.add_argument("--out", required=True, help="the .docx to write")
    p.add_argument("--by", default="org_level", help="attribute to group by (default: org_level)")
    p.add_argument("--max-quotes", type=int, help="at most N quotes per theme and group "
                                                  "(key quotes first)")
    p.add_argument("--key-only", action="store_true", help="only key quotes")
    p.add_argument("--context", help="'turn' or a number of characters around each quote")
    p.add_argument("--speaker", choices=("always", "exchanges", "never"), default="exchanges",
                   help="when to print a quote's speaker label (default: exchanges)")
    p.add_argument("--material", choices=("auto", "overview", "plain"), default="auto",
                   help="material table: by kind, group, round and period (overview), sources "
                        "per group and round (plain), or overview when sources have dates "
                        "(auto, the default)")
    analysis_options(p)
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("citation", help="show or set the citation template")
    p.add_argument("project")
    p.add_argument("--set", metavar="TEMPLATE",
                   help="e.g. 'Intervju {Intervjunummer}, {Respondentgrupp}'")
    p.add_argument("--group", help="the template applies to this respondent group only")
    p.set_defaults(func=cmd_citation)

    from .cli_pseudonymise import add_pseudonymise_parser
    add_pseudonymise_parser(sub)
    from .cli_agreement import add_agreement_parser
    add_agreement_parser(sub)
    from .cli_export_log import add_export_log_parsers
    add_export_log_parsers(sub)
    from .cli_key_file import add_key_file_parsers
    add_key_file_parsers(sub)
    from .cli_team import add_team_parsers
    add_team_parsers(sub)
    from .cli_server import add_server_parsers
    add_server_parsers(sub)
    from .cli_encryption import add_encryption_parsers
    add_encryption_parsers(sub)

    p = sub.add_parser("smoke-test")  # hidden (no help): checks an installed build
    p.add_argument("--workdir", help="folder for the demo project and exports (default: temp)")
    p.add_argument("--project", help="only time start-up with this project open")
    p.add_argument("--screenshots", metavar="DIR", help="save the window as PNG here")
    p.set_defaults(func=cmd_smoke_test)

    p = sub.add_parser("gui", help="open the application window")
    p.add_argument("project", nargs="?")
    p.set_defaults(func=cmd_gui)
    from .cli_help import translate_parser
    translate_parser(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .core import atomic

    set_language(language_from_environment())
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    atomic.clean_stale()  # working files a killed run left behind
    from .cli_encryption import install_passphrase_prompt
    install_passphrase_prompt(args)
    if func is not cmd_gui:
        atomic.install_signal_cleanup()
    try:
        return func(args)
    except UserError as e:
        print(msg("cli.error", error=e), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(msg("failure.interrupted"), file=sys.stderr)
        return 130
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, no user text
        if args.debug:
            raise
        return _report_failure(e, getattr(args, "project", None) or getattr(args, "path", None))


def _report_failure(e: Exception, project: str | None = None) -> int:
    """A disk or database failure the user can act on: one translated ``error:`` line (exit 1).
    Anything else: ``internal error: <type>`` and a private, redacted log (exit 2)."""
    known = known_failure(e, project)
    if known is not None:
        print(msg("cli.error", error=known), file=sys.stderr)
        return 1
    log = write_error_log(type(e), e, e.__traceback__,
                          header=f"qualcoder-htl {__version__}, command line\n")
    print(internal_error_line(e, log), file=sys.stderr)
    return 2

if __name__ == "__main__":
    sys.exit(main())
