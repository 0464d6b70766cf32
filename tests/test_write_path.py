"""The write path: the project's lock file, undo that refuses rows changed by someone else,
row ids never reused, a busy project's message, worker threads and the GUI thread taking turns.
"""
import json
import os
import socket
import sqlite3
import subprocess
import sys
import textwrap
import threading

import pytest

from qualcoder_htl.core import messages
from qualcoder_htl.core.errors import ProjectBusyError, ProjectLockedError, UndoConflictError
from qualcoder_htl.services import Project
from qualcoder_htl.store.lock import lock_path, read_owner

from .conftest import INTERVIEW, ROOT


@pytest.fixture
def swedish():
    messages.set_language("sv")
    yield
    messages.set_language("en")


def _dead_pid() -> int:
    """A process id that is not running on this host (a process that has just ended)."""
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(proc.stdout)


def _write_lock(project_path, **fields):
    owner = {"user": "bertil", "host": socket.gethostname(), "pid": os.getpid(),
             "started": "2026-12-01T09:15:00", "token": "x", **fields}
    lock_path(project_path).write_text(json.dumps(owner), encoding="utf-8")


@pytest.fixture
def project(any_project):
    """The tests here that take ``project`` run on a project file and on a PostgreSQL server
    (tests/pg.py); those about the lock file and SQLite's own files make their own."""
    return any_project


# --- the lock ------------------------------------------------------------------------------
def test_open_project_holds_a_lock_naming_user_and_host(tmp_path):
    path = tmp_path / "a.qhtl"
    with Project.create(path, coder="anna"):
        owner = read_owner(path)
        assert owner.host == socket.gethostname() and owner.pid == os.getpid()
    assert not lock_path(path).exists()  # closing gives it back
    with Project.open(path):
        assert lock_path(path).exists()
    assert not lock_path(path).exists()


def test_second_open_says_who_has_it(tmp_path, swedish):
    path = tmp_path / "a.qhtl"
    Project.create(path).close()
    _write_lock(path, host="forskarlaptop", user="bertil")  # another computer: trusted
    with pytest.raises(ProjectLockedError) as info:
        Project.open(path)
    text = str(info.value)
    assert "bertil" in text and "forskarlaptop" in text and "skrivskyddat" in text
    assert "a.qhtl.lock" in text  # what to delete if that computer crashed
    assert info.value.user == "bertil" and info.value.host == "forskarlaptop"
    messages.set_language("en")
    assert "already open by bertil on forskarlaptop" in str(info.value)
    assert read_owner(path).user == "bertil"  # a refused open leaves the lock alone


def test_second_open_in_another_process_is_refused(tmp_path):
    path = tmp_path / "a.qhtl"
    (tmp_path / "a.txt").write_text(INTERVIEW, encoding="utf-8")
    with Project.create(path, coder="anna") as p:
        proc = subprocess.run(
            [sys.executable, "-m", "qualcoder_htl", "import", str(path), str(tmp_path / "a.txt")],
            cwd=ROOT, capture_output=True, text=True, timeout=120,
            env={**os.environ, "QHTL_LANG": "en"})
        assert proc.returncode == 1
        assert "already open by" in proc.stdout + proc.stderr
        assert socket.gethostname() in proc.stdout + proc.stderr
        assert "Traceback" not in proc.stdout + proc.stderr
        assert p.sources.list() == []


def test_stale_lock_is_taken_over(tmp_path):
    path = tmp_path / "a.qhtl"
    Project.create(path).close()
    _write_lock(path, pid=_dead_pid(), user="bertil")  # this host, process gone: a crash
    with Project.open(path, coder="anna"):
        owner = read_owner(path)
        assert owner.pid == os.getpid() and owner.token != "x"
    assert not lock_path(path).exists()


def test_read_only_open_works_while_locked(tmp_path):
    path = tmp_path / "a.qhtl"
    with Project.create(path, coder="anna") as p:
        p.codebook.create("Tillit")
        with pytest.raises(ProjectLockedError):
            Project.open(path)
        with Project.open(path, coder="bertil", read_only=True) as reader:
            assert [c.name for c in reader.codebook.codes()] == ["Tillit"]
        assert read_owner(path).pid == os.getpid()  # the reader left the writer's lock


# --- undo after someone else's change -----------------------------------------------------
OTHER = textwrap.dedent("""
    import sys
    from qualcoder_htl.services import Project
    from qualcoder_htl.store.database import Database
    path, action = sys.argv[1], sys.argv[2]
    p = Project(Database.open(path, lock=False), coder_name="bertil")
    if action == "edit-memo":
        m = p.memos.list()[0]
        p.memos.edit(m.id, "Bertils text")
    elif action == "delete-last-coding-and-code-again":
        last = max(p.codings.all(), key=lambda c: c.id)
        p.codings.remove(last.id)
        p.codings.add(last.source_id, last.code_id, 0, 5)
    elif action == "delete-coding":
        p.codings.remove(max(c.id for c in p.codings.all()))
    p.close()
""")


def _other_process(tmp_path, path, action):
    script = tmp_path / "other.py"
    script.write_text(OTHER, encoding="utf-8")
    subprocess.run([sys.executable, str(script), str(path), action], cwd=ROOT, check=True,
                   timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})  # this checkout


@pytest.fixture
def coded(project, add_text):
    sid = add_text("a.txt", INTERVIEW)
    code = project.codebook.create("Tillit").result
    return project, sid, code


def test_undo_refuses_a_memo_another_process_changed(coded, tmp_path, swedish):
    project, _sid, _code = coded
    project.memos.add("Annas text")
    _other_process(tmp_path, project.location, "edit-memo")
    with pytest.raises(UndoConflictError) as info:
        project.undo()
    assert "Kan inte ångra" in str(info.value) and "memot" in str(info.value)
    assert [m.text for m in project.memos.list()] == ["Bertils text"]  # nothing destroyed
    assert project.undo_stack.undo_label == "Ny kod 'Tillit'"  # the entry is gone (in Swedish)


def test_undo_does_not_delete_a_coding_that_reused_an_id(coded, tmp_path):
    """Bertil deletes Anna's new coding and codes again: his coding gets a new id (never the
    freed one), and Anna's undo of her coding refuses instead of deleting his."""
    project, sid, code = coded
    mine = project.codings.add(sid, code, 10, 40).result
    _other_process(tmp_path, project.location, "delete-last-coding-and-code-again")
    [his] = project.codings.all()
    assert his.id > mine
    with pytest.raises(UndoConflictError, match="Cannot undo: the coding"):
        project.undo()
    assert [c.id for c in project.codings.all()] == [his.id]


def test_undo_does_not_bring_back_a_deleted_coding_over_changes(coded, tmp_path):
    project, sid, code = coded
    kept = project.codings.add(sid, code, 10, 40).result
    project.codings.set_key_quote(kept)
    _other_process(tmp_path, project.location, "delete-coding")
    with pytest.raises(UndoConflictError):
        project.undo()  # the key-quote flag of a coding that no longer exists
    assert project.codings.all() == []
    with pytest.raises(UndoConflictError):
        project.undo()  # adding it: it is gone already, nothing to take back
    assert project.codings.all() == []


def test_redo_refuses_when_the_row_changed(coded):
    project, sid, code = coded
    cid = project.codings.add(sid, code, 10, 40).result
    project.codings.remove(cid)
    project.undo()
    from qualcoder_htl.store.database import Database
    other = Project(Database.open(project.location, lock=False), coder_name="bertil")
    other.codings.set_key_quote(cid)
    other.close()
    with pytest.raises(UndoConflictError, match="Cannot redo"):
        project.redo()
    assert [c.id for c in project.codings.all()] == [cid]
    assert not project.undo_stack.can_redo


def test_row_ids_are_never_reused(coded):
    project, sid, code = coded
    first = project.codings.add(sid, code, 10, 40).result
    project.codings.remove(first)
    second = project.codings.add(sid, code, 10, 40).result
    assert second > first
    memo = project.memos.add("a").result
    project.undo()
    assert project.memos.add("b").result > memo


@pytest.mark.parametrize("backend", ["sqlite"])  # SQLite's AUTOINCREMENT (a server: sequences)
def test_every_integer_id_table_autoincrements_also_after_migration(project, tmp_path):
    import shutil
    old = tmp_path / "old.qhtl"
    shutil.copy(ROOT / "tests" / "data" / "project_v1.qhtl", old)
    Project.open(old, backup_dir=tmp_path / "bk").close()
    from qualcoder_htl.store.tables import TABLES
    id_tables = {n for n, t in TABLES.items() if "id" in t.c and t.c["id"].primary_key}
    assert {"codings", "codes", "memos", "sources", "cases", "coders"} <= id_tables
    for path in (project.path, old):
        con = sqlite3.connect(path)
        schema = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type='table'"))
        con.close()
        for name in id_tables:
            assert "AUTOINCREMENT" in schema[name], (path.name, name)


# --- busy ----------------------------------------------------------------------------------
def test_a_busy_project_says_so_in_the_interface_language(project, swedish):
    project.db.busy_wait = 0.5
    if project.is_on_server:  # another program holds the write lock (the advisory lock)
        import psycopg

        from qualcoder_htl.store.postgres import WRITE_LOCK_KEY
        other = psycopg.connect(project.location.replace("+psycopg", ""))
        other.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
    else:
        other = sqlite3.connect(project.path, timeout=0)
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(ProjectBusyError) as info:
            project.codebook.create("Tillit")
        assert "upptaget" in str(info.value) and "locked" not in str(info.value)
    finally:
        other.rollback()
        other.close()
    assert project.codebook.create("Tillit").result  # free again: works
    assert len(project.undo_stack) == 1


def test_worker_thread_and_gui_thread_take_turns(project, tmp_path):
    """A worker's import (one long transaction) and a coding action from the GUI thread: the
    second waits for the first instead of failing, and both land."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(10):
        (folder / f"i{i}.txt").write_text(f"Nummer {i}\n" + INTERVIEW, encoding="utf-8")
    started, release = threading.Event(), threading.Event()

    class Slow:
        def step(self, done, total, label):
            if done == 5:
                started.set()
                release.wait(10)

    errors = []
    worker = threading.Thread(target=lambda: _catch(errors, lambda: project.importer.import_files(
        sorted(folder.iterdir()), progress=Slow())))
    worker.start()
    assert started.wait(10)
    gui = threading.Thread(target=lambda: _catch(errors, lambda: project.codebook.create("A")))
    gui.start()
    gui.join(0.3)
    assert gui.is_alive()  # waiting for the worker's transaction, not failing
    release.set()
    worker.join(20)
    gui.join(20)
    assert errors == []
    assert len(project.sources.list()) == 10
    assert [c.name for c in project.codebook.codes()] == ["A"]
    assert project.undo_stack.undo_label == "New code 'A'"
    project.undo()
    assert project.undo_stack.undo_label == "Import 10 files"


def _catch(errors, fn):
    try:
        fn()
    except Exception as e:  # noqa: BLE001 - the test reports it
        errors.append(e)


# --- batches -------------------------------------------------------------------------------
def test_a_failing_step_in_a_batch_undoes_only_itself(project):
    from qualcoder_htl.core.errors import ConflictError
    with project.batch("Two codes") as batch:
        project.codebook.create("A")
        with pytest.raises(ConflictError):
            project.codebook.create("a")  # refused, its savepoint rolled back
        project.codebook.create("B")
    assert sorted(c.name for c in project.codebook.codes()) == ["A", "B"]
    assert len(project.undo_stack) == 1 and batch.changes.ids("codes")
    project.undo()
    assert project.codebook.codes() == []


def test_an_error_in_a_batch_keeps_nothing(project):
    before = project.db.write_count
    with pytest.raises(RuntimeError):
        with project.batch("Broken"):
            project.codebook.create("A")
            raise RuntimeError("crash in the middle")
    assert project.codebook.codes() == []
    assert len(project.undo_stack) == 0
    assert project.db.write_count == before  # rolled back: no transaction committed


def test_duplicate_files_in_one_import_are_found(project, tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(INTERVIEW, encoding="utf-8")
    report = project.importer.import_files([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert [r.status for r in report.results] == ["imported", "duplicate"]


def test_reading_commands_work_while_the_app_has_the_project(tmp_path, capsys):
    """The CLI's reading commands fall back to a read-only open when the lock is held; its
    writing commands say who has the project."""
    from qualcoder_htl.cli import main
    path = tmp_path / "a.qhtl"
    with Project.create(path, coder="anna") as p:
        p.codebook.create("Tillit")
        assert main(["info", str(path)]) == 0
        assert "codes" in capsys.readouterr().out
        assert main(["autocode", str(path), "--query", "skolan", "--code", "Tillit"]) == 1
        assert "already open by" in capsys.readouterr().err


def test_a_lock_whose_process_number_was_reused_is_stale(tmp_path):
    """The holder crashed and its process number now belongs to another live process: the
    start time in the lock tells them apart (Linux)."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        path = tmp_path / "a.qhtl"
        Project.create(path).close()
        _write_lock(path, pid=proc.pid, user="bertil", process_start=1)  # not its start
        with Project.open(path, coder="anna"):
            assert read_owner(path).pid == os.getpid()
        _write_lock(path, pid=proc.pid, user="bertil")  # no start time recorded: trusted
        with pytest.raises(ProjectLockedError):
            Project.open(path)
    finally:
        proc.kill()
        proc.wait()


def test_undo_refuses_when_restoring_would_break_a_rule(coded, tmp_path):
    """Anna deletes a source; another program imports a new source under the same name. Her
    undo would bring back a second 'a.txt': refused with the message, not an IntegrityError."""
    from qualcoder_htl.store.database import Database
    project, sid, _code = coded
    project.sources.delete(sid)
    other = Project(Database.open(project.location, lock=False), coder_name="bertil")
    (tmp_path / "in2").mkdir()
    (tmp_path / "in2" / "a.txt").write_text("Intervju B\nJ: Hej\nIP: Hej", encoding="utf-8")
    other.importer.import_files([tmp_path / "in2" / "a.txt"])
    other.close()
    with pytest.raises(UndoConflictError, match="Cannot undo: the source"):
        project.undo()
    [only] = project.sources.list()
    assert only.name == "a.txt" and only.id != sid
    assert project.sources.get(only.id).text.startswith("Intervju B")


def test_rows_inserted_in_bulk_never_reuse_ids_either(project, add_text):
    """Turns are written with insert_many: after the last source (and its turns) is deleted,
    the next import's turns get new ids, never the freed ones."""
    first = add_text("a.txt", INTERVIEW)
    old_turns = {t.id for t in project.sources.turns(first)}
    project.sources.delete(first)
    second = add_text("b.txt", INTERVIEW + "\nJ: Tack.")
    new_turns = {t.id for t in project.sources.turns(second)}
    assert second > first
    assert min(new_turns) > max(old_turns)


def test_a_migrated_project_does_not_reuse_the_id_of_its_last_coding(tmp_path):
    import shutil
    path = tmp_path / "old.qhtl"
    shutil.copy(ROOT / "tests" / "data" / "project_v1.qhtl", path)
    with Project.open(path, coder="forskare", backup_dir=tmp_path / "bk") as p:
        [old] = p.codings.all()
        p.codings.remove(old.id)
        new = p.codings.add(old.source_id, old.code_id, old.start, old.end).result
        assert new > old.id
        p.undo()
        p.undo()  # the removal: the old coding comes back under its own id
        assert [c.id for c in p.codings.all()] == [old.id]


def test_the_lock_is_written_without_a_named_temporary_file_where_the_system_can(tmp_path):
    from qualcoder_htl.store.lock import ProjectLock, lock_path
    project = tmp_path / "p.qhtl"
    lock = ProjectLock.acquire(project)
    try:
        assert lock_path(project).exists() and lock.held
        assert [f.name for f in tmp_path.iterdir()] == ["p.qhtl.lock"]
    finally:
        lock.release()
    assert not any(tmp_path.iterdir())


def test_the_lock_is_written_by_a_named_temporary_file_elsewhere(tmp_path, monkeypatch):
    import os

    from qualcoder_htl.store.lock import ProjectLock, lock_path
    monkeypatch.delattr(os, "O_TMPFILE", raising=False)  # as on macOS and Windows
    project = tmp_path / "p.qhtl"
    lock = ProjectLock.acquire(project)
    try:
        assert lock.held and [f.name for f in tmp_path.iterdir()] == ["p.qhtl.lock"]
        second = tmp_path / "q.qhtl"
        (tmp_path / "q.qhtl.lock.999999.tmp").write_text("{}")  # a killed writer's file
        other = ProjectLock.acquire(second)
        assert not (tmp_path / "q.qhtl.lock.999999.tmp").exists()
        other.release()
    finally:
        lock.release()
    assert not lock_path(project).exists()
