"""A project that cannot be written (read-only disk, immutable file) opens read-only: reading,
searching, analysing and exporting work; nothing is written, not even a coder row; a change
is refused with one translated line."""
import hashlib
import shutil
import sqlite3
import subprocess

import pytest

from qualcoder_htl.cli import main
from qualcoder_htl.core.errors import ReadOnlyProjectError
from qualcoder_htl.services import Project

from .conftest import INTERVIEW
from .mounts import remount_read_only, tmpfs


def run(capsys, *argv, coder="läsare"):
    code = main(["-q", "--coder", coder, *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def build(path, incoming):
    incoming.mkdir(exist_ok=True)
    (incoming / "skola_1.txt").write_text(INTERVIEW, encoding="utf-8")
    with Project.create(path, coder="anna") as p:
        report = p.importer.import_files([incoming / "skola_1.txt"])
        sid = report.results[0].source_id
        code = p.codebook.create("Samverkan").result
        text = p.sources.get(sid).text
        start = text.index("samverkan kring")
        p.codings.add(sid, code, start, start + 30)
        p.attributes.set_source_values({sid: {"Organisationsnivå": "HTL-team skola"}})
    return sid


def coders(path):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT name FROM coders ORDER BY id")]
    finally:
        con.close()


def digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in folder.iterdir() if p.is_file()}


def test_reading_commands_write_no_coder_row(capsys, tmp_path):
    path = tmp_path / "p.qhtl"
    build(path, tmp_path / "in")
    before = coders(path)
    for argv in (("info", path), ("search", path, "samverkan"),
                 ("matrix", path, "--json"), ("quotes", path, "--code", "Samverkan"),
                 ("report", path, "--out", tmp_path / "r.docx"),
                 ("citation", path)):
        code, out, err = run(capsys, *argv, coder="ny läsare")
        assert code == 0, (argv, err)
    assert coders(path) == before == ["anna"]
    code, _, err = run(capsys, "autocode", path, "--code", "Samverkan", "--query", "barn",
                       coder="ny läsare")
    assert code == 0, err
    assert coders(path) == ["anna", "ny läsare"]  # the first change records its coder


def test_open_read_only_changes_nothing_and_refuses_changes(tmp_path):
    path = tmp_path / "p.qhtl"
    sid = build(path, tmp_path / "in")
    before = digest(tmp_path)
    with Project.open(path, coder="någon annan", read_only=True) as p:
        assert p.read_only
        assert p.sources.get(sid).text.startswith("Intervju")
        assert p.search.search("samverkan")
        with p.db.read() as outer, p.db.read() as inner:  # a read inside a read (analysis)
            assert outer is not inner
            assert p.coders() and p.info()["sources"] == 1
        from qualcoder_htl.services.analysis_scope import Filters
        assert p.analysis.matrix(columns="Organisationsnivå",
                                 filters=Filters(coders=("anna",))) is not None
        code = p.codebook.find("Samverkan")
        with pytest.raises(ReadOnlyProjectError) as caught:
            p.codings.add(sid, code.id, 0, 5)
        assert str(caught.value).startswith("p.qhtl is open read-only")
        with pytest.raises(ReadOnlyProjectError):
            p.importer.import_files([tmp_path / "in" / "skola_1.txt"])
    after = digest(tmp_path)
    # the project's bytes are unchanged; SQLite may leave its (empty) WAL coordination files
    # in a writable folder, which it needs to read safely beside a writer
    assert after.pop("p.qhtl-wal", hashlib.sha256(b"").hexdigest()) == hashlib.sha256(
        b"").hexdigest()
    after.pop("p.qhtl-shm", None)
    assert after == before


def test_a_project_on_a_read_only_disk_opens_read_only(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("QHTL_LANG", "en")
    with tmpfs(tmp_path / "media", size="8m") as media:
        path = media / "p.qhtl"
        build(path, tmp_path / "in")
        remount_read_only(media)  # a real read-only file system: as root, chmod would not do
        with Project.open(path) as p:
            assert p.read_only
            assert [s.name for s in p.sources.list()] == ["skola_1.txt"]
        for argv in (("info", path), ("search", path, "samverkan"),
                     ("matrix", path, "--json"), ("quotes", path, "--code", "Samverkan"),
                     ("report", path, "--out", tmp_path / "r.docx")):
            code, out, err = run(capsys, *argv)
            assert code == 0, (argv, err)
        assert (tmp_path / "r.docx").stat().st_size > 0
        code, out, err = run(capsys, "autocode", path, "--code", "Samverkan", "--query", "barn")
        assert code == 1 and err.count("\n") == 1
        assert err.startswith("error: p.qhtl is open read-only")
        monkeypatch.setenv("QHTL_LANG", "sv")
        code, out, err = run(capsys, "import", path, tmp_path / "in" / "skola_1.txt")
        assert code == 1 and err.startswith("error: p.qhtl är öppnat skrivskyddat")


@pytest.mark.skipif(shutil.which("chattr") is None, reason="chattr is not installed")
def test_an_immutable_project_file_opens_read_only(capsys, tmp_path):
    path = tmp_path / "p.qhtl"
    build(path, tmp_path / "in")
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"chattr +i is not supported here: {done.stderr.strip()}")
    try:
        with Project.open(path) as p:
            assert p.read_only
            assert p.info()["sources"] == 1
        code, out, err = run(capsys, "info", path)
        assert code == 0, err
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)
