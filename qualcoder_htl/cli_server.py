"""``push`` (a project file to a PostgreSQL server), ``pull`` (a server project into a new
file) and ``server-roles`` (the lead's and the coders' database roles). Every other command
takes a server URL where it takes a project."""
from __future__ import annotations

import sys

from .cli_help import HELP
from .core.messages import catalogue, msg

HELP.update({
    "copy a project file to an empty database on a PostgreSQL server, losslessly":
        "kopiera en projektfil till en tom databas på en PostgreSQL-server, utan förlust",
    "copy a project on a PostgreSQL server into a new project file, losslessly":
        "kopiera ett projekt på en PostgreSQL-server till en ny projektfil, utan förlust",
    "project file (.qhtl)": "projektfil (.qhtl)",
    "postgresql://user@host/database (an empty database)":
        "postgresql://användare@värd/databas (en tom databas)",
    "postgresql://user@host/database": "postgresql://användare@värd/databas",
    "create the project's lead and coder roles on its server (as the database owner)":
        "skapa projektets roller för projektledare och kodare på servern (som databasens ägare)",
    "login role of a project lead (repeatable)":
        "inloggningsroll för en projektledare (kan upprepas)",
    "login role of a coder (repeatable)": "inloggningsroll för en kodare (kan upprepas)",
})

catalogue({
    "cli.pushed": (
        "Pushed {path} to {url}: {rows} rows in {tables} tables",
        "Skickade {path} till {url}: {rows} rader i {tables} tabeller"),
    "cli.pulled": (
        "Pulled {url} into {path}",
        "Hämtade {url} till {path}"),
    "cli.roles": (
        "Roles {lead} (lead) and {coder} (coder) are ready; the coder role cannot read the "
        "pseudonymisation key, the known names or the original files.",
        "Rollerna {lead} (projektledare) och {coder} (kodare) är klara; kodarrollen kan inte "
        "läsa pseudonymiseringsnyckeln, de kända namnen eller originalfilerna."),
})


def cmd_push(args) -> int:
    from .services import server
    counts = server.push(args.project, args.url)
    print(msg("cli.pushed", path=args.project, url=server.safe_url(args.url),
              rows=sum(counts.values()), tables=len(counts)), file=sys.stderr)
    return 0


def cmd_pull(args) -> int:
    from .services import server
    path = server.pull(args.url, args.dest)
    print(msg("cli.pulled", url=server.safe_url(args.url), path=path), file=sys.stderr)
    return 0


def cmd_server_roles(args) -> int:
    from .services import server
    lead, coder = server.setup_roles(args.url, args.lead or [],
                                     args.coder_role or [])
    print(msg("cli.roles", lead=lead, coder=coder), file=sys.stderr)
    return 0


def add_server_parsers(sub) -> None:
    p = sub.add_parser("push", help="copy a project file to an empty database on a "
                                    "PostgreSQL server, losslessly")
    p.add_argument("project", help="project file (.qhtl)")
    p.add_argument("url", help="postgresql://user@host/database (an empty database)")
    p.set_defaults(func=cmd_push)
    p = sub.add_parser("pull", help="copy a project on a PostgreSQL server into a new project "
                                    "file, losslessly")
    p.add_argument("url", help="postgresql://user@host/database")
    p.add_argument("dest", help="project file to create (.qhtl)")
    p.set_defaults(func=cmd_pull)
    p = sub.add_parser("server-roles", help="create the project's lead and coder roles on its "
                                            "server (as the database owner)")
    p.add_argument("url", help="postgresql://user@host/database")
    p.add_argument("--lead", action="append", metavar="ROLE",
                   help="login role of a project lead (repeatable)")
    p.add_argument("--coder-role", action="append", metavar="ROLE",
                   help="login role of a coder (repeatable)")
    p.set_defaults(func=cmd_server_roles)
