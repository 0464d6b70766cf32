"""The ``pseudonymise`` command: detect, list, apply, known identifiers, export the key or a
shared copy of a project; or pseudonymise one file without a project."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from .cli import _open, _progress_printer
from .core.errors import UserError
from .core.messages import catalogue, msg

catalogue({
    "cli_pseudo.usage": (
        "Give a project and an action (detect, list, apply, export-copy DEST, export-key "
        "OUT.csv, known-list, known-add TEXT --type TYPE, known-import FILE.csv), or --file "
        "IN.txt --out OUT.txt.",
        "Ange ett projekt och en åtgärd (detect, list, apply, export-copy MÅL, export-key "
        "UT.csv, known-list, known-add TEXT --type TYP, known-import FIL.csv), eller --file "
        "IN.txt --out UT.txt."),
    "cli_pseudo.needs_file": (
        "'{action}' needs a file to write.",
        "'{action}' behöver en fil att skriva."),
    "cli_pseudo.known_add_usage": (
        "'known-add' needs the text and --type TYPE (PERSON, SCHOOL, PLACE, WORKPLACE, ...).",
        "'known-add' behöver texten och --type TYP (PERSON, SCHOOL, PLACE, WORKPLACE, ...)."),
    "cli_pseudo.known_import_usage": (
        "'known-import' needs a CSV file (columns text,type[,variants]).",
        "'known-import' behöver en CSV-fil (kolumner text,type[,variants])."),
    "cli_pseudo.detected": (
        ("Detected in {n} source: {suggestions} new suggestions, {decided} decided by earlier "
         "decisions",
         "Detected in {n} sources: {suggestions} new suggestions, {decided} decided by earlier "
         "decisions"),
        ("Sökte i {n} källa: {suggestions} nya förslag, {decided} avgjorda av tidigare beslut",
         "Sökte i {n} källor: {suggestions} nya förslag, {decided} avgjorda av tidigare beslut")),
    "cli_pseudo.cancelled": (
        "(cancelled)",
        "(avbrutet)"),
    "cli_pseudo.state": (
        ("{open} open, {accepted} accepted, {rejected} rejected; {n} source",
         "{open} open, {accepted} accepted, {rejected} rejected; {n} sources"),
        ("{open} öppna, {accepted} godtagna, {rejected} avvisade; {n} källa",
         "{open} öppna, {accepted} godtagna, {rejected} avvisade; {n} källor")),
    "cli_pseudo.list_summary": (
        ("{forms} forms; {open} open suggestions in {n} source ({reviewed} reviewed)",
         "{forms} forms; {open} open suggestions in {n} sources ({reviewed} reviewed)"),
        ("{forms} former; {open} öppna förslag i {n} källa ({reviewed} granskade)",
         "{forms} former; {open} öppna förslag i {n} källor ({reviewed} granskade)")),
    "cli_pseudo.applied": (
        ("Applied: {n} source detected, {decided} occurrences decided by standing decisions; "
         "{open} suggestions still open",
         "Applied: {n} sources detected, {decided} occurrences decided by standing decisions; "
         "{open} suggestions still open"),
        ("Tillämpat: {n} källa genomsökt, {decided} förekomster avgjorda av gällande beslut; "
         "{open} förslag fortfarande öppna",
         "Tillämpat: {n} källor genomsökta, {decided} förekomster avgjorda av gällande beslut; "
         "{open} förslag fortfarande öppna")),
    "cli_pseudo.copy": (
        ("Wrote a pseudonymised copy to {path}: {n} source, {replacements} replacements, "
         "{codings} codings moved, {metadata} names, values or memos written in pseudonymised "
         "form; the key is not in it",
         "Wrote a pseudonymised copy to {path}: {n} sources, {replacements} replacements, "
         "{codings} codings moved, {metadata} names, values or memos written in pseudonymised "
         "form; the key is not in it"),
        ("Skrev en pseudonymiserad kopia till {path}: {n} källa, {replacements} ersättningar, "
         "{codings} kodningar flyttade, {metadata} namn, värden eller memon skrivna i "
         "pseudonymiserad form; nyckeln finns inte i den",
         "Skrev en pseudonymiserad kopia till {path}: {n} källor, {replacements} ersättningar, "
         "{codings} kodningar flyttade, {metadata} namn, värden eller memon skrivna i "
         "pseudonymiserad form; nyckeln finns inte i den")),
    "cli_pseudo.key": (
        ("Wrote the key ({n} original) to {path}: keep it apart from what you share",
         "Wrote the key ({n} originals) to {path}: keep it apart from what you share"),
        ("Skrev nyckeln ({n} original) till {path}: förvara den åtskild från det du delar",
         "Skrev nyckeln ({n} originaluppgifter) till {path}: förvara den åtskild från det du "
         "delar")),
    "cli_pseudo.known_count": (
        ("{n} known identifier",
         "{n} known identifiers"),
        ("{n} känd uppgift",
         "{n} kända uppgifter")),
    "cli_pseudo.known_added": (
        "Added the known {type} {text!r}",
        "Lade till den kända uppgiften {text!r} ({type})"),
    "cli_pseudo.known_imported": (
        ("Imported {n} known identifier from {path}",
         "Imported {n} known identifiers from {path}"),
        ("Importerade {n} känd uppgift från {path}",
         "Importerade {n} kända uppgifter från {path}")),
    "cli_pseudo.already_known": (
        "({n} already known)",
        "({n} redan kända)"),
    "cli_pseudo.file_needs_out": (
        "--file needs --out OUT.txt.",
        "--file behöver --out UT.txt."),
    "cli_pseudo.file_done": (
        ("Wrote {path}: {n} identifier replaced ({types}). Detection is not perfect: read the "
         "result before you share it.",
         "Wrote {path}: {n} identifiers replaced ({types}). Detection is not perfect: read the "
         "result before you share it."),
        ("Skrev {path}: {n} identifierande uppgift ersatt ({types}). Sökningen är inte felfri: "
         "läs resultatet innan du delar det.",
         "Skrev {path}: {n} identifierande uppgifter ersatta ({types}). Sökningen är inte "
         "felfri: läs resultatet innan du delar det.")),
})


def cmd_pseudonymise(args) -> int:
    if args.file:
        return _pseudonymise_file(args)
    if not args.project or not args.action:
        raise UserError(msg("cli_pseudo.usage"))
    if args.action in ("export-copy", "export-key") and not args.target:
        raise UserError(msg("cli_pseudo.needs_file", action=args.action))
    if args.action == "known-add" and not (args.target and args.type):
        raise UserError(msg("cli_pseudo.known_add_usage"))
    if args.action == "known-import" and not args.target:
        raise UserError(msg("cli_pseudo.known_import_usage"))
    with _open(args) as project:
        ps = project.pseudonymisation
        if args.action == "detect":
            r = ps.detect(_progress_printer(args.quiet), redo=args.redo)
            print(str(msg("cli_pseudo.detected", n=r.sources, suggestions=r.suggestions,
                          decided=r.decided))
                  + (" " + str(msg("cli_pseudo.cancelled")) if r.cancelled else ""))
        elif args.action == "list":
            groups = ps.groups(status="open" if args.open else None)
            if args.json:
                print(json.dumps([{k: v for k, v in g.__dict__.items() if k != "occurrences"}
                                  for g in groups], ensure_ascii=False, indent=1))
                return 0
            for g in groups:
                state = msg("cli_pseudo.state", open=g.open, accepted=g.accepted,
                            rejected=g.rejected, n=g.sources)
                print(f"{g.count:5}  {g.type:12} {g.text} → {g.replacement}  ({state})")
            summary = ps.summary()
            print(msg("cli_pseudo.list_summary", forms=len(groups), open=summary["open"],
                      n=summary["sources"], reviewed=summary["reviewed"]), file=sys.stderr)
        elif args.action == "apply":
            with project.batch(msg("pseudo.undo.apply")):  # one step, all or nothing
                if args.accept_open:
                    for g in ps.groups(status="open"):
                        first = next(o for o in g.occurrences if o.status == "open")
                        ps.decide_all(first.id, True)
                r = ps.apply(_progress_printer(args.quiet))
            print(msg("cli_pseudo.applied", n=r["detected_sources"], decided=r["decided"],
                      open=ps.summary()["open"]))
        elif args.action == "export-copy":
            r = ps.export_copy(Path(args.target), _progress_printer(args.quiet),
                               allow_open=args.allow_open)
            print(msg("cli_pseudo.copy", path=r.path, n=r.sources, replacements=r.replacements,
                      codings=r.codings, metadata=r.metadata_replaced))
        elif args.action == "export-key":
            n = ps.export_key(Path(args.target))
            print(msg("cli_pseudo.key", n=n, path=args.target))
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
            print(msg("cli_pseudo.known_count", n=len(rows)), file=sys.stderr)
        elif args.action == "known-add":
            variants = [v for v in (args.variants or "").split("|") if v.strip()]
            ps.add_known(args.target, args.type.upper(), variants)
            print(msg("cli_pseudo.known_added", type=args.type.lower(),
                      text=" ".join(args.target.split())))
        elif args.action == "known-import":
            r = ps.import_known(Path(args.target)).result
            print(str(msg("cli_pseudo.known_imported", n=r["added"], path=args.target))
                  + (" " + str(msg("cli_pseudo.already_known", n=r["skipped"]))
                     if r["skipped"] else ""))
    return 0


def _pseudonymise_file(args) -> int:
    from collections import Counter

    from .importers.readers import read_file
    from .pseudonymise.detector import Detector
    from .pseudonymise.offsets import Replacement, apply
    from .pseudonymise.replace import KeyBook, Policy

    if not args.out:
        raise UserError(msg("cli_pseudo.file_needs_out"))
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
    print(msg("cli_pseudo.file_done", path=args.out, n=len(reps),
              types=", ".join(f"{t} {n}" for t, n in counts.most_common())), file=sys.stderr)
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
