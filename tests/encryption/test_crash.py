"""Kill -9 at any moment: an import into an encrypted project leaves no plaintext in the
project folder (the WAL, its index, a journal) or the working folders, and the project opens;
an encryption leaves the old file or the new one, whole."""
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from qualcoder_htl.core.errors import WrongPassphraseError
from qualcoder_htl.services import Project, encryption
from qualcoder_htl.services.encryption import Secret
from qualcoder_htl.store import cipher

from ..conftest import ROOT
from .conftest import PASSPHRASE
from .test_byte_scan import NAME, SENTENCE, scan, work_folders


def cli(*args: str) -> subprocess.Popen:
    """The command in a process of its own; its progress lines come on stderr."""
    env = {**os.environ, "QHTL_PASSPHRASE": PASSPHRASE}
    return subprocess.Popen([sys.executable, "-m", "qualcoder_htl", *args], cwd=ROOT,
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def kill_after_progress(proc: subprocess.Popen, steps: int) -> bool:
    """Kill -9 when the command has reported ``steps`` progress lines; False if it ended
    first."""
    seen = 0
    for line in proc.stderr:
        seen += line.startswith(b"[")
        if seen >= steps:
            break
    if proc.poll() is not None:
        return False
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return True


def kill_when(proc: subprocess.Popen, ready, timeout: float = 60.0, extra: float = 0.0) -> bool:
    """Kill -9 once ``ready()`` holds (plus ``extra`` seconds); False if it ended first."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and not ready() and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(extra)
    if proc.poll() is not None:
        return False
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    return True


def test_kill_during_import_into_an_encrypted_project_leaves_no_plaintext(tmp_path):
    folder = tmp_path / "projekt"
    folder.mkdir()
    path = folder / "studie.qhtl"
    Project.create(path, passphrase=PASSPHRASE).close()
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    rng = random.Random(3)
    filler = "och det var så att vi pratade länge om barnen i skolan".split()
    for i in range(150):
        words = " ".join(rng.choice(filler) for _ in range(3000))
        (incoming / f"intervju_{i:03d}.txt").write_text(
            f"J: Berätta.\nIP: {NAME} var där. {SENTENCE} {words}\n", encoding="utf-8")
    wal = Path(str(path) + "-wal")
    killed = 0
    # killed after some files were read, near the end, and once the log has pages (the
    # commit under way); each kill leaves the project as it was before the import
    for steps in (5, 75, 148, None):
        proc = cli("import", str(path), str(incoming))
        if steps is None:
            killed += kill_when(proc, lambda: wal.exists() and wal.stat().st_size > 0)
        else:
            killed += kill_after_progress(proc, steps)
        leftovers = [f"{f.name}:{f.stat().st_size}" for f in folder.iterdir()]
        assert scan(folder, work_folders()) == [], (steps, leftovers)
        cipher.forget_all()
        with Project.open(path, secret=Secret(PASSPHRASE)) as p:  # the stale lock taken over
            assert p.info()["sources"] in (0, 150)
        assert scan(folder, work_folders()) == []
    assert killed >= 3, "the import ended before it could be killed"


def test_kill_during_encrypt_leaves_the_old_file_or_the_new_one_whole(tmp_path):
    sys.path.insert(0, str(ROOT / "corpora"))
    from synthetic import generate
    original = tmp_path / "original.qhtl"
    generate(original, 200, 1_500_000, 5_000)
    with Project.open(original) as p:
        want = {k: v for k, v in p.info().items() if k != "path"}
    path = tmp_path / "p" / "studie.qhtl"
    path.parent.mkdir()
    outcomes = []
    # kills from the program's start-up to past the end (None: let it finish)
    for extra in (0.0, 0.15, 0.3, 0.45, 0.6, 0.8, 1.0, 1.5, 2.5, None):
        shutil.copyfile(original, path)
        for f in path.parent.iterdir():
            if f != path:
                f.unlink()
        proc = cli("-q", "encrypt", str(path))
        started = time.monotonic()
        if extra is None:
            assert proc.wait() == 0, proc.stderr.read()
        else:
            kill_when(proc, lambda s=started: time.monotonic() - s > 0.3, extra=extra)
        cipher.forget_all()
        if encryption.is_encrypted(path):
            outcomes.append("new")
            try:
                Project.open(path, secret=Secret("fel")).close()
            except WrongPassphraseError:
                pass
            secret = Secret(PASSPHRASE)
        else:
            outcomes.append("old")
            secret = None
        with Project.open(path, secret=secret) as p:
            assert {k: v for k, v in p.info().items() if k != "path"} == want, extra
        stray = {f.name for f in path.parent.iterdir()} - {
            "studie.qhtl", "studie.qhtl.lock", "studie.qhtl-wal", "studie.qhtl-shm"}
        assert stray == set(), stray
    print(outcomes)
    assert "old" in outcomes and outcomes[-1] == "new", outcomes
