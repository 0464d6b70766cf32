"""``key-split PROJECT KEYFILE`` and ``key-join PROJECT KEYFILE``: the pseudonymisation key
moved out of the project into a key file with its own passphrase, and brought back.

The passphrase is read from ``QHTL_KEY_PASSPHRASE`` or asked on the terminal (twice when a key
file is made); it is never printed or logged."""
from __future__ import annotations

import getpass
import os
import sys

from .cli import _open, _progress_printer
from .cli_help import HELP
from .core.errors import UserError
from .core.messages import catalogue, msg

PASSPHRASE_ENV = "QHTL_KEY_PASSPHRASE"

HELP.update({
    "move the pseudonymisation key and the original texts out of the project into a key "
    "file encrypted with its own passphrase":
        "flytta pseudonymiseringsnyckeln och originaltexterna ut ur projektet till en "
        "nyckelfil som krypteras med en egen lösenfras",
    "bring the key and the original texts back from the key file":
        "hämta tillbaka nyckeln och originaltexterna från nyckelfilen",
    "the key file to write": "nyckelfilen som ska skrivas",
    "the key file to read": "nyckelfilen som ska läsas",
})

catalogue({
    "keycli.prompt": ("Passphrase of the key file {name}: ",
                      "Lösenfras för nyckelfilen {name}: "),
    "keycli.prompt_again": ("The same passphrase again: ", "Samma lösenfras igen: "),
    "keycli.mismatch": ("The two passphrases differ; nothing was changed.",
                        "De två lösenfraserna skiljer sig åt; inget ändrades."),
    "keycli.needs_passphrase": (
        "A passphrase is needed: set {env} or run on a terminal.",
        "En lösenfras behövs: sätt {env} eller kör i en terminal."),
    "keycli.split": (
        "The key is kept apart in {file}: {sources} sources now hold pseudonymised text only "
        "({replacements} replacements, {codings} codings moved); the project was vacuumed. "
        "Keep the key file and its passphrase apart from the project.",
        "Nyckeln förvaras separat i {file}: {sources} källor innehåller nu bara "
        "pseudonymiserad text ({replacements} ersättningar, {codings} kodningar flyttade); "
        "projektet har komprimerats. Förvara nyckelfilen och lösenfrasen skilda från "
        "projektet."),
    "keycli.backups": (
        ("{n} backup beside the project held the key and was deleted.",
         "{n} backups beside the project held the key and were deleted."),
        ("{n} säkerhetskopia bredvid projektet innehöll nyckeln och raderades.",
         "{n} säkerhetskopior bredvid projektet innehöll nyckeln och raderades.")),
    "keycli.joined": (
        "The key is back in the project from {file}: {sources} sources hold their original "
        "text again ({codings} codings moved back).",
        "Nyckeln är tillbaka i projektet från {file}: {sources} källor har sin originaltext "
        "igen ({codings} kodningar flyttade tillbaka)."),
})


def read_passphrase(name: str, twice: bool) -> str:
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    if not sys.stdin.isatty():
        raise UserError(msg("keycli.needs_passphrase", env=PASSPHRASE_ENV))
    first = getpass.getpass(str(msg("keycli.prompt", name=name)))
    if twice and getpass.getpass(str(msg("keycli.prompt_again"))) != first:
        raise UserError(msg("keycli.mismatch"))
    return first


def cmd_key_split(args) -> int:
    from pathlib import Path

    from .services.pseudonymisation_keyfile import check_split, split_key

    with _open(args) as project:
        check_split(project, args.keyfile)
        passphrase = read_passphrase(Path(args.keyfile).name, twice=True)
        report = split_key(project, args.keyfile, passphrase, _progress_printer(args.quiet))
    print(msg("keycli.split", file=report.key_file, sources=report.sources,
              replacements=report.replacements, codings=report.codings), file=sys.stderr)
    if report.backups_deleted:
        print(msg("keycli.backups", n=report.backups_deleted), file=sys.stderr)
    return 0


def cmd_key_join(args) -> int:
    from pathlib import Path

    from .services.pseudonymisation_keyfile import check_join, join_key

    with _open(args) as project:
        check_join(project)
        if not Path(args.keyfile).is_file():
            raise UserError(msg("keyfile.missing", name=Path(args.keyfile).name))
        passphrase = read_passphrase(Path(args.keyfile).name, twice=False)
        report = join_key(project, args.keyfile, passphrase)
    print(msg("keycli.joined", file=Path(args.keyfile).name, sources=report.sources,
              codings=report.codings), file=sys.stderr)
    return 0


def add_key_file_parsers(sub) -> None:
    p = sub.add_parser("key-split", help="move the pseudonymisation key and the original "
                                         "texts out of the project into a key file encrypted "
                                         "with its own passphrase")
    p.add_argument("project")
    p.add_argument("keyfile", help="the key file to write")
    p.set_defaults(func=cmd_key_split)
    p = sub.add_parser("key-join",
                       help="bring the key and the original texts back from the key file")
    p.add_argument("project")
    p.add_argument("keyfile", help="the key file to read")
    p.set_defaults(func=cmd_key_join)
