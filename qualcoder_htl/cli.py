"""The command line: the argument parser, ``main`` and the one-line failure contract, the
``gui`` command and the helpers the command modules share. The headless commands live in their
own modules (``cli_project``, ``cli_analysis``, ``cli_pseudonymise``, ``cli_agreement``, ...).
With no subcommand the GUI opens.

Errors a user can meet print one line (``error: ...``) and exit 1; anything unexpected prints
one line pointing at a log file and exits 2 — no traceback reaches the terminal.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__
from .core.errorlog import internal_error_line, known_failure, write_error_log
from .core.errors import UserError
from .core.jobs import Progress
from .core.messages import catalogue, language_from_environment, msg, set_language

catalogue({
    # the prefix stays "error:" in every language: scripts read the one-line contract
    "cli.error": (
        "error: {error}",
        "error: {error}"),
    "cli.no_gui": (
        "The graphical interface cannot start: {reason}",
        "Det grafiska gränssnittet kan inte starta: {reason}"),
    "cli.wrote": (
        "Wrote {path}",
        "Skrev {path}"),
    "cli.replaced_note": (
        ("({n} title, name or value written in pseudonymised form)",
         "({n} titles, names or values written in pseudonymised form)"),
        ("({n} titel, namn eller värde skrivet i pseudonymiserad form)",
         "({n} titlar, namn eller värden skrivna i pseudonymiserad form)")),
})


def _progress_printer(quiet: bool) -> Progress:
    def show(done: int, total: int, label: str) -> None:
        if not quiet and total:
            print(f"[{done}/{total}] {label}", file=sys.stderr, flush=True)  # label: rendered
    return Progress(show)


def _open(args, reading: bool = False):
    """Open the project (holding its lock). A command that only reads falls back to a
    read-only open while the project is open elsewhere (the app holds the lock); a command
    that writes says who has it."""
    from .core.errors import ProjectLockedError
    from .services import Project
    try:
        return Project.open(args.project, coder=args.coder)
    except ProjectLockedError:
        if not reading:
            raise
        return Project.open(args.project, coder=args.coder, read_only=True)


def _replaced_note(path) -> str:
    n = getattr(path, "metadata_replaced", 0)
    return " " + str(msg("cli.replaced_note", n=n)) if n else ""


def cmd_gui(args) -> int:
    try:
        from .gui.app import run
    except ImportError as e:
        raise UserError(msg("cli.no_gui", reason=str(e))) from None
    project = args.project if getattr(args, "project", None) else None
    return run(project_path=project, demo=args.demo, coder=args.coder)


def cmd_smoke_test(args) -> int:
    """Hidden: start the app offscreen, time it, make and open the demo project, quit; exit 1
    if anything the app needs is missing (run on the frozen build: tests/test_frozen_app.py)."""
    import os
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from .gui.smoke import run_smoke_test
    except ImportError as e:
        print(f"FAIL the graphical interface does not import: {e}", flush=True)
        return 1
    return run_smoke_test(workdir=args.workdir, project=args.project,
                          screenshots=Path(args.screenshots) if args.screenshots else None)


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
    parser.add_argument("--recovery-key", metavar="KEY",
                        help="open encrypted projects with this recovery key instead of the "
                             "passphrase")
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    from .cli_project import add_project_parsers
    add_project_parsers(sub)
    from .cli_analysis import add_analysis_parsers
    add_analysis_parsers(sub)

    from .cli_pseudonymise import add_pseudonymise_parser
    add_pseudonymise_parser(sub)
    from .cli_agreement import add_agreement_parser
    add_agreement_parser(sub)
    from .cli_export_log import add_export_log_parsers
    add_export_log_parsers(sub)
    from .cli_key_file import add_key_file_parsers
    add_key_file_parsers(sub)
    from .cli_team import add_team_parsers
    add_team_parsers(sub)
    from .cli_server import add_server_parsers
    add_server_parsers(sub)
    from .cli_encryption import add_encryption_parsers
    add_encryption_parsers(sub)

    p = sub.add_parser("smoke-test")  # hidden (no help): checks an installed build
    p.add_argument("--workdir", help="folder for the demo project and exports (default: temp)")
    p.add_argument("--project", help="only time start-up with this project open")
    p.add_argument("--screenshots", metavar="DIR", help="save the window as PNG here")
    p.set_defaults(func=cmd_smoke_test)

    p = sub.add_parser("gui", help="open the application window")
    p.add_argument("project", nargs="?")
    p.set_defaults(func=cmd_gui)
    from .cli_help import translate_parser
    translate_parser(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .core import atomic

    set_language(language_from_environment())
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", cmd_gui)
    atomic.clean_stale()  # working files a killed run left behind
    from .cli_encryption import install_passphrase_prompt
    install_passphrase_prompt(args)
    if func is not cmd_gui:
        atomic.install_signal_cleanup()
    try:
        return func(args)
    except UserError as e:
        print(msg("cli.error", error=e), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(msg("failure.interrupted"), file=sys.stderr)
        return 130
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, no user text
        if args.debug:
            raise
        return _report_failure(e, getattr(args, "project", None) or getattr(args, "path", None))


def _report_failure(e: Exception, project: str | None = None) -> int:
    """A disk or database failure the user can act on: one translated ``error:`` line (exit 1).
    Anything else: ``internal error: <type>`` and a private, redacted log (exit 2)."""
    known = known_failure(e, project)
    if known is not None:
        print(msg("cli.error", error=known), file=sys.stderr)
        return 1
    log = write_error_log(type(e), e, e.__traceback__,
                          header=f"qualcoder-htl {__version__}, command line\n")
    print(internal_error_line(e, log), file=sys.stderr)
    return 2

if __name__ == "__main__":
    sys.exit(main())
