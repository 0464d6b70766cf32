"""Analysis commands: ``matrix`` (codes × attribute values, co-occurrence), ``quotes``,
``report`` (the Word theme report) and ``citation`` (the citation template)."""
from __future__ import annotations

import json
import sys

from .cli import _open, _progress_printer, _replaced_note
from .core.errors import UserError
from .core.messages import catalogue, msg

catalogue({
    "cli.bad_where": (
        "--where needs ATTRIBUTE=VALUE[,VALUE...], not {value!r}.",
        "--where behöver ATTRIBUT=VÄRDE[,VÄRDE...], inte {value!r}."),
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
    "cli.citation_default": (
        "default: {template}",
        "standard: {template}"),
    "cli.example": (
        "e.g. {text}",
        "t.ex. {text}"),
})


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


def add_analysis_parsers(sub) -> None:
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
