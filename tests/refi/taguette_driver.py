"""Drive a real Taguette (its own web application, database and export/import code) from
tests/refi/test_taguette.py. Run ONLY with the Python of the separate virtual environment that
has Taguette installed (Taguette pins SQLAlchemy<1.5, ours needs 2): it is not a test module
and is never imported by our code or our tests.

    python taguette_driver.py export <workdir>   (stdin: JSON list of {"path", "description"})
        Creates a Taguette project through its web pages and API (POST /project/new, then
        POST /api/project/1/tag/new per tag), downloads /project/1/export/codebook.qdc and
        /project/1/export/codebook.csv into <workdir>.
    python taguette_driver.py import <workdir> <file>
        Creates a Taguette project (which starts with Taguette's default tag) and uploads
        <file> to /project/1/import_codebook as a browser does; when Taguette shows its
        confirmation form, submits it as a browser would (checked boxes, hidden and text
        fields as rendered).

Both print one JSON object on stdout: the HTTP statuses, Taguette's error message if it
refused the file, and the project's tags read back from Taguette's database with its models.

Taguette runs in single-user mode on 127.0.0.1 with a fresh SQLite database in <workdir>, set
up as ``taguette`` itself does at start (``database.connect`` creates the tables and stamps
its alembic head; user 'admin' is added like ``main.main`` does). The one thing changed is
``Application.check_messages``, which would fetch news from msg.taguette.org: a test must not
call out to the Internet, and those messages play no part in codebooks.
"""
from __future__ import annotations

import asyncio
import json
import re
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode
from uuid import uuid4

import taguette
import tornado.httpserver
import tornado.netutil
from taguette import database, main
from taguette.web import base, make_app
from tornado.httpclient import AsyncHTTPClient, HTTPRequest

base.Application.check_messages = lambda self: None  # no call to msg.taguette.org


class Form(HTMLParser):
    """The fields a browser submits from the first <form method="post"> of a page."""

    def __init__(self):
        super().__init__()
        self.fields: list[tuple[str, str]] = []
        self.in_form = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("method") == "post":
            self.in_form = True
        elif tag == "input" and self.in_form and a.get("name") and "disabled" not in a:
            if a.get("type") == "checkbox" and "checked" not in a:
                return
            self.fields.append((a["name"], a.get("value", "on")))

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False


class Taguette:
    def __init__(self, workdir: Path):
        config = dict(main.DEFAULT_CONFIG, NAME="Taguette", PORT=0, BIND_ADDRESS="127.0.0.1",
                      SECRET_KEY=uuid4().hex, DATABASE=f"sqlite:///{workdir / 'taguette.sqlite3'}",
                      TOS_FILE=None, DOMAIN="127.0.0.1", X_HEADERS=False,
                      EMAIL="taguette@example.org", MAIL_SERVER={}, COOKIES_PROMPT=False,
                      MULTIUSER=False)
        self.app = make_app(config, xsrf_cookies=False)
        db = self.app.DBSession()
        db.add(database.User(login="admin"))
        db.commit()
        db.close()
        sockets = tornado.netutil.bind_sockets(0, "127.0.0.1")
        self.server = tornado.httpserver.HTTPServer(self.app)
        self.server.add_sockets(sockets)
        self.url = f"http://127.0.0.1:{sockets[0].getsockname()[1]}"
        self.client = AsyncHTTPClient()
        self.cookies: dict[str, str] = {}

    async def fetch(self, path: str, method: str = "GET", body: bytes | None = None,
                    content_type: str | None = None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if content_type:
            headers["Content-Type"] = content_type
        response = await self.client.fetch(HTTPRequest(
            self.url + path, method=method, body=body, headers=headers,
            follow_redirects=False), raise_error=False)
        for cookie in response.headers.get_list("Set-Cookie"):
            name, _, value = cookie.split(";")[0].partition("=")
            self.cookies[name] = value
        if response.code >= 500:
            raise RuntimeError(f"Taguette answered {response.code} to {method} {path}: "
                               f"{response.body[:2000]!r}")
        return response

    async def new_project(self) -> int:
        r = await self.fetch("/?token=" + self.app.single_user_token)
        assert r.code == 302 and "user" in self.cookies, (r.code, r.body[:500])
        r = await self.fetch("/project/new", "POST",
                             urlencode({"name": "HTL", "description": ""}).encode(),
                             "application/x-www-form-urlencoded")
        assert r.code in (302, 303), (r.code, r.body[:2000])
        return int(r.headers["Location"].rstrip("/").rsplit("/", 1)[1])

    def tags(self, project_id: int) -> list[dict[str, str]]:
        db = self.app.DBSession()
        try:
            rows = db.query(database.Tag).filter(database.Tag.project_id == project_id)
            return [{"path": t.path, "description": t.description}
                    for t in rows.order_by(database.Tag.id)]
        finally:
            db.close()


def alert(body: bytes) -> str | None:
    found = re.search(r'class="alert alert-danger">(.*?)</div>', body.decode(), re.S)
    return unescape(found.group(1)).strip() if found else None


async def export(workdir: Path, tags: list[dict[str, str]]) -> dict:
    t = Taguette(workdir)
    project = await t.new_project()
    for tag in tags:
        r = await t.fetch(f"/api/project/{project}/tag/new", "POST",
                          json.dumps(tag).encode(), "application/json")
        assert r.code == 200, (r.code, r.body[:2000])
    out = {"tags": t.tags(project)}
    for ext in ("qdc", "csv"):
        r = await t.fetch(f"/project/{project}/export/codebook.{ext}")
        assert r.code == 200, (r.code, r.body[:2000])
        (workdir / f"codebook.{ext}").write_bytes(r.body)
        out[ext] = str(workdir / f"codebook.{ext}")
    return out


async def import_(workdir: Path, file: Path) -> dict:
    t = Taguette(workdir)
    project = await t.new_project()
    out = {"tags_before": t.tags(project)}
    boundary = uuid4().hex
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; "
            f"filename=\"{file.name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            ).encode() + file.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
    r = await t.fetch(f"/project/{project}/import_codebook", "POST", body,
                      f"multipart/form-data; boundary={boundary}")
    out["upload_status"], out["error"] = r.code, alert(r.body)
    if r.code == 200:
        form = Form()
        form.feed(r.body.decode())
        out["confirmation_form"] = form.fields
        r = await t.fetch(f"/project/{project}/import_codebook", "POST",
                          urlencode(form.fields).encode(), "application/x-www-form-urlencoded")
        out["confirm_status"], out["confirm_error"] = r.code, alert(r.body)
    out["tags"] = t.tags(project)
    return out


def run() -> None:
    command, workdir = sys.argv[1], Path(sys.argv[2])
    if command == "export":
        result = asyncio.run(export(workdir, json.load(sys.stdin)))
    elif command == "import":
        result = asyncio.run(import_(workdir, Path(sys.argv[3])))
    else:
        raise SystemExit(f"unknown command {command!r}")
    result["taguette_version"] = taguette.__version__
    print(json.dumps(result))


if __name__ == "__main__":
    run()
