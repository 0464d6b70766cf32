"""Encryption on the command line: ``encrypt``, ``decrypt`` and ``rekey``, and the passphrase of
every command that opens an encrypted project (``QHTL_PASSPHRASE``, ``--recovery-key`` or
``QHTL_RECOVERY_KEY``, else asked once on the terminal)."""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from .cli_help import HELP
from .core.errors import UserError
from .core.messages import catalogue, msg

PASSPHRASE_ENV = "QHTL_PASSPHRASE"
NEW_PASSPHRASE_ENV = "QHTL_NEW_PASSPHRASE"
RECOVERY_ENV = "QHTL_RECOVERY_KEY"
TRIES = 3  # on a terminal

HELP.update({
    "open encrypted projects with this recovery key instead of the passphrase":
        "öppna krypterade projekt med den här återställningsnyckeln i stället för lösenfrasen",
    "encrypt the project with a passphrase (asked, or QHTL_PASSPHRASE)":
        "kryptera projektet med en lösenfras (frågas efter, eller QHTL_PASSPHRASE)",
    "store an encrypted project as plain SQLite again":
        "spara ett krypterat projekt som vanlig SQLite igen",
    "give an encrypted project a new passphrase (asked, or QHTL_NEW_PASSPHRASE)":
        "ge ett krypterat projekt en ny lösenfras (frågas efter, eller QHTL_NEW_PASSPHRASE)",
    "encrypt the new project with a passphrase (asked, or QHTL_PASSPHRASE)":
        "kryptera det nya projektet med en lösenfras (frågas efter, eller QHTL_PASSPHRASE)",
})

catalogue({
    "cli.cipher.ask": ("Passphrase for {name}: ", "Lösenfras för {name}: "),
    "cli.cipher.ask_new": ("New passphrase for {name}: ", "Ny lösenfras för {name}: "),
    "cli.cipher.ask_again": ("The same passphrase again: ", "Samma lösenfras igen: "),
    "cli.cipher.mismatch": ("The two passphrases differ; nothing was changed.",
                            "De två lösenfraserna skiljer sig åt; inget ändrades."),
    "cli.cipher.no_terminal": (
        "A new passphrase is needed: set {env} or run on a terminal.",
        "En ny lösenfras behövs: ange {env} eller kör i en terminal."),
    "cli.cipher.encrypted": (
        "Encrypted {path}.",
        "Krypterade {path}."),
    "cli.cipher.rekeyed": (
        "{path} has a new passphrase; the old passphrase and the old recovery key no longer "
        "open it.",
        "{path} har en ny lösenfras; den gamla lösenfrasen och den gamla "
        "återställningsnyckeln öppnar det inte längre."),
    "cli.cipher.decrypted": (
        "{path} is stored unencrypted now.",
        "{path} sparas nu okrypterat."),
    "cli.cipher.recovery": (
        "Recovery key (shown only now; print it or write it down and keep it apart from the "
        "computer and the passphrase; it opens the project without the passphrase):",
        "Återställningsnyckel (visas bara nu; skriv ut den eller skriv ner den och förvara "
        "den skild från datorn och lösenfrasen; den öppnar projektet utan lösenfrasen):"),
    "cli.cipher.old_backups": (
        "Backups made before now are not encrypted: delete them, or encrypt them too.",
        "Säkerhetskopior gjorda före nu är inte krypterade: radera dem eller kryptera dem "
        "också."),
})


def install_passphrase_prompt(args) -> None:
    """Every command that opens an encrypted project asks here, once per project: the
    recovery key given, ``QHTL_PASSPHRASE``, or the terminal (three tries)."""
    from .services.encryption import Secret, set_passphrase_provider
    recovery = getattr(args, "recovery_key", None) or os.environ.get(RECOVERY_ENV)
    passphrase = os.environ.get(PASSPHRASE_ENV)

    def provide(path: Path, attempt: int):
        if recovery:
            return Secret(recovery_key=recovery) if attempt == 0 else None
        if passphrase:
            return Secret(passphrase) if attempt == 0 else None
        if not sys.stdin.isatty() or attempt >= TRIES:
            return None
        if attempt:
            print(msg("cipher.wrong", name=path.name), file=sys.stderr)
        return Secret(getpass.getpass(str(msg("cli.cipher.ask", name=path.name))))

    set_passphrase_provider(provide)


def new_passphrase(path: Path, env: str = PASSPHRASE_ENV) -> str:
    """A new passphrase: from ``env``, else typed twice on the terminal."""
    given = os.environ.get(env)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UserError(msg("cli.cipher.no_terminal", env=env))
    first = getpass.getpass(str(msg("cli.cipher.ask_new", name=path.name)))
    if getpass.getpass(str(msg("cli.cipher.ask_again"))) != first:
        raise UserError(msg("cli.cipher.mismatch"))
    return first


def print_recovery_key(key: str) -> None:
    print(msg("cli.cipher.recovery"), file=sys.stderr)
    print(key)  # on stdout alone: a script can capture it


def cmd_encrypt(args) -> int:
    from .services import encryption
    path = Path(args.project)
    if path.is_file() and encryption.is_encrypted(path):
        raise UserError(msg("encryption.already", name=path.name))
    key = encryption.encrypt(path, new_passphrase(path))
    print(msg("cli.cipher.encrypted", path=path), file=sys.stderr)
    print(msg("cli.cipher.old_backups"), file=sys.stderr)
    print_recovery_key(key)
    return 0


def cmd_decrypt(args) -> int:
    from .services import encryption
    encryption.decrypt(args.project)
    print(msg("cli.cipher.decrypted", path=args.project), file=sys.stderr)
    return 0


def cmd_rekey(args) -> int:
    from .services import encryption
    path = Path(args.project)
    if path.is_file() and encryption.is_encrypted(path):
        encryption.unlock(path)  # the old passphrase first: a typo fails before the new one
    key = encryption.rekey(path, new_passphrase(path, NEW_PASSPHRASE_ENV))
    print(msg("cli.cipher.rekeyed", path=path), file=sys.stderr)
    print_recovery_key(key)
    return 0


def add_encryption_parsers(sub) -> None:
    p = sub.add_parser("encrypt", help="encrypt the project with a passphrase (asked, or "
                                       "QHTL_PASSPHRASE)")
    p.add_argument("project")
    p.set_defaults(func=cmd_encrypt)
    p = sub.add_parser("decrypt", help="store an encrypted project as plain SQLite again")
    p.add_argument("project")
    p.set_defaults(func=cmd_decrypt)
    p = sub.add_parser("rekey", help="give an encrypted project a new passphrase (asked, or "
                                     "QHTL_NEW_PASSPHRASE)")
    p.add_argument("project")
    p.set_defaults(func=cmd_rekey)
