"""The ``pseudonymise`` command: detect, list, apply, known identifiers, export the key or a
shared copy of a project; or pseudonymise one file without a project."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .cli import _open, _progress_printer
from .core.errors import UserError
from .core.messages import msg


def cmd_pseudonymise(args) -> int:
    if args.file:
        return _pseudonymise_file(args)
    if not args.project or not args.action:
        raise UserError("Give a project and an action (detect, list, apply, export-copy DEST, "
                        "export-key OUT.csv, known-list, known-add TEXT --type TYPE, "
                        "known-import FILE.csv), or --file IN.txt --out OUT.txt.")
    if args.action in ("export-copy", "export-key") and not args.target:
        raise UserError(f"'{args.action}' needs a file to write.")
    if args.action == "known-add" and not (args.target and args.type):
        raise UserError("'known-add' needs the text and --type TYPE (PERSON, SCHOOL, PLACE, "
                        "WORKPLACE, ...).")
    if args.action == "known-import" and not args.target:
        raise UserError("'known-import' needs a CSV file (columns text,type[,variants]).")
    with _open(args) as project:
        ps = project.pseudonymisation
        if args.action == "detect":
            r = ps.detect(_progress_printer(args.quiet), redo=args.redo)
            print(f"Detected in {r.sources} sources: {r.suggestions} new suggestions, "
                  f"{r.decided} decided by earlier decisions"
                  + (" (cancelled)" if r.cancelled else ""))
        elif args.action == "list":
            groups = ps.groups(status="open" if args.open else None)
            if args.json:
                print(json.dumps([{k: v for k, v in g.__dict__.items() if k != "occurrences"}
                                  for g in groups], ensure_ascii=False, indent=1))
                return 0
            for g in groups:
                state = f"{g.open} open, {g.accepted} accepted, {g.rejected} rejected"
                print(f"{g.count:5}  {g.type:12} {g.text} → {g.replacement}  ({state}; "
                      f"{g.sources} sources)")
            summary = ps.summary()
            print(f"{len(groups)} forms; {summary['open']} open suggestions in "
                  f"{summary['sources']} sources ({summary['reviewed']} reviewed)",
                  file=sys.stderr)
        elif args.action == "apply":
            with project.batch(msg("pseudo.undo.apply")):  # one step, all or nothing
                if args.accept_open:
                    for g in ps.groups(status="open"):
                        first = next(o for o in g.occurrences if o.status == "open")
                        ps.decide_all(first.id, True)
                r = ps.apply(_progress_printer(args.quiet))
            print(f"Applied: {r['detected_sources']} sources detected, {r['decided']} "
                  f"occurrences decided by standing decisions; "
                  f"{ps.summary()['open']} suggestions still open")
        elif args.action == "export-copy":
            r = ps.export_copy(Path(args.target), _progress_printer(args.quiet),
                               allow_open=args.allow_open)
            print(f"Wrote a pseudonymised copy to {r.path}: {r.sources} sources, "
                  f"{r.replacements} replacements, {r.codings} codings moved, "
                  f"{r.metadata_replaced} names, values or memos written in pseudonymised "
                  f"form; the key is not in it")
        elif args.action == "export-key":
            n = ps.export_key(Path(args.target))
            print(f"Wrote the key ({n} originals) to {args.target}: keep it apart from what "
                  f"you share")
        elif args.action == "known-list":
            rows = ps.known()
            if args.json:
                print(json.dumps([{"id": r["id"], "text": r["text"], "type": r["type"],
                                   "variants": [v for v in r["variants"].split("\n") if v],
                                   "note": r["note"]} for r in rows],
                                 ensure_ascii=False, indent=1))
                return 0
            for r in rows:
                variants = ", ".join(v for v in r["variants"].split("\n") if v)
                print(f"{r['id']:5}  {r['type']:12} {r['text']}"
                      + (f"  ({variants})" if variants else ""))
            print(f"{len(rows)} known identifiers", file=sys.stderr)
        elif args.action == "known-add":
            variants = [v for v in (args.variants or "").split("|") if v.strip()]
            ps.add_known(args.target, args.type.upper(), variants)
            print(f"Added the known {args.type.lower()} {' '.join(args.target.split())!r}")
        elif args.action == "known-import":
            r = ps.import_known(Path(args.target)).result
            print(f"Imported {r['added']} known identifiers from {args.target}"
                  + (f" ({r['skipped']} already known)" if r["skipped"] else ""))
    return 0


def _pseudonymise_file(args) -> int:
    from collections import Counter

    from .importers.readers import read_file
    from .pseudonymise.detector import Detector
    from .pseudonymise.offsets import Replacement, apply
    from .pseudonymise.replace import KeyBook, Policy

    if not args.out:
        raise UserError("--file needs --out OUT.txt.")
    text = read_file(Path(args.file)).text
    found = Detector().detect(text)
    book = KeyBook(salt=args.file)
    policy = Policy(default=args.policy)
    reps = [Replacement(s.start, s.end, book.replacement(s.text, s.type, policy), s.type,
                        s.text) for s in found]
    new_text, _ = apply(text, reps)
    from .services.export_guard import write_guarded
    write_guarded(Path(args.out), lambda tmp: tmp.write_text(new_text, encoding="utf-8"),
                  None, "")
    counts = Counter(r.type for r in reps)
    print(f"Wrote {args.out}: {len(reps)} identifiers replaced "
          f"({', '.join(f'{t} {n}' for t, n in counts.most_common())}). Detection is not "
          f"perfect: read the result before you share it.", file=sys.stderr)
    if args.key:
        import csv

        def write_key(tmp: Path) -> None:
            with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
                out = csv.writer(f)
                out.writerow(("start", "end", "type", "original", "replacement"))
                out.writerows((r.start, r.end, r.type, r.original, r.new) for r in reps)
        write_guarded(Path(args.key), write_key, None, "")  # the key: no guard
    return 0


def add_pseudonymise_parser(sub) -> None:
    p = sub.add_parser("pseudonymise", help="detect, review and apply pseudonyms; share a "
                                            "pseudonymised copy; or pseudonymise one file")
    p.add_argument("project", nargs="?", help="the project (not with --file)")
    p.add_argument("action", nargs="?",
                   choices=("detect", "list", "apply", "export-copy", "export-key",
                            "known-list", "known-add", "known-import"))
    p.add_argument("target", nargs="?", help="DEST.qhtl for export-copy, OUT.csv for export-key, "
                                             "the TEXT for known-add, FILE.csv for known-import "
                                             "(columns text,type[,variants])")
    p.add_argument("--file", metavar="IN", help="pseudonymise one file (.txt, .docx, ...) "
                                                "without a project")
    p.add_argument("--out", metavar="OUT.txt", help="where --file writes the result")
    p.add_argument("--key", metavar="KEY.csv", help="with --file: also write what was replaced")
    p.add_argument("--policy", choices=("label", "code", "initials", "pseudonym"),
                   default="label", help="with --file: replacement (default: bracketed labels)")
    p.add_argument("--redo", action="store_true", help="detect: run on every source again")
    p.add_argument("--open", action="store_true", help="list: only forms with open suggestions")
    p.add_argument("--type", metavar="TYPE", help="known-add: PERSON, SCHOOL, PLACE, "
                                                  "WORKPLACE, ...")
    p.add_argument("--variants", metavar="A|B", help="known-add: other spellings, separated "
                                                     "by |")
    p.add_argument("--json", action="store_true")
    p.add_argument("--accept-open", action="store_true",
                   help="apply: accept every open suggestion first (no review!)")
    p.add_argument("--allow-open", action="store_true",
                   help="export-copy: even with open suggestions")
    p.set_defaults(func=cmd_pseudonymise)
