"""Two programs writing one project at the same moment (real subprocesses; a real SQLite file
and a real PostgreSQL server).

Each worker opens the project past the lock file (as an older version, or a second computer on
a share that hides lock files, would) and runs a bounded loop of actions that read and then
write. Every write starts with BEGIN IMMEDIATE (on a server: the project's advisory lock) and
retries while the other holds the lock, so:
no raw "database is locked", nothing lost, every action a worker saw committed is in the file.
"""
import json
import os
import subprocess
import sys
import textwrap

from qualcoder_htl.services import Project

from .conftest import INTERVIEW, ROOT

ACTIONS = 200

WORKER = textwrap.dedent("""
    import json, sys, traceback
    from qualcoder_htl.core.errors import UserError
    from qualcoder_htl.services import Project
    from qualcoder_htl.store.database import Database

    path, prefix, n, log_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    project = Project(Database.open(path, lock=False), coder_name=prefix)
    source_id = project.sources.list()[0].id
    committed, user_errors, raw_errors = [], [], []
    code_id = memo_id = None
    for i in range(n):
        try:
            if i % 4 == 0:
                code_id = project.codebook.create(f"{prefix}-kod-{i}").result
                committed.append(["code", f"{prefix}-kod-{i}"])
            elif i % 4 == 1:
                cid = project.codings.add(source_id, code_id, i % 50, i % 50 + 10).result
                committed.append(["coding", cid])
            elif i % 4 == 2:
                memo_id = project.memos.add(f"{prefix}-memo-{i}").result
                committed.append(["memo", f"{prefix}-memo-{i}"])
            else:
                project.memos.edit(memo_id, f"{prefix}-memo-{i}-ändrat")
                committed[-1] = ["memo", f"{prefix}-memo-{i}-ändrat"]
        except UserError as e:
            user_errors.append(str(e))
        except Exception:
            raw_errors.append(traceback.format_exc())
    project.close()
    with open(log_path, "w", encoding="utf-8") as f:
        json.dump({"committed": committed, "user_errors": user_errors,
                   "raw_errors": raw_errors}, f)
""")


def _start(script, path, prefix, log):
    return subprocess.Popen([sys.executable, str(script), str(path), prefix, str(ACTIONS),
                             str(log)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})  # this checkout


def test_two_processes_writing_at_once_lose_nothing(tmp_path, new_project_location):
    """On a project file and on a PostgreSQL server (one advisory lock per write there)."""
    path = new_project_location
    with Project.create(path, coder="setup") as p:
        (tmp_path / "a.txt").write_text(INTERVIEW, encoding="utf-8")
        p.importer.import_files([tmp_path / "a.txt"])
    script = tmp_path / "worker.py"
    script.write_text(WORKER, encoding="utf-8")
    workers = [_start(script, path, prefix, tmp_path / f"{prefix}.json")
               for prefix in ("anna", "bertil")]
    for w in workers:
        out, _ = w.communicate(timeout=600)
        assert w.returncode == 0, out
    logs = {prefix: json.loads((tmp_path / f"{prefix}.json").read_text(encoding="utf-8"))
            for prefix in ("anna", "bertil")}
    for log in logs.values():
        assert log["raw_errors"] == [], log["raw_errors"][:1]
        assert log["user_errors"] == [], log["user_errors"][:3]
        assert len(log["committed"]) == ACTIONS * 3 // 4  # every 4th action edits a memo
    with Project.open(path, coder="check") as p:
        codes = {c.name for c in p.codebook.codes()}
        codings = {c.id for c in p.codings.all()}
        memos = {m.text for m in p.memos.list()}
        for log in logs.values():
            for kind, value in log["committed"]:
                if kind == "code":
                    assert value in codes
                elif kind == "coding":
                    assert value in codings
                else:
                    assert value in memos
        assert len(codes) == 2 * ACTIONS // 4
        assert len(codings) == 2 * ACTIONS // 4
        assert len(memos) == 2 * ACTIONS // 4


def test_cli_import_while_another_process_codes(tmp_path):
    """The CLI imports a folder (one transaction) while a second program codes the same file:
    the import waits its turn instead of failing on its first file."""
    path = tmp_path / "delad.qhtl"
    with Project.create(path, coder="setup") as p:
        (tmp_path / "a.txt").write_text(INTERVIEW, encoding="utf-8")
        p.importer.import_files([tmp_path / "a.txt"])
    folder = tmp_path / "nya"
    folder.mkdir()
    for i in range(20):
        (folder / f"intervju_{i:02}.txt").write_text(f"Intervju {i}\n" + INTERVIEW,
                                                     encoding="utf-8")
    script = tmp_path / "worker.py"
    script.write_text(WORKER, encoding="utf-8")
    coder = _start(script, path, "cecilia", tmp_path / "cecilia.json")
    importer = subprocess.run(
        [sys.executable, "-m", "qualcoder_htl", "-q", "import", str(path), str(folder)],
        cwd=ROOT, capture_output=True, text=True, timeout=600)
    out, _ = coder.communicate(timeout=600)
    assert coder.returncode == 0, out
    assert importer.returncode == 0, importer.stdout + importer.stderr
    assert "20 imported, 0 duplicates, 0 errors" in importer.stdout
    assert "locked" not in importer.stdout + importer.stderr
    log = json.loads((tmp_path / "cecilia.json").read_text(encoding="utf-8"))
    assert log["raw_errors"] == [] and log["user_errors"] == []
    with Project.open(path, coder="check") as p:
        assert len(p.sources.list()) == 21
        assert len(p.codings.all()) == ACTIONS // 4
