"""The ``agreement`` command: intercoder agreement of two or more coders, as a table, JSON,
Word or XLSX."""
from __future__ import annotations

import json
import sys

from .cli import _open, _replaced_note
from .core.messages import msg


def _split(value: str | None) -> list[str] | None:
    if not value:
        return None
    return [x.strip() for x in value.split(",") if x.strip()]


def _ids_or_names(values: list[str] | None) -> list[int | str] | None:
    return None if values is None else [int(v) if v.isdigit() else v for v in values]


def cmd_agreement(args) -> int:
    from .exporters.agreement import to_dict, to_text

    with _open(args, reading=True) as project:
        table = project.agreement.table(
            _split(args.coders), sources=_ids_or_names(_split(args.sources)),
            codes=_split(args.codes), include_uncoded=args.include_uncoded)
        for out in (args.docx, args.xlsx):
            if out:
                path = project.agreement.export(table, out, language=args.language)
                print(str(msg("cli.wrote", path=path)) + _replaced_note(path), file=sys.stderr)
    if args.json:
        print(json.dumps(to_dict(table, args.language), ensure_ascii=False, indent=1))
    elif not (args.docx or args.xlsx):
        print(to_text(table, args.language, readings=not args.brief))
    return 0


def add_agreement_parser(sub) -> None:
    p = sub.add_parser("agreement", help="intercoder agreement (percentage, Cohen's kappa, "
                                         "Krippendorff's alpha, cu-alpha) of two or more coders")
    p.add_argument("project")
    p.add_argument("--coders", required=True, metavar="A,B[,C...]",
                   help="the coders to compare, comma-separated names")
    p.add_argument("--sources", metavar="S1,S2", help="only these sources (names or ids; "
                                                       "default: every source a coder coded)")
    p.add_argument("--codes", metavar="C1,C2", help="only these codes (names or paths "
                                                     "'Parent / Child'; default: all)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--include-uncoded", dest="include_uncoded", action="store_true",
                       help="count text no coder coded (it inflates agreement)")
    group.add_argument("--exclude-uncoded", dest="include_uncoded", action="store_false",
                       help="leave out text no coder coded (the default)")
    p.add_argument("--docx", metavar="OUT", help="write the table as Word")
    p.add_argument("--xlsx", metavar="OUT", help="write the table as XLSX")
    p.add_argument("--json", action="store_true", help="print the table as JSON")
    p.add_argument("--brief", action="store_true", help="the figures without their readings")
    p.add_argument("--language", choices=("sv", "en"), default="sv",
                   help="labels and readings (default: sv)")
    p.set_defaults(func=cmd_agreement, include_uncoded=False)
