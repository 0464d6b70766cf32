import re
import shutil
import sqlite3

import pytest

from qualcoder_htl.core.errors import ProjectError
from qualcoder_htl.services import Project
from qualcoder_htl.store.database import Database, _make_engine, head_revision, utcnow

from .conftest import ROOT


def test_create_sets_pragmas_and_schema(tmp_path):
    db = Database.create(tmp_path / "a.qhtl")
    with db.read() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert db.revision() == head_revision()
    db.close()


def test_create_refuses_existing_file(tmp_path):
    (tmp_path / "a.qhtl").write_text("x")
    with pytest.raises(ProjectError, match="already exists"):
        Database.create(tmp_path / "a.qhtl")


def test_open_rejects_non_projects(tmp_path):
    junk = tmp_path / "junk.qhtl"
    junk.write_bytes(b"not a database at all" * 10)
    with pytest.raises(ProjectError, match="not an SQLite file"):
        Project.open(junk)
    other = tmp_path / "other.qhtl"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(ProjectError, match="not a qualcoder-htl project"):
        Project.open(other)
    with pytest.raises(ProjectError, match="No project file"):
        Project.open(tmp_path / "missing.qhtl")


def test_open_refuses_newer_schema(tmp_path):
    Project.create(tmp_path / "a.qhtl").close()
    con = sqlite3.connect(tmp_path / "a.qhtl")
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(ProjectError, match="newer version"):
        Project.open(tmp_path / "a.qhtl")


@pytest.fixture
def project(any_project):
    """Tests here that take ``project`` run on a project file and on a PostgreSQL server;
    those about the file itself make their own."""
    return any_project


def test_foreign_keys_enforced(project):
    from sqlalchemy.exc import IntegrityError
    with pytest.raises(IntegrityError):
        with project.db.write() as w:
            w.insert("codings", {"source_id": 999, "code_id": 999, "coder_id": 999,
                                 "start": 0, "end": 1, "created_at": None})


def test_failed_action_leaves_nothing(project):
    from qualcoder_htl.core.errors import ConflictError
    project.codebook.create("A")
    with pytest.raises(ConflictError):
        project.codebook.create("a")  # same name, case-insensitively
    assert [c.name for c in project.codebook.codes()] == ["A"]
    assert project.undo_stack.undo_label == "New code 'A'"


@pytest.mark.parametrize("backend", ["sqlite"])  # a server project is copied by ``pull``
def test_backup_is_a_consistent_copy(project, tmp_path):
    project.codebook.create("Tillit")
    backup = project.backup(folder=tmp_path / "backups")
    with Project.open(backup) as copy:
        assert [c.name for c in copy.codebook.codes()] == ["Tillit"]


def test_open_project_saved_by_first_schema_version(tmp_path):
    """The committed fixture was written at schema 0001; opening migrates it (after a backup)
    and keeps every row; the search index that 0002 adds covers the old text."""
    path = tmp_path / "old.qhtl"
    shutil.copy(ROOT / "tests" / "data" / "project_v1.qhtl", path)
    with Project.open(path, coder="forskare", backup_dir=tmp_path / "bk") as p:
        assert p.db.revision() == head_revision()
        assert p.name == "Gammalt projekt"
        [src] = p.sources.list()
        [coding] = p.codings.for_source(src.id)
        text = p.sources.get(src.id).text
        assert text[coding.start:coding.end] == "Det var skolan som ringde."
        assert coding.is_key_quote and coding.memo == "via skolan"
        assert p.attributes.values_of(src.id) == {"Respondentgrupp": "vårdnadshavare"}
        hits = p.search.search("dömda")
        assert [h.match for h in hits] == ["dömda"]
        hits = p.search.search("ömd", whole_words=False)  # the trigram index 0006 adds
        assert [h.match for h in hits] == ["ömd"]
    backups = list((tmp_path / "bk").glob("old.before-upgrade-from-0001.*.qhtl"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    con.close()


def migrated(path):
    """A project made the long way: every migration replayed on an empty file."""
    db = Database(path, _make_engine(path))
    db._upgrade()
    return db


def test_migrated_schema_matches_tables(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from qualcoder_htl.store.tables import metadata
    db = migrated(tmp_path / "a.qhtl")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    db.close()
    # the FTS5 index and its shadow tables live outside the metadata on purpose
    diff = [d for d in diff if not (d[0] == "remove_table"
                                    and d[1].name.startswith(("search_paragraphs",
                                                              "search_trigrams")))]
    assert diff == []


def _schema(path) -> dict:
    """sqlite_master as {(type, name, table): the statement's parts}. A statement's parts are
    its lines without quotes, trailing commas and the brackets SQLite keeps around a copied
    default, as a set: a table that a batch migration copied lists its constraints (and the
    columns it gained) in another order, which changes nothing."""
    con = sqlite3.connect(path)
    rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    con.close()
    out = {}
    for kind, name, table, sql in rows:
        parts = set()
        for line in (sql or "").replace('"', "").split("\n"):
            line = re.sub(r"DEFAULT \((.*)\) NOT NULL", r"DEFAULT \1 NOT NULL", line.strip())
            if line.rstrip(", "):
                parts.add(line.rstrip(", "))
        out[(kind, name, table)] = parts
    return out


def test_created_schema_equals_migrated(tmp_path):
    """Database.create writes the newest schema from the metadata and stamps the head instead
    of replaying the migrations: both ways must give the same tables, columns, constraints,
    indexes, search tables and revision."""
    Database.create(tmp_path / "new.qhtl").close()
    migrated(tmp_path / "old.qhtl").close()
    created, replayed = _schema(tmp_path / "new.qhtl"), _schema(tmp_path / "old.qhtl")
    assert sorted(created) == sorted(replayed)
    for key in created:
        assert created[key] == replayed[key], key
    assert ("table", "search_trigrams", "search_trigrams") in created
    for path in (tmp_path / "new.qhtl", tmp_path / "old.qhtl"):
        con = sqlite3.connect(path)
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (head_revision(),)]
        con.close()



def test_insert_many_returns_the_ids_in_order(project):
    code = project.codebook.create("Tema").result
    sid = project.mutate("src", lambda w: w.insert("sources", {
        "name": "a.txt", "text": "x" * 500, "content_hash": "h", "word_count": 1,
        "char_count": 500, "original_format": "txt", "imported_at": utcnow(),
        "imported_by": project.coder.id})).result
    now = utcnow()
    rows = [{"source_id": sid, "code_id": code, "coder_id": project.coder.id, "start": i,
             "end": i + 10 + i, "created_at": now, "is_key_quote": True} for i in range(5)]
    changes = project.mutate("many", lambda w: w.insert_many("codings", rows))
    ids = changes.result
    assert ids == sorted(ids) and len(set(ids)) == 5
    by_id = {c.id: (c.start, c.end) for c in project.codings.for_source(sid)}
    assert [by_id[i] for i in ids] == [(r["start"], r["end"]) for r in rows]
    one = project.mutate("one", lambda w: w.insert("codings", {**rows[0], "start": 100,
                                                                "end": 120})).result
    with project.db.read() as conn:  # stored exactly as a single insert stores them
        raw = dict(conn.exec_driver_sql("SELECT id, created_at || '|' || is_key_quote "
                                        "FROM codings").fetchall())
    assert {raw[i] for i in ids} == {raw[one]}
    project.undo()
    project.undo()
    assert project.codings.for_source(sid) == []
    project.redo()
    assert {c.id for c in project.codings.for_source(sid)} == set(ids)



def test_a_connection_open_across_compact_still_reads(tmp_path):
    """Compacting the open project (a key split does) must leave every connection that was
    open meanwhile working: the background fold of the texts may have one, and the pool may
    hand it out later. Removing the write-ahead log under it made its reads fail with 'disk
    I/O error' once another connection had written (a flaky GUI test under disk load)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        (folder / f"t{i}.txt").write_text(f"Intervju {i}. Vi pratade om skolan.\n" * 50,
                                          encoding="utf-8")
    path = tmp_path / "p.qhtl"
    with Project.create(path) as p:
        p.importer.import_files(sorted(folder.iterdir()))
    with Project.open(path) as p:
        held = p.db.engine.connect()
        try:
            raw = held.connection.dbapi_connection
            assert raw.execute("SELECT count(*) FROM sources").fetchone() == (5,)
            p.db.compact()
            with p.db.write() as w:
                w.insert("project_meta", {"key": "after", "value": "v"})
            assert raw.execute("SELECT value FROM project_meta WHERE key = 'after'"
                               ).fetchone() == ("v",)
            assert p.meta()["after"] == "v" and len(p.sources.list()) == 5
        finally:
            held.close()
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT value FROM project_meta WHERE key = 'after'"
                           ).fetchone() == ("v",)
    finally:
        con.close()
