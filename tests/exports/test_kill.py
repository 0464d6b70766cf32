"""A kill at any moment leaves, at the destination, either nothing or the finished, guarded
file: ``kill -9`` a real CLI process running ``pseudonymise export-copy`` and ``report`` at
moments spread over a whole run, then scan every byte left in the destination folder (any
leftover temporary name too) for the originals."""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile

import pytest

from qualcoder_htl.core import atomic

from ..conftest import ROOT
from .planted import TOWN, leaks, planted_project

KILLS = 10


@pytest.fixture(scope="module")
def project_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("killed")
    p = planted_project(folder / "project")
    path = p.path
    p.close()
    return path


def _run(args, data_dir, delay=None):
    env = dict(os.environ, QUALCODER_HTL_DATA=str(data_dir), PYTHONPATH=str(ROOT))
    code = "import sys; from qualcoder_htl.cli import main; sys.exit(main(sys.argv[1:]))"
    proc = subprocess.Popen([sys.executable, "-c", code, "--coder", "forskare", "-q", *args],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if delay is None:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
        return
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)


def _check_destination(folder, whole):
    files = list(folder.iterdir())
    for f in files:
        assert leaks(f) == [], f  # the finished file and any leftover temp name alike
    finished = [f for f in files if not f.name.startswith(atomic.PART_PREFIX)]
    assert len(finished) <= 1, files
    for f in finished:
        whole(f)
    return bool(finished)


def _whole_copy(path):
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM sources").fetchone()[0] == 1
        assert con.execute("SELECT count(*) FROM pseudo_key").fetchone()[0] == 0
    finally:
        con.close()


def _whole_docx(path):
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None and "word/document.xml" in z.namelist()


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["export-copy", "report"])
def test_a_kill_leaves_nothing_or_the_whole_guarded_file(project_file, tmp_path, kind):
    data_dir = tmp_path / "data"
    if kind == "export-copy":
        def args(dest):
            return ["pseudonymise", str(project_file), "export-copy",
                    str(dest / f"{TOWN}-kopia.qhtl")]
        whole = _whole_copy
    else:
        def args(dest):
            return ["report", str(project_file), "--out", str(dest / f"rapport {TOWN}.docx"),
                    "--by", "Pilotskola"]
        whole = _whole_docx
    full = tmp_path / "full"
    full.mkdir()
    started = time.monotonic()
    _run(args(full), data_dir)
    duration = time.monotonic() - started
    assert _check_destination(full, whole)  # an uninterrupted run writes the whole file
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    outcomes = []
    for i in range(KILLS):
        dest = tmp_path / f"kill{i}"
        dest.mkdir()
        delay = duration * (i + rng.random()) / KILLS
        _run(args(dest), data_dir, delay)
        outcomes.append((round(delay, 2), _check_destination(dest, whole)))
    print(f"seed {seed}, run {duration:.2f}s, (delay, finished): {outcomes}")
    # what the killed runs left in the private working folder goes at the next start-up
    os.environ[atomic.DATA_ENV], saved = str(data_dir), os.environ.get(atomic.DATA_ENV)
    try:
        atomic.clean_stale()
        assert list((data_dir / "temp").iterdir()) == []
    finally:
        os.environ[atomic.DATA_ENV] = saved
