"""Failures that are not the user's input: a busy, read-only or full disk, and real bugs. Each
gives one line on the terminal without transcript text; a bug also leaves a private log."""
import os
import sqlite3
import stat

import pytest

from qualcoder_htl import cli, cli_project
from qualcoder_htl.cli import main
from qualcoder_htl.core.errorlog import describe, known_failure, redact

from .mounts import fill, remount_read_only, tmpfs

SECRET = "Hemligheten Åsa Lindqvist berättade om Bäckaskolan"
TRANSCRIPT = f"J: Hur började det?\nIP: {SECRET}.\n" * 20


def run(capsys, *argv):
    code = cli.main(["-q", "--coder", "cli", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def one_clean_line(err: str) -> str:
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    for word in ("Hemligheten", "Lindqvist", "Bäckaskolan", "parameters"):
        assert word not in err, err
    return err.strip()


@pytest.fixture(autouse=True)
def private_logs(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("QHTL_LANG", "en")
    return tmp_path / "xdg" / "qualcoder-htl" / "logs"


def test_a_locked_project_is_one_translated_line(capsys, tmp_path, monkeypatch):
    project = tmp_path / "p.qhtl"
    assert main(["--coder", "cli", "new", str(project)]) == 0
    transcript = tmp_path / "intervju.txt"
    transcript.write_text(TRANSCRIPT, encoding="utf-8")
    holder = sqlite3.connect(project, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:  # the writer waits for the lock for a while (store.database), then says so
        monkeypatch.setenv("QHTL_LANG", "sv")
        code, out, err = run(capsys, "import", project, transcript)
        assert code == 1 and "är upptaget" in one_clean_line(err)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    code, out, _ = run(capsys, "info", project, "--json")
    assert code == 0 and '"sources": 0' in out  # the project is unchanged


def test_a_full_disk_is_one_line_and_leaves_the_project_as_it_was(capsys, tmp_path):
    with tmpfs(tmp_path / "disk", size="2m") as disk:
        project = disk / "p.qhtl"
        assert main(["--coder", "cli", "new", str(project)]) == 0
        code, _, _ = run(capsys, "info", project)
        transcript = tmp_path / "intervju.txt"
        transcript.write_text(TRANSCRIPT * 200, encoding="utf-8")
        fill(disk)
        code, out, err = run(capsys, "import", project, transcript)
        line = one_clean_line(err) if err else out
        assert code == 1
        assert "disk is full" in line
        (disk / "filler").unlink()
        code, out, err = run(capsys, "report", project, "--out", disk / "r.docx")
        assert code in (0, 1), err  # with room again the report is written, or a clean error
        fill(disk)
        code, out, err = run(capsys, "report", project, "--out", disk / "r2.docx")
        line = one_clean_line(err)  # the exporter's own message, or ours
        assert code == 1 and ("disk is full" in line or "No space left" in line)
        (disk / "filler").unlink()
        (disk / "filler2").unlink(missing_ok=True)
        code, out, _ = run(capsys, "info", project, "--json")
        assert code == 0 and '"sources": 0' in out


def test_an_unexpected_error_prints_its_type_only_and_logs_privately(capsys, monkeypatch,
                                                                      tmp_path, private_logs):
    def broken(args):
        data = {"x": SECRET}
        return data[f"nyckel {SECRET}"]  # a KeyError that quotes transcript text
    monkeypatch.setattr(cli_project, "cmd_info", broken)
    code, out, err = run(capsys, "info", tmp_path / "p.qhtl")
    assert code == 2
    line = one_clean_line(err)
    assert line.startswith("internal error: KeyError (details in ")
    logs = list(private_logs.iterdir())
    assert len(logs) == 1 and str(logs[0]) in line
    assert stat.S_IMODE(os.stat(private_logs).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(logs[0]).st_mode) == 0o600
    text = logs[0].read_text(encoding="utf-8")
    assert "KeyError" in text and "in broken" in text
    assert "Lindqvist" not in text and "Hemligheten" not in text


def test_sql_parameters_never_reach_the_log(tmp_path):
    con = sqlite3.connect(tmp_path / "x.db")
    con.execute("CREATE TABLE t (a TEXT NOT NULL UNIQUE)")
    con.execute("INSERT INTO t VALUES (?)", (SECRET,))
    con.commit()
    con.close()
    try:
        from sqlalchemy import create_engine, text  # the store's library, as the store uses it
        engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
        with engine.begin() as c:
            c.execute(text("INSERT INTO t VALUES (:a)"), {"a": SECRET})
    except Exception as e:  # noqa: BLE001
        assert SECRET in str(e)  # SQLAlchemy does put the parameters in its message
        logged = describe(type(e), e, e.__traceback__)
        assert "IntegrityError" in logged and "UNIQUE constraint failed" in logged
        assert "Lindqvist" not in logged
        assert known_failure(e) is None
    else:
        pytest.fail("the duplicate was accepted")


def test_redact_keeps_identifiers_and_drops_text():
    assert redact("no such column: 'start' in 'utf-8'") == "no such column: 'start' in 'utf-8'"
    assert "Anna" not in redact("KeyError: 'Anna Svensson'")
    assert "Hej" not in redact("[SQL: INSERT] [parameters: ('Hej du', 3)] (Background x)")


def test_a_read_only_disk_is_reported_on_write(capsys, tmp_path):
    with tmpfs(tmp_path / "ro", size="4m") as disk:
        project = disk / "p.qhtl"
        assert main(["--coder", "cli", "new", str(project)]) == 0
        transcript = tmp_path / "intervju.txt"
        transcript.write_text(TRANSCRIPT, encoding="utf-8")
        remount_read_only(disk)
        code, out, err = run(capsys, "import", project, transcript)
        assert code == 1
        assert "read-only" in one_clean_line(err)


def test_a_new_project_on_a_read_only_disk_says_read_only(capsys, tmp_path):
    with tmpfs(tmp_path / "ro2", size="1m") as disk:
        remount_read_only(disk)
        code, out, err = run(capsys, "new", disk / "p.qhtl")
        assert code == 1 and "read-only" in one_clean_line(err)
