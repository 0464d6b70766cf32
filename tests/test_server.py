"""A shared project on a real PostgreSQL server (tests/pg.py): push and pull without loss, every
CLI command on a URL, others' changes arriving by notification, the coder's role kept from the
pseudonymisation key, and the server's own refusals as translated messages."""
import os
import subprocess
import sys
import time

import pytest

from qualcoder_htl.core.errors import ProjectError, UndoConflictError, UserError
from qualcoder_htl.services import Project
from qualcoder_htl.services import server as server_service

from .conftest import INTERVIEW, ROOT


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "qualcoder_htl", "-q", *map(str, args)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "QHTL_LANG": "en"})


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """The demo project (35 sources, codes in a tree, 452 codings, cases, attributes) with a
    memo, a pseudonymisation key entry and a deleted last coding (so the file's AUTOINCREMENT
    counter is past its highest id)."""
    from qualcoder_htl.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.qhtl"
    with create_demo(path) as p:
        sid = p.sources.list()[0].id
        text = p.sources.get(sid).text
        start = text.index("rektor") if "rektor" in text else 10
        p.pseudonymisation.add_span(sid, start, start + 6, "PERSON")
        p.memos.add("Ett memo om källan", source_id=sid)
        last = max(c.id for c in p.codings.all())
        p.codings.remove(last)
    return path, last


def test_push_and_pull_lose_nothing(demo_file, fresh_database_url, tmp_path):
    path, deleted_id = demo_file
    pushed = run_cli("push", path, fresh_database_url)
    assert pushed.returncode == 0, pushed.stderr
    assert "Pushed" in pushed.stderr and "rows in" in pushed.stderr
    original = server_service.rows_of(path)
    on_server = server_service.rows_of(fresh_database_url)
    assert on_server == original
    assert len(original["codings"]) == 451 and original["pseudo_key"]
    pulled = run_cli("pull", fresh_database_url, tmp_path / "back.qhtl")
    assert pulled.returncode == 0, pulled.stderr
    assert server_service.rows_of(tmp_path / "back.qhtl") == original
    # ids handed out before are never handed out again, on the server or in the pulled file
    for location in (fresh_database_url, tmp_path / "back.qhtl"):
        with Project.open(location, coder="kontroll") as p:
            c = p.codings.all()[0]
            new = p.codings.add(c.source_id, c.code_id, 0, 3).result
            assert new > deleted_id
    # the search index was built on both sides
    with Project.open(fresh_database_url) as p:
        assert p.search.search("skolan", limit=3)
    again = run_cli("pull", fresh_database_url, tmp_path / "back.qhtl")
    assert again.returncode == 1 and again.stderr.startswith("error: A file already exists")


def test_push_needs_an_empty_database(demo_file, fresh_database_url):
    Project.create(fresh_database_url, coder="anna").close()
    result = run_cli("push", demo_file[0], fresh_database_url)
    assert result.returncode == 1
    assert result.stderr.startswith("error: The database") and "empty" in result.stderr


def test_every_command_takes_a_url(fresh_database_url, tmp_path):
    made = run_cli("new", fresh_database_url)
    assert made.returncode == 0, made.stderr
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "intervju.txt").write_text(INTERVIEW, encoding="utf-8")
    imported = run_cli("import", fresh_database_url, folder)
    assert imported.returncode == 0 and "1 imported" in imported.stdout, imported.stderr
    coded = run_cli("autocode", fresh_database_url, "--code", "Samverkan", "--create",
                    "--query", "samverkan")
    assert coded.returncode == 0, coded.stderr
    info = run_cli("info", fresh_database_url, "--json")
    assert info.returncode == 0, info.stderr
    assert '"codings": 2' in info.stdout and '"sources": 1' in info.stdout
    found = run_cli("search", fresh_database_url, "samverk*")
    assert found.returncode == 0 and "2 hits" in found.stderr
    matrix = run_cli("matrix", fresh_database_url, "--by", "sources", "--json")
    assert matrix.returncode == 0, matrix.stderr
    quotes = run_cli("quotes", fresh_database_url, "--code", "Samverkan", "--json")
    assert quotes.returncode == 0 and "samverkan" in quotes.stdout.lower(), quotes.stderr


def test_wrong_database_says_so(pg_server, fresh_database_url):
    with pytest.raises(ProjectError, match="is not a qualcoder-htl project"):
        Project.open(fresh_database_url)
    with pytest.raises(ProjectError, match="Cannot connect to the server"):
        Project.open(pg_server.url("no_such_database"))
    Project.create(fresh_database_url, coder="anna").close()
    with pytest.raises(ProjectError, match="needs an empty database"):
        Project.create(fresh_database_url, coder="anna")
    with Project.open(fresh_database_url) as p:
        with pytest.raises(ProjectError, match="on a server"):
            p.backup()
        p.db.compact()  # VACUUM on the server


def test_read_only_open_changes_nothing(fresh_database_url):
    Project.create(fresh_database_url, coder="anna").close()
    with Project.open(fresh_database_url, read_only=True) as p:
        with pytest.raises(UserError):
            p.codebook.create("Tillit")
        assert p.codebook.codes() == []


def test_others_changes_arrive_within_two_seconds(fresh_database_url, tmp_path):
    """Anna's window polls (as the GUI does every 2 s); Bertil, another program, codes: Anna's
    listeners hear his coding by id. Her undo still holds only her own action."""
    anna = Project.create(fresh_database_url, coder="anna")
    (tmp_path / "a.txt").write_text(INTERVIEW, encoding="utf-8")
    sid = anna.importer.import_files([tmp_path / "a.txt"]).results[0].source_id
    code = anna.codebook.create("Samverkan").result
    heard = []
    anna.subscribe(heard.append)
    assert anna.poll_changes() is None  # starts listening
    script = ("import sys; from qualcoder_htl.services import Project\n"
              "p = Project.open(sys.argv[1], coder='bertil')\n"
              f"print(p.codings.add({sid}, {code}, 5, 20).result); p.close()\n")
    other = subprocess.run([sys.executable, "-c", script, fresh_database_url], cwd=ROOT,
                           capture_output=True, text=True, timeout=120,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert other.returncode == 0, other.stderr
    his = int(other.stdout)
    changes = gather_changes(anna, until=lambda c: his in c.ids("codings"))
    assert changes is not None, "no notification within 2 s"
    assert his in changes.ids("codings") and sid in changes.ids("sources_affected")
    assert heard and heard[-1].ids("codings") >= {his}
    assert anna.poll_changes() is None  # own changes are not echoed back
    anna.codebook.create("Tillit")
    assert anna.poll_changes() is None
    assert anna.undo_stack.undo_label == "New code 'Tillit'"
    anna.undo()
    with pytest.raises(UndoConflictError, match="the code"):
        anna.undo()  # her "Samverkan": refused, Bertil's coding uses it
    assert [c.id for c in anna.codings.all()] == [his]
    anna.close()


def test_a_big_change_names_whole_tables(fresh_database_url, tmp_path):
    """An import of many sources does not fit in one notification: the listener is told
    every id of the tables it touched."""
    anna = Project.create(fresh_database_url, coder="anna")
    bertil = Project.open(fresh_database_url, coder="bertil")
    anna.poll_changes()
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(60):
        (folder / f"intervju_{i:02}.txt").write_text(f"Intervju {i}\n" + INTERVIEW,
                                                    encoding="utf-8")
    bertil.importer.import_files(sorted(folder.iterdir()))
    # notifications arrive asynchronously (the window polls every 2 s): gather for a while
    sources, turns = set(), set()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and len(sources) < 60:
        changes = anna.poll_changes()
        if changes is not None:
            sources |= changes.ids("sources")
            turns |= changes.ids("turns")
        time.sleep(0.05)
    assert sources == {s.id for s in anna.sources.list()}
    assert len(turns) == 60 * 6
    anna.close()
    bertil.close()


def gather_changes(project, until, seconds: float = 5.0):
    """Poll as the window does until `until(merged changes)` holds or time runs out.
    Notifications arrive asynchronously and one action may come as several (the other
    program's coder row first, then its action), so they are merged."""
    merged = None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        changes = project.poll_changes()
        if changes is not None:
            merged = changes if merged is None else merged.merge(changes)
            if until(merged):
                break
        time.sleep(0.05)
    return merged


def with_user(url: str, user: str) -> str:
    return url.replace("postgres:@", f"{user}:@", 1)


def test_a_coder_role_cannot_read_the_key(demo_file, fresh_database_url):
    """``server-roles``: the lead reads everything; a coder codes but the server refuses her
    the key's originals, the known names and the original files, with one clear message."""
    assert run_cli("push", demo_file[0], fresh_database_url).returncode == 0
    made = run_cli("server-roles", fresh_database_url, "--lead", "lena", "--coder-role", "kim")
    assert made.returncode == 0, made.stderr
    assert "_lead (lead)" in made.stderr and "_coder (coder)" in made.stderr
    with Project.open(with_user(fresh_database_url, "lena"), coder="lena") as lead:
        assert lead.pseudonymisation.key_entries()
    with Project.open(with_user(fresh_database_url, "kim"), coder="kim") as coder:
        c = coder.codings.all()[0]
        assert coder.codings.add(c.source_id, c.code_id, 0, 4).result
        assert coder.search.search("skolan", limit=2)
        with pytest.raises(ProjectError) as refused:
            coder.pseudonymisation.key_entries()
        assert str(refused.value).startswith("Your database role may not read the "
                                             "pseudonymisation key")
        with pytest.raises(ProjectError, match="the list of known names"):
            coder.pseudonymisation.known()
        with pytest.raises(ProjectError, match="the original files"):
            coder.sources.original_file(c.source_id)
    info = run_cli("--coder", "kim", "info", with_user(fresh_database_url, "kim"))
    assert info.returncode == 0, info.stderr


def test_the_migrations_run_on_the_server_and_give_the_tables(fresh_database_url):
    """Every migration from the first runs on PostgreSQL and ends at the schema a new server
    project gets from the table metadata (tests/test_store.py checks the same on SQLite)."""
    from alembic import command
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext
    from sqlalchemy import create_engine

    from qualcoder_htl.store.database import _alembic_config, head_revision
    from qualcoder_htl.store.postgres import sqlalchemy_url
    from qualcoder_htl.store.tables import metadata

    engine = create_engine(sqlalchemy_url(fresh_database_url))
    try:
        with engine.begin() as conn:
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        with engine.connect() as conn:
            context = MigrationContext.configure(conn)
            assert context.get_current_revision() == head_revision()
            assert compare_metadata(context, metadata) == []
    finally:
        engine.dispose()


def test_a_broken_listening_connection_says_so_and_recovers(pg_server, fresh_database_url):
    anna = Project.create(fresh_database_url, coder="anna")
    anna.poll_changes()
    with pg_server.admin() as admin:  # the server ends the listening session (a restart)
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = %s AND query LIKE 'LISTEN%%'",
                      (server_service.database_name(fresh_database_url),))
    with pytest.raises(ProjectError, match="Cannot connect to the server"):
        for _ in range(10):  # the driver notices the closed connection within a poll or two
            anna.poll_changes()
            time.sleep(0.1)
    assert anna.poll_changes() is None  # listening again
    with Project.open(fresh_database_url, coder="bo") as bo:
        bo.codebook.create("Tillit")
    changes = gather_changes(anna, until=lambda c: "codes" in c)
    assert changes is not None and "codes" in changes
    anna.close()


def test_with_the_key_split_off_no_role_on_the_server_can_read_an_original(
        fresh_database_url, tmp_path):
    """The way to keep the original text from the coders of a server project: the lead moves
    the key (and with it every original text) into a key file she keeps; the server then
    holds pseudonymised text only, for every role. Joining brings the originals back."""
    from qualcoder_htl.services.pseudonymisation_keyfile import join_key, split_key

    (tmp_path / "a.txt").write_text("J: Hur var det?\nIP: Zlatkowska ringde mig igår, och "
                                    "Anna Söderlund också.\n", encoding="utf-8")
    with Project.create(fresh_database_url, coder="lena") as lead:
        lead.importer.import_files([tmp_path / "a.txt"])
        ps = lead.pseudonymisation
        ps.detect()
        for group in ps.groups():
            ps.decide_all(group.occurrences[0].id, True)
        split_key(lead, tmp_path / "nyckel.qhtlkey", "en lång lösenfras")
    assert run_cli("server-roles", fresh_database_url, "--lead", "lena",
                   "--coder-role", "kim").returncode == 0
    with Project.open(with_user(fresh_database_url, "kim"), coder="kim") as coder:
        [source] = coder.sources.list()
        text = coder.sources.get(source.id).text
        assert "Zlatkowska" not in text and "Söderlund" not in text and "[namn]" in text
        assert not coder.search.search("Zlatkowska")
    import psycopg
    with psycopg.connect(fresh_database_url) as admin:  # every table, as the server's owner
        for (table,) in admin.execute("SELECT tablename FROM pg_tables "
                                      "WHERE schemaname = 'public'").fetchall():
            dump = str(admin.execute(f'SELECT * FROM "{table}"').fetchall())
            assert "Zlatkowska" not in dump and "Söderlund" not in dump, table
    with Project.open(with_user(fresh_database_url, "lena"), coder="lena") as lead:
        join_key(lead, tmp_path / "nyckel.qhtlkey", "en lång lösenfras")
        [source] = lead.sources.list()
        assert "Zlatkowska" in lead.sources.get(source.id).text
