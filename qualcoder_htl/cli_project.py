"""Project commands: ``new``, ``import`` (transcripts, or REFI-QDA .qdpx/.qdc files),
``info``, ``codebook`` (CSV), ``search``, ``autocode``, ``demo`` and ``export`` (REFI-QDA)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .cli import _open, _progress_printer
from .core.errors import UserError
from .core.messages import catalogue, msg

catalogue({
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
})


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


def add_project_parsers(sub) -> None:
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
