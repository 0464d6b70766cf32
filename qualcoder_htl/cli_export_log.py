"""The ``log`` command (the export log, as text or JSON, or printed to .txt/.docx) and
``retire-originals`` (the end of a study: the originals and the key deleted for good)."""
from __future__ import annotations

import json
import sys

from .cli import _open
from .cli_help import HELP
from .core.messages import catalogue, msg

HELP.update({
    "the export log: every export, shared copy, key export and report, with its result":
        "exportloggen: varje export, delad kopia, nyckelexport och rapport, med resultat",
    "print the log as JSON": "skriv ut loggen som JSON",
    "print the log to a .txt or .docx file": "skriv loggen till en .txt- eller .docx-fil",
    "at the end of a study: delete the original texts and the key, leaving the pseudonymised "
    "project (cannot be undone)":
        "när en studie avslutas: radera originaltexterna och nyckeln och behåll det "
        "pseudonymiserade projektet (går inte att ångra)",
    "confirm without asking": "bekräfta utan att fråga",
})

catalogue({
    "retire.confirm": (
        "This deletes the original texts, the original files and the pseudonymisation key of "
        "{name} for good and leaves only the pseudonymised project. It cannot be undone and "
        "no backup is made (backups made earlier still hold the originals: delete them too). "
        "Type yes to go on: ",
        "Detta raderar originaltexterna, originalfilerna och pseudonymiseringsnyckeln i "
        "{name} för gott och lämnar bara det pseudonymiserade projektet. Det går inte att "
        "ångra och ingen säkerhetskopia görs (tidigare säkerhetskopior innehåller fortfarande "
        "originalen: radera dem också). Skriv ja för att fortsätta: "),
    "retire.not_confirmed": ("Nothing was deleted.", "Inget raderades."),
    "retire.needs_yes": (
        "retire-originals asks for confirmation on a terminal; give --yes to confirm.",
        "retire-originals ber om bekräftelse i en terminal; ange --yes för att bekräfta."),
    "retire.done": (
        "The originals are deleted: {sources} sources now hold pseudonymised text only "
        "({replacements} replacements, {codings} codings moved); the key is gone and the "
        "file was vacuumed.",
        "Originalen är raderade: {sources} källor innehåller nu bara pseudonymiserad text "
        "({replacements} ersättningar, {codings} kodningar flyttade); nyckeln är borta och "
        "filen har komprimerats."),
})


def cmd_log(args) -> int:
    from .services import export_log

    with _open(args, reading=not args.out) as project:
        if args.out:
            path = export_log.write_log(project, args.out)
            print(msg("cli.wrote", path=path), file=sys.stderr)
            return 0
        rows = export_log.entries(project)
        if args.json:
            print(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=1))
        else:
            print(export_log.as_text(project, rows), end="")
    return 0


def cmd_retire_originals(args) -> int:
    from .core.errors import UserError

    with _open(args) as project:
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserError(msg("retire.needs_yes"))
            answer = input(str(msg("retire.confirm", name=project.path.name)))
            if answer.strip().casefold() not in ("yes", "ja", "y", "j"):
                print(msg("retire.not_confirmed"), file=sys.stderr)
                return 1
        report = project.pseudonymisation.retire_originals()
        print(msg("retire.done", sources=report.sources, replacements=report.replacements,
                  codings=report.codings), file=sys.stderr)
    return 0


def add_export_log_parsers(sub) -> None:
    p = sub.add_parser("log", help="the export log: every export, shared copy, key export "
                                   "and report, with its result")
    p.add_argument("project")
    p.add_argument("--json", action="store_true", help="print the log as JSON")
    p.add_argument("--out", metavar="OUT", help="print the log to a .txt or .docx file")
    p.set_defaults(func=cmd_log)
    p = sub.add_parser("retire-originals",
                       help="at the end of a study: delete the original texts and the key, "
                            "leaving the pseudonymised project (cannot be undone)")
    p.add_argument("project")
    p.add_argument("--yes", action="store_true", help="confirm without asking")
    p.set_defaults(func=cmd_retire_originals)
