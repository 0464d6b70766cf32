"""Crash-atomic files: a private working folder (0700, in the user's data folder), a move
into place that never half-writes or overwrites by surprise, clean-up at start-up and on
SIGTERM."""
import os
import signal
import stat
import subprocess
import sys
import time

import pytest

from qualcoder_htl.core import atomic

from ..conftest import ROOT


@pytest.fixture
def data(tmp_path, monkeypatch):
    monkeypatch.setenv(atomic.DATA_ENV, str(tmp_path / "data"))
    return tmp_path / "data"


def test_work_folder_is_private_and_removed(data):
    with atomic.work_folder() as work:
        assert work.parent == data / "temp"
        if os.name == "posix":
            assert stat.S_IMODE((data / "temp").stat().st_mode) == 0o700
        (work / "x").write_text("hemligt")
    assert not work.exists()
    with pytest.raises(RuntimeError), atomic.work_folder() as work:
        raise RuntimeError
    assert not work.exists()


def test_publish_replaces_or_refuses(data, tmp_path):
    dest = tmp_path / "ut.txt"
    with atomic.work_folder() as work:
        (work / "a").write_text("ett")
        atomic.publish(work / "a", dest, overwrite=False)
        (work / "b").write_text("två")
        with pytest.raises(FileExistsError):
            atomic.publish(work / "b", dest, overwrite=False)
        assert dest.read_text() == "ett"
        atomic.publish(work / "b", dest)
    assert dest.read_text() == "två"
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["ut.txt"]


def test_clean_stale_removes_only_dead_processes_folders(data):
    temp = atomic.private_temp_dir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (temp / f"w{dead.pid}-abc").mkdir()
    (temp / f"w{dead.pid}-abc" / "kopia.qhtl").write_text("original")
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        (temp / f"w{alive.pid}-def").mkdir()
        assert atomic.clean_stale() == 1
        assert [p.name for p in temp.iterdir()] == [f"w{alive.pid}-def"]
    finally:
        alive.kill()
        alive.wait()


@pytest.mark.skipif(os.name != "posix", reason="SIGTERM to a child needs POSIX")
def test_sigterm_removes_the_working_files(data):
    code = ("import sys, time\n"
            "from qualcoder_htl.core import atomic\n"
            "atomic.install_signal_cleanup()\n"
            "with atomic.work_folder() as work:\n"
            "    (work / 'kopia.qhtl').write_text('original')\n"
            "    print(work, flush=True)\n"
            "    time.sleep(30)\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, env=env,
                            text=True)
    work = proc.stdout.readline().strip()
    assert os.path.isdir(work)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 128 + signal.SIGTERM
    time.sleep(0.1)
    assert not os.path.exists(work)
