"""Headless commands. With no subcommand the GUI opens.

Errors a user can meet print one line (``error: ...``) and exit 1; anything unexpected prints
one line pointing at a log file and exits 2 — no traceback reaches the terminal.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import traceback
from pathlib import Path

from . import __version__
from .core.errors import UserError
from .core.jobs import Progress


def _progress_printer(quiet: bool) -> Progress:
    def show(done: int, total: int, label: str) -> None:
        if not quiet and total:
            print(f"[{done}/{total}] {label}", file=sys.stderr, flush=True)
    return Progress(show)


def _open(args):
    from .services import Project
    return Project.open(args.project, coder=args.coder)


def cmd_new(args) -> int:
    from .services import Project
    with Project.create(args.path, name=args.name, coder=args.coder) as p:
        print(f"Created {p.path}")
    return 0


def cmd_import(args) -> int:
    from .importers.speakers import SpeakerOptions
    from .services.importing import ImportOptions, find_importable

    speakers = SpeakerOptions()
    if args.interviewer_labels:
        speakers.interviewer_labels = tuple(x.strip() for x in args.interviewer_labels.split(","))
    if args.respondent_labels:
        speakers.respondent_labels = tuple(x.strip() for x in args.respondent_labels.split(","))
    options = ImportOptions(speakers=speakers, parse_speakers=not args.no_speakers,
                            attribute_sheet=Path(args.sheet) if args.sheet else None,
                            filename_pattern=args.pattern)
    paths: list[Path] = []
    for item in args.files:
        p = Path(item)
        if p.is_dir():
            paths.extend(find_importable(p))
        elif p.exists():
            paths.append(p)
        else:
            raise UserError(f"No file or folder at {p}.")
    with _open(args) as project:
        report = project.importer.import_files(paths, options, _progress_printer(args.quiet))
    for r in report.results:
        line = f"{r.status:9} {r.path}"
        if r.message:
            line += f": {r.message}"
        print(line)
        for warning in r.warnings:
            print(f"          warning: {warning}")
    print(f"{report.count('imported')} imported, {report.count('duplicate')} duplicates, "
          f"{report.count('error')} errors")
    return 1 if report.count("error") and not report.count("imported") else 0


def cmd_info(args) -> int:
    with _open(args) as project:
        info = project.info()
    if args.json:
        print(json.dumps(info, ensure_ascii=False, indent=2))
        return 0
    print(f"{info['name']} ({info['path']})")
    for key in ("sources", "words", "codes", "codings", "cases", "memos", "coders"):
        print(f"  {key:8} {info[key]:>10,}".replace(",", " "))
    for attr, table in info["by_attribute"].items():
        if len(table) > 15 and not args.all:
            print(f"{attr}: {len(table)} different values (--all lists them)")
            continue
        print(f"{attr}:")
        for value, cell in table.items():
            print(f"  {value:34} {cell['sources']:>5} sources {cell['words']:>9} words "
                  f"{cell['codings']:>7} codings")
    return 0


def cmd_codebook(args) -> int:
    from .services.codebook_csv import export_codebook, import_codebook
    with _open(args) as project:
        if args.action == "export":
            n = export_codebook(project, args.file)
            print(f"Exported {n} codes to {args.file}")
        else:
            changes = import_codebook(project, args.file)
            print(f"Imported {args.file}: {changes.result} new codes, "
                  f"{len(changes.ids('codes'))} codes touched")
    return 0


def cmd_search(args) -> int:
    with _open(args) as project:
        hits = project.search.search(args.query, whole_words=not args.substring,
                                     limit=args.limit)
    if args.json:
        print(json.dumps([h.__dict__ for h in hits], ensure_ascii=False, indent=1))
        return 0
    for h in hits:
        left = h.left.replace("\n", " ")[-40:]
        right = h.right.replace("\n", " ")[:40]
        print(f"{h.source_name}:{h.start}\t{left:>40} [{h.match}] {right}")
    print(f"{len(hits)} hits", file=sys.stderr)
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
    print(f"Coded {changes.result} passages with '{code.name}' "
          f"({len(changes.ids('codings'))} codings written)")
    return 0


def cmd_demo(args) -> int:
    from .services.demo import create_demo
    with create_demo(args.dest, _progress_printer(args.quiet)) as project:
        info = project.info()
    print(f"Created the demo project {args.dest}: {info['sources']} sources, "
          f"{info['words']} words, {info['codes']} codes, {info['codings']} codings")
    return 0


def cmd_gui(args) -> int:
    try:
        from .gui.app import run
    except ImportError as e:
        raise UserError(f"The graphical interface cannot start: {e}") from None
    project = args.project if getattr(args, "project", None) else None
    return run(project_path=project, demo=args.demo, coder=args.coder)


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
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("new", help="create an empty project")
    p.add_argument("path", help="project file to create (.qhtl)")
    p.add_argument("--name", help="project name (default: the file name)")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("import", help="import transcripts (files or folders)")
    p.add_argument("project")
    p.add_argument("files", nargs="+", help=".docx, .txt, .odt, .rtf files or folders")
    p.add_argument("--sheet", help="attribute sheet (CSV or XLSX: file name → attributes)")
    p.add_argument("--pattern", help="attributes from file names, e.g. '{Respondentgrupp}_{Intervjunummer}'")
    p.add_argument("--no-speakers", action="store_true", help="do not parse speaker turns")
    p.add_argument("--interviewer-labels", help="comma-separated, default J,I,Int,Intervjuare")
    p.add_argument("--respondent-labels", help="comma-separated, default IP,R,Resp,Respondent")
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

    p = sub.add_parser("gui", help="open the application window")
    p.add_argument("project", nargs="?")
    p.set_defaults(func=cmd_gui)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    try:
        return func(args)
    except UserError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as e:  # unexpected: one line for the user, details in a log file
        if args.debug:
            raise
        log = Path(tempfile.gettempdir()) / "qualcoder-htl-error.log"
        log.write_text(traceback.format_exc(), encoding="utf-8")
        print(f"internal error: {type(e).__name__}: {e} (details in {log})", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
