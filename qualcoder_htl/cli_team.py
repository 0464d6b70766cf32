"""Team commands: ``copy-for-coder`` makes a coder's copy of the master, ``merge`` brings a
coder's copy (.qhtl or .qdpx) back into it."""
from __future__ import annotations

import json

from .cli import _open, _progress_printer


def cmd_merge(args) -> int:
    from .services.merge import merge

    with _open(args) as project:
        report = merge(project, args.other, dry_run=args.dry_run,
                       progress=_progress_printer(args.quiet))
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
    else:
        print("\n".join(report.lines()))
    return 0


def cmd_copy_for_coder(args) -> int:
    from .services.coder_copy import copy_for_coder

    sources = None
    if args.sources:
        sources = [s.strip() for s in args.sources.split(",") if s.strip()]
    with _open(args) as project:
        report = copy_for_coder(project, args.dest, args.for_coder, sources,
                                with_key=args.with_key, allow_open=args.allow_open,
                                progress=_progress_printer(args.quiet), blind=args.blind)
    print("\n".join(report.lines()))
    return 0


def add_team_parsers(sub) -> None:
    p = sub.add_parser("merge", help="merge a coder's copy (.qhtl or .qdpx) into the master "
                                     "project: one undo step, conflicts listed")
    p.add_argument("project", metavar="MASTER")
    p.add_argument("other", metavar="OTHER", help="the coder's copy: a project file (.qhtl) "
                                                  "or a REFI-QDA project (.qdpx)")
    p.add_argument("--dry-run", action="store_true",
                   help="show what the merge would add and the conflicts; write nothing")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("copy-for-coder", help="a coder's copy of the project (all, listed or "
                                              "assigned sources; without the "
                                              "pseudonymisation key)")
    p.add_argument("project")
    p.add_argument("dest", help="the copy to write (.qhtl)")
    # after the command, --coder names whom the copy is for (before it: who makes the copy)
    p.add_argument("--coder", "--for", dest="for_coder", required=True, metavar="NAME",
                   help="the coder the copy is for (their changes are recorded as NAME)")
    p.add_argument("--sources", metavar="S1,S2", help="only these sources (names or ids; "
                                                       "default: those assigned to the coder, "
                                                       "else all)")
    p.add_argument("--with-key", action="store_true",
                   help="keep the original text and the pseudonymisation key (only for a "
                        "coder allowed to see them)")
    p.add_argument("--blind", action="store_true",
                   help="the coder codes blind in the copy (the others' codings and memos "
                        "hidden)")
    p.add_argument("--allow-open", action="store_true",
                   help="make the copy although pseudonymisation suggestions are still open")
    p.set_defaults(func=cmd_copy_for_coder)
